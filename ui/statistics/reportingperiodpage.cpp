#include "reportingperiodpage.h"

#include "commands/recordededit.h"
#include "reportingperioddialog.h"
#include "reportingperiodtablemodel.h"
#include "storage/reportingperiodrepository.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportingPeriodPage::ReportingPeriodPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReportingPeriodTableModel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("&New period…"), this))
    , m_edit(new QPushButton(tr("&Edit period…"), this))
    , m_delete(new QPushButton(tr("&Delete period"), this))
{
    m_table->setObjectName(u"periods_table"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *intro = new QLabel(tr("The workload report counts shifts over a reporting period. Periods may follow each other "
                                "or overlap; each needs its own name."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &ReportingPeriodPage::newPeriod);
    connect(m_edit, &QPushButton::clicked, this, &ReportingPeriodPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ReportingPeriodPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, &ReportingPeriodPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReportingPeriodPage::updateButtons);
    // The list is one small read: it follows every change at once, undo and redo included.
    connect(session, &WorkspaceSession::dataChanged, this, &ReportingPeriodPage::reload);
    connect(session, &WorkspaceSession::workspaceChanged, this, &ReportingPeriodPage::reload);
    reload();
}

void ReportingPeriodPage::reload()
{
    const std::optional<int> row = selectedRow();
    const qint64 selectedId = row ? m_model->periodAt(*row).id : 0;
    Workspace *workspace = m_session->workspace();
    m_model->setPeriods(workspace ? ReportingPeriodRepository(*workspace).all() : QList<ReportingPeriod>());
    select(selectedId);
    updateButtons();
}

void ReportingPeriodPage::select(qint64 id)
{
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->selectRow(row);
}

void ReportingPeriodPage::updateButtons()
{
    const bool open = m_session->workspace() != nullptr;
    const bool selected = selectedRow().has_value();
    m_new->setEnabled(open);
    m_edit->setEnabled(open && selected);
    m_delete->setEnabled(open && selected);
}

std::optional<int> ReportingPeriodPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst().row();
}

bool ReportingPeriodPage::runDialog(ReportingPeriodDialog &dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog.exec() == QDialog::Accepted;
}

ReportingPeriod ReportingPeriodPage::suggestedPeriod() const
{
    static const QRegularExpression numbered(u"^Period (\\d+)$"_s);
    // The suggestion is in the form the rota server names periods; a translated word would not
    // match the names it sends.
    int highest = 0;
    QDate lastEnd;
    for (const ReportingPeriod &period : m_model->periods()) {
        if (const QRegularExpressionMatch match = numbered.match(period.name.trimmed()); match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
        if (!lastEnd.isValid() || period.end_date > lastEnd)
            lastEnd = period.end_date;
    }
    ReportingPeriod period;
    period.name = u"Period %1"_s.arg(highest + 1);
    period.start_date = lastEnd.isValid() ? lastEnd.addDays(1) : m_session->today();
    period.end_date = period.start_date.addMonths(4).addDays(-1);
    return period;
}

void ReportingPeriodPage::newPeriod()
{
    if (!m_session->workspace())
        return;
    ReportingPeriodDialog dialog(suggestedPeriod(), m_model->periods(), this);
    if (!runDialog(dialog))
        return;
    ReportingPeriod period = dialog.period();
    Workspace &workspace = *m_session->workspace();
    const StorageError error = RecordedEdit::apply(m_session, tr("New reporting period %1").arg(period.name),
                                                   [&] { return ReportingPeriodRepository(workspace).create(period); });
    if (!error.ok()) {
        m_session->reportError(error.message);
        return;
    }
    select(period.id);
}

void ReportingPeriodPage::editSelected()
{
    const std::optional<int> row = selectedRow();
    if (!row || !m_session->workspace())
        return;
    const ReportingPeriod before = m_model->periodAt(*row);
    ReportingPeriodDialog dialog(before, m_model->periods(), this);
    if (!runDialog(dialog) || dialog.period() == before)
        return;
    ReportingPeriod after = dialog.period();
    Workspace &workspace = *m_session->workspace();
    const StorageError error = RecordedEdit::apply(m_session, tr("Edit reporting period %1").arg(after.name),
                                                   [&] { return ReportingPeriodRepository(workspace).update(after); });
    if (!error.ok())
        m_session->reportError(error.message);
}

void ReportingPeriodPage::deleteSelected()
{
    const std::optional<int> row = selectedRow();
    if (!row || !m_session->workspace())
        return;
    const ReportingPeriod period = m_model->periodAt(*row);
    Workspace &workspace = *m_session->workspace();
    const StorageError error = RecordedEdit::apply(m_session, tr("Delete reporting period %1").arg(period.name),
                                                   [&] { return ReportingPeriodRepository(workspace).remove(period.id); });
    if (!error.ok())
        m_session->reportError(error.message);
}
