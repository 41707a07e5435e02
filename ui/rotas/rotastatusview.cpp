#include "rotastatusview.h"

#include "rotastatuslegend.h"
#include "rotastatusmodel.h"
#include "storage/clinicianrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftrepository.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int RotaIdRole = Qt::UserRole + 1;

QString timeText(QTime time)
{
    return time.toString(u"HH:mm"_s);
}

} // namespace

RotaStatusView::RotaStatusView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RotaStatusModel(this))
    , m_rotas(new QStandardItemModel(this))
    , m_detail(new QStandardItemModel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_archived(new QCheckBox(tr("Show archived rotas"), this))
    , m_rotaList(new QListView(this))
    , m_grid(new QTableView(this))
    , m_detailView(new QTreeView(this))
    , m_detailTitle(new QLabel(this))
    , m_legend(new RotaStatusLegend(this))
{
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("From:"), this));
    toolbar->addWidget(m_from);
    toolbar->addWidget(new QLabel(tr("To:"), this));
    toolbar->addWidget(m_to);
    const std::pair<QString, int> lengths[] = {{tr("Week"), 7}, {tr("4 weeks"), 28}, {tr("Quarter"), 91}};
    for (const auto &[text, days] : lengths) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tr("Show %n day(s) from the first date", nullptr, days));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, days = days] { setPeriod(m_from->date(), m_from->date().addDays(days - 1)); });
        toolbar->addWidget(button);
    }
    toolbar->addSpacing(12);
    toolbar->addWidget(m_archived);
    toolbar->addStretch();

    m_rotaList->setModel(m_rotas);
    m_rotaList->setToolTip(tr("The rotas to show; unticked ones are left out of the summary row too."));
    auto *rotaPane = new QWidget(this);
    auto *rotaLayout = new QVBoxLayout(rotaPane);
    rotaLayout->setContentsMargins(0, 0, 0, 0);
    rotaLayout->addWidget(new QLabel(tr("Rotas"), rotaPane));
    rotaLayout->addWidget(m_rotaList);

    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(u"Wed 30"_s) + 8);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    m_detailView->setModel(m_detail);
    m_detailView->setRootIsDecorated(true);
    m_detailView->setUniformRowHeights(true);
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle->setWordWrap(true);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailView);

    auto *centre = new QSplitter(Qt::Vertical, this);
    auto *gridPane = new QWidget(centre);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_grid, 1);
    gridLayout->addWidget(m_legend);
    centre->addWidget(gridPane);
    centre->addWidget(detailPane);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(rotaPane);
    split->addWidget(centre);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 900});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(split, 1);

    const QDate today = m_session->today();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    m_from->setDate(monday);
    m_to->setDate(monday.addDays(27));
    connect(m_from, &QDateEdit::dateChanged, this, &RotaStatusView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &RotaStatusView::reload);
    connect(m_archived, &QCheckBox::toggled, this, [this] {
        fillRotas();
        reload();
    });
    connect(m_rotas, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &RotaStatusView::showDetail);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        fillRotas();
        reload();
    });
    connect(m_session, &WorkspaceSession::dataChanged, this, [this] {
        fillRotas();
        reload();
    });
    fillRotas();
    reload();
}

void RotaStatusView::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void RotaStatusView::setShowArchived(bool show)
{
    m_archived->setChecked(show);
}

void RotaStatusView::chooseRotas(const QStringList &names)
{
    m_filling = true;
    for (int row = 0; row < m_rotas->rowCount(); ++row) {
        QStandardItem *item = m_rotas->item(row);
        item->setCheckState(names.isEmpty() || names.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    reload();
}

void RotaStatusView::selectCell(int row, int column)
{
    m_grid->setCurrentIndex(m_model->index(row, column));
}

// Keeps the ticks of rotas that stay in the list; new rotas come ticked.
void RotaStatusView::fillRotas()
{
    QSet<qint64> unticked;
    for (int row = 0; row < m_rotas->rowCount(); ++row) {
        if (m_rotas->item(row)->checkState() == Qt::Unchecked)
            unticked.insert(m_rotas->item(row)->data(RotaIdRole).toLongLong());
    }
    m_filling = true;
    m_rotas->clear();
    if (Workspace *workspace = m_session->workspace()) {
        for (const Rota &rota : RotaRepository(*workspace).list(m_archived->isChecked())) {
            auto *item = new QStandardItem(rota.name);
            item->setCheckable(true);
            item->setEditable(false);
            item->setCheckState(unticked.contains(rota.id) ? Qt::Unchecked : Qt::Checked);
            item->setData(rota.id, RotaIdRole);
            if (rota.archived)
                item->setToolTip(tr("Archived"));
            m_rotas->appendRow(item);
        }
    }
    m_filling = false;
}

void RotaStatusView::reload()
{
    Workspace *workspace = m_session->workspace();
    QList<qint64> chosen;
    for (int row = 0; row < m_rotas->rowCount(); ++row) {
        if (m_rotas->item(row)->checkState() == Qt::Checked)
            chosen << m_rotas->item(row)->data(RotaIdRole).toLongLong();
    }
    const QModelIndex current = m_grid->currentIndex();
    // No rota ticked: an empty grid rather than every rota (compute() takes an empty list as all).
    if (!workspace || chosen.isEmpty() || m_from->date() > m_to->date()) {
        RotaStatus::Period empty;
        empty.from = m_from->date();
        empty.to = m_to->date();
        m_model->setPeriod(empty);
    } else {
        m_model->setPeriod(RotaStatus::compute(*workspace, m_from->date(), m_to->date(), chosen));
    }
    if (current.isValid() && current.row() < m_model->rowCount() && current.column() < m_model->columnCount())
        m_grid->setCurrentIndex(m_model->index(current.row(), current.column()));
    showDetail();
}

void RotaStatusView::showDetail()
{
    m_detail->clear();
    m_detail->setHorizontalHeaderLabels({tr("Timeslot or shift"), tr("Status"), tr("People"), tr("Minimum"), tr("Ideal"), tr("Maximum")});
    const QModelIndex index = m_grid->currentIndex();
    const RotaStatus::Day *day = m_model->dayAt(index);
    Workspace *workspace = m_session->workspace();
    if (!day || !workspace) {
        m_detailTitle->setText(tr("Choose a day of a rota to see its timeslots and shifts."));
        return;
    }
    const RotaStatus::RotaDays &rota = m_model->period().rotas.at(index.row() - 1);
    const QString when = QLocale().toString(day->date, QLocale::LongFormat);
    if (!day->running) {
        m_detailTitle->setText(tr("%1, %2: the rota does not run.").arg(rota.rota.name, when));
        return;
    }
    if (day->closed) {
        m_detailTitle->setText(day->closedReason.isEmpty() ? tr("%1, %2: closed.").arg(rota.rota.name, when)
                                                           : tr("%1, %2: closed (%3).").arg(rota.rota.name, when, day->closedReason));
        return;
    }
    m_detailTitle->setText(tr("%1, %2").arg(rota.rota.name, when));
    QHash<qint64, QString> names;
    for (const Clinician &clinician : ClinicianRepository(*workspace).list())
        names.insert(clinician.id, clinician.name);
    const QList<Shift> shifts = ShiftRepository(*workspace).inWindow(day->date, day->date);
    QSet<qint64> placed;
    for (const RotaStatus::Slot &slot : day->timeslots) {
        QList<QStandardItem *> row{new QStandardItem(u"%1\u2013%2"_s.arg(timeText(slot.start), timeText(slot.end))),
                                   new QStandardItem(TimeslotStatus::label(slot.level)),
                                   new QStandardItem(QString::number(slot.count)),
                                   new QStandardItem(QString::number(slot.minimum)),
                                   new QStandardItem(QString::number(slot.ideal)),
                                   new QStandardItem(QString::number(slot.maximum))};
        row.at(1)->setBackground(RotaStatusModel::colour(slot.level));
        row.at(1)->setForeground(RotaStatusModel::textColour(slot.level));
        for (const Shift &shift : shifts) {
            if (shift.rota_id != rota.rota.id || placed.contains(shift.id))
                continue;
            const bool onSlot = shift.timeslot_id ? *shift.timeslot_id == slot.timeslotId : shift.shift_type_id == slot.shiftTypeId;
            if (!onSlot)
                continue;
            placed.insert(shift.id);
            const QString who = shift.clinician_id ? names.value(*shift.clinician_id) : tr("Open shift");
            const QString times = shift.isTimed() ? u"%1\u2013%2"_s.arg(timeText(shift.localStart().time()), timeText(shift.localEnd().time()))
                                                  : tr("all day");
            auto *child = new QStandardItem(tr("%1, %2").arg(who, times));
            QString state;
            if (shift.status == Shift::Status::Cancelled)
                state = tr("cancelled, not counted");
            else if (shift.isOpen())
                state = tr("nobody assigned, not counted");
            else if (!shift.counts_toward_minimum)
                state = tr("does not count toward cover");
            row.first()->appendRow({child, new QStandardItem(state)});
        }
        m_detail->appendRow(row);
    }
    m_detailView->expandAll();
    for (int column = 0; column < m_detail->columnCount(); ++column)
        m_detailView->resizeColumnToContents(column);
}
