#include "cliniciandetails.h"

#include "commands/changeworkingterm.h"
#include "scheduling/clinicianhistory.h"
#include "scheduling/clinicianstats.h"
#include "statistics/chartstyle.h"
#include "scheduling/workingtermcheck.h"
#include "storage/clinicianrepository.h"
#include "storage/workingtermrepository.h"
#include "workingtermdialog.h"
#include "workingtermtablemodel.h"
#include "workspacesession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

ClinicianDetails::ClinicianDetails(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_termModel(new WorkingTermTableModel(this))
    , m_title(new QLabel(this))
    , m_history(new QChartView(this))
    , m_currentTerm(new QLabel(this))
    , m_termTable(new QTableView(this))
    , m_newTerm(new QPushButton(tr("New &term…"), this))
    , m_editTerm(new QPushButton(tr("Edit te&rm…"), this))
    , m_deleteTerm(new QPushButton(tr("Delete ter&m"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"title"_s);
    m_currentTerm->setObjectName(u"current_term"_s);
    m_currentTerm->setWordWrap(true);

    auto *stats = new QFormLayout;
    stats->setLabelAlignment(Qt::AlignLeft);
    const QList<std::pair<QString, QString>> fields{
        {u"completed_shifts"_s, tr("Completed shifts:")},
        {u"scheduled_shifts"_s, tr("Scheduled shifts:")},
        {u"total_shifts"_s, tr("Total shifts:")},
        {u"current_deficiency"_s, tr("Duty deficiency:")},
        {u"leave_balance_remaining"_s, tr("Leave remaining:")},
        {u"as_of_date"_s, tr("As of:")},
    };
    for (const auto &[field, label] : fields) {
        auto *value = new QLabel(this);
        value->setObjectName(field);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        stats->addRow(label, value);
        m_stats.insert(field, value);
    }
    m_stats.value(u"current_deficiency"_s)->setToolTip(tr("Duty shifts behind this clinician's FTE share of the department's duty "
                                                          "so far this leave year"));

    m_history->setObjectName(u"history_chart"_s);
    m_history->setRenderHint(QPainter::Antialiasing);
    m_history->setMinimumHeight(fontMetrics().height() * 14);
    m_history->chart()->setTitle(tr("Shifts worked in the last 12 months"));
    m_history->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_history->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_history->setAccessibleName(tr("Shifts and nights worked per month, last 12 months"));

    m_termTable->setModel(m_termModel);
    m_termTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_termTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_termTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_termTable->verticalHeader()->hide();
    m_termTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_termTable->horizontalHeader()->setStretchLastSection(true);

    auto *termsTitle = new QLabel(tr("<b>Working terms</b>"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newTerm);
    buttons->addWidget(m_editTerm);
    buttons->addWidget(m_deleteTerm);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(stats);
    layout->addWidget(m_history, 1);
    layout->addSpacing(8);
    layout->addWidget(termsTitle);
    layout->addWidget(m_currentTerm);
    layout->addWidget(m_termTable, 1);
    layout->addLayout(buttons);

    connect(m_newTerm, &QPushButton::clicked, this, &ClinicianDetails::newTerm);
    connect(m_editTerm, &QPushButton::clicked, this, &ClinicianDetails::editCurrentTerm);
    connect(m_deleteTerm, &QPushButton::clicked, this, &ClinicianDetails::deleteCurrentTerm);
    connect(m_termTable, &QTableView::doubleClicked, this, &ClinicianDetails::editCurrentTerm);
    connect(m_termTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClinicianDetails::updateButtons);
    connect(session, &WorkspaceSession::workspaceChanged, this, [this] { setClinician(std::nullopt); });
    connect(session, &WorkspaceSession::dataChanged, this, &ClinicianDetails::reload);
    reload();
}

void ClinicianDetails::setClinician(std::optional<qint64> clinicianId)
{
    m_clinicianId = clinicianId;
    reload();
}

QString ClinicianDetails::statText(const QString &field) const
{
    const QLabel *label = m_stats.value(field);
    return label ? label->text() : QString();
}

QChart *ClinicianDetails::historyChart() const
{
    return m_history->chart();
}

void ClinicianDetails::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showHistory(m_clinicianId);
}

void ClinicianDetails::showHistory(std::optional<qint64> clinicianId)
{
    QChart *chart = m_history->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    Workspace *workspace = m_session->workspace();
    m_history->setVisible(workspace && clinicianId);
    if (!workspace || !clinicianId)
        return;
    const QList<ClinicianMonth> months = ClinicianHistory(*workspace).lastTwelveMonths(*clinicianId, m_session->today());
    const ChartStyle style(palette());
    const QLocale locale;
    auto *worked = new QBarSet(tr("Shifts worked"));
    auto *nights = new QBarSet(tr("Nights"));
    worked->setColor(style.colour(ChartStyle::Role::Worked));
    worked->setBorderColor(style.colour(ChartStyle::Role::Worked));
    // Nights hatched as well as coloured, so the two bars differ in black and white too.
    nights->setBrush(QBrush(style.colour(ChartStyle::Role::Second), Qt::Dense3Pattern));
    nights->setBorderColor(style.colour(ChartStyle::Role::Second));
    QStringList labels;
    int highest = 0;
    for (const ClinicianMonth &month : months) {
        worked->append(month.shifts_worked);
        nights->append(month.nights);
        highest = std::max(highest, month.shifts_worked);
        // Month over year ("Dec" / "25") keeps twelve labels side by side without turning them.
        labels.append(locale.toString(month.month, u"MMM"_s) + u"<br>"_s + locale.toString(month.month, u"yy"_s));
    }
    auto *series = new QBarSeries;
    series->append(worked);
    series->append(nights);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = ChartStyle::countAxis(highest);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    style.apply(chart);
    connect(series, &QBarSeries::hovered, m_history, [months](bool inside, int index, QBarSet *) {
        if (!inside || index < 0 || index >= months.size()) {
            QToolTip::hideText();
            return;
        }
        const ClinicianMonth &month = months.at(index);
        QToolTip::showText(QCursor::pos(), tr("%1: %2 shifts (%3 h), %4 nights, %5 at weekends, %6 days of leave")
                                               .arg(QLocale().toString(month.month, u"MMMM yyyy"_s))
                                               .arg(month.shifts_worked)
                                               .arg(QLocale().toString(month.hours_worked, 'f', 1))
                                               .arg(month.nights)
                                               .arg(month.weekend_shifts)
                                               .arg(month.leave_days));
    });
}

QString ClinicianDetails::currentTermText() const
{
    return m_currentTerm->text();
}

void ClinicianDetails::reload()
{
    Workspace *workspace = m_session->workspace();
    std::optional<Clinician> clinician;
    if (workspace && m_clinicianId)
        clinician = ClinicianRepository(*workspace).get(*m_clinicianId);
    const std::optional<int> selected = selectedTermRow();
    const qint64 selectedId = selected ? m_termModel->termAt(*selected).id : 0;
    if (!clinician) {
        m_clinicianId.reset();
        m_title->setText(tr("No clinician selected"));
        for (QLabel *label : std::as_const(m_stats))
            label->clear();
        m_currentTerm->clear();
        m_termModel->setTerms({}, {});
        showHistory(std::nullopt);
        updateButtons();
        return;
    }
    const QDate today = m_session->today();
    const ClinicianStats stats = ClinicianStatsCalculator(*workspace).forClinician(clinician->id, today);
    const QLocale locale;
    m_title->setText(clinician->active ? clinician->name : tr("%1 (inactive)").arg(clinician->name));
    m_stats.value(u"completed_shifts"_s)->setText(locale.toString(stats.completed_shifts));
    m_stats.value(u"scheduled_shifts"_s)->setText(locale.toString(stats.scheduled_shifts));
    m_stats.value(u"total_shifts"_s)->setText(locale.toString(stats.total_shifts));
    m_stats.value(u"current_deficiency"_s)->setText(tr("%1 shifts").arg(locale.toString(stats.current_deficiency, 'f', 1)));
    m_stats.value(u"leave_balance_remaining"_s)->setText(tr("%1 weeks").arg(locale.toString(stats.leave_balance_remaining, 'f', 1)));
    m_stats.value(u"as_of_date"_s)->setText(locale.toString(stats.as_of_date, QLocale::LongFormat));

    showHistory(clinician->id);

    m_termModel->setTerms(WorkingTermRepository(*workspace).forClinician(clinician->id), today);
    if (const int current = m_termModel->currentRow(); current >= 0) {
        const WorkingTerm term = m_termModel->termAt(current);
        const QString from = locale.toString(term.start_date, QLocale::ShortFormat);
        const QString period = term.end_date.isValid() ? tr("%1 to %2").arg(from, locale.toString(term.end_date, QLocale::ShortFormat))
                                                       : tr("since %1, open-ended").arg(from);
        m_currentTerm->setText(tr("Current (in bold): %1, %2 % FTE, %3")
                                   .arg(WorkingTermTableModel::typeName(term.type), locale.toString(term.percentage, 'g', 4), period));
    } else {
        m_currentTerm->setText(tr("No working term is in effect today."));
    }
    // The selected term stays selected; otherwise the current one is, ready for Edit.
    int select = m_termModel->currentRow();
    for (int row = 0; row < m_termModel->rowCount(); ++row) {
        if (selectedId != 0 && m_termModel->termAt(row).id == selectedId)
            select = row;
    }
    if (select >= 0)
        m_termTable->selectRow(select);
    updateButtons();
}

void ClinicianDetails::updateButtons()
{
    const bool haveClinician = m_clinicianId.has_value();
    m_newTerm->setEnabled(haveClinician);
    m_editTerm->setEnabled(selectedTermRow().has_value());
    m_deleteTerm->setEnabled(selectedTermRow().has_value());
}

std::optional<int> ClinicianDetails::selectedTermRow() const
{
    const QModelIndexList rows = m_termTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst().row();
}

bool ClinicianDetails::runTermDialog(WorkingTermDialog &dialog)
{
    return m_runTermDialog ? m_runTermDialog(dialog) : dialog.exec() == QDialog::Accepted;
}

void ClinicianDetails::newTerm()
{
    if (!m_clinicianId)
        return;
    WorkingTerm term;
    term.clinician_id = *m_clinicianId;
    const QList<WorkingTerm> terms = m_termModel->terms();
    // A new term most often follows the latest one: it starts the day after that ends.
    const WorkingTerm *latest = terms.isEmpty() ? nullptr : &terms.constFirst();
    term.start_date = latest && latest->end_date.isValid() ? latest->end_date.addDays(1) : m_session->today();
    if (latest) {
        term.type = latest->type;
        term.percentage = latest->percentage;
        term.annual_leave_entitlement = latest->annual_leave_entitlement;
        term.participates_in_duty = latest->participates_in_duty;
    }
    WorkingTermDialog dialog(term, terms, this);
    if (!runTermDialog(dialog))
        return;
    if (StorageError error = ChangeWorkingTerm::apply(m_session, std::nullopt, dialog.term(), tr("New working term")); !error.ok())
        m_session->reportError(error.message);
}

void ClinicianDetails::editCurrentTerm()
{
    const std::optional<int> row = selectedTermRow();
    if (!row)
        return;
    const WorkingTerm before = m_termModel->termAt(*row);
    WorkingTermDialog dialog(before, m_termModel->terms(), this);
    if (!runTermDialog(dialog) || dialog.term() == before)
        return;
    if (StorageError error = ChangeWorkingTerm::apply(m_session, before, dialog.term(), tr("Edit working term")); !error.ok())
        m_session->reportError(error.message);
}

void ClinicianDetails::deleteCurrentTerm()
{
    const std::optional<int> row = selectedTermRow();
    if (!row)
        return;
    const WorkingTerm term = m_termModel->termAt(*row);
    const QString text = tr("Delete working term %1").arg(WorkingTermCheck::dateRange(term));
    if (StorageError error = ChangeWorkingTerm::apply(m_session, term, std::nullopt, text); !error.ok())
        m_session->reportError(error.message);
}
