#include "syncview.h"

#include "calendar/calendarpalette.h"
#include "serverlinkdialog.h"
#include "synccontroller.h"
#include "syncconflictmodel.h"
#include "synclogmodel.h"
#include "syncqueuemodel.h"
#include "syncstatuswidget.h"
#include "calendar/shiftdialog.h"
#include "scheduling/conflictchecker.h"
#include "staff/cliniciandialog.h"
#include "staff/workingtermdialog.h"
#include "storage/clinicianrepository.h"
#include "storage/recordtraits.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"
#include "sync/syncconflictresolver.h"
#include "sync/syncmapping.h"
#include "workspacesession.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableView *tableFor(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    return table;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return SyncView::tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? SyncView::tr("yes") : SyncView::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? SyncView::tr("(empty)") : value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

SyncView::SyncView(SyncController *controller, WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_session(session)
    , m_queue(new SyncQueueModel(session, this))
    , m_conflicts(new SyncConflictModel(session, this))
    , m_link(new QLabel(this))
    , m_state(new QLabel(this))
    , m_linkButton(new QPushButton(tr("&Link…"), this))
    , m_syncButton(new QPushButton(tr("&Sync Now"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_tabs(new QTabWidget(this))
    , m_queueTable(tableFor(m_queue, this))
    , m_conflictTable(tableFor(m_conflicts, this))
    , m_conflictTitle(new QLabel(this))
    , m_details(new QTableWidget(this))
    , m_conflictNote(new QLabel(this))
    , m_keepOurs(new QPushButton(tr("&Keep Mine"), this))
    , m_takeTheirs(new QPushButton(tr("&Take Server's"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_logTable(tableFor(controller->log(), this))
{
    m_link->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(u"syncState"_s);
    m_linkButton->setToolTip(tr("Choose the rota server and the user this workspace syncs with"));

    auto *server = new QGroupBox(tr("Rota server"), this);
    auto *serverLayout = new QVBoxLayout(server);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_linkButton, 0, Qt::AlignTop);
    serverLayout->addLayout(linkRow);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_syncButton, 0, Qt::AlignTop);
    stateRow->addWidget(m_cancelButton, 0, Qt::AlignTop);
    serverLayout->addLayout(stateRow);

    m_details->setColumnCount(4);
    m_details->setHorizontalHeaderLabels({tr("Field"), tr("Last synced"), tr("This workspace"), tr("Server")});
    m_details->verticalHeader()->hide();
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setSelectionMode(QAbstractItemView::NoSelection);
    m_details->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_details->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->setWordWrap(false);
    m_conflictTitle->setWordWrap(true);
    m_conflictNote->setWordWrap(true);
    m_conflictNote->setText(tr("The fields in bold and marked ● were changed here and on the server. Until you choose, "
                               "this workspace keeps its own values and sends nothing of this record to the server."));
    m_keepOurs->setToolTip(tr("Keep this workspace's values of the fields changed here; the next sync sends them to the server"));
    m_takeTheirs->setToolTip(tr("Replace this workspace's record with the server's version"));
    connect(m_keepOurs, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    m_edit->setToolTip(tr("Open this workspace's record in its editor; what you save is kept and sent to the server"));
    connect(m_edit, &QPushButton::clicked, this, &SyncView::editSelected);
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_conflictNote, 1);
    resolveRow->addWidget(m_keepOurs, 0, Qt::AlignTop);
    resolveRow->addWidget(m_takeTheirs, 0, Qt::AlignTop);
    resolveRow->addWidget(m_edit, 0, Qt::AlignTop);
    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_conflictTitle);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addLayout(resolveRow);
    auto *conflictSplitter = new QSplitter(Qt::Vertical, this);
    conflictSplitter->addWidget(m_conflictTable);
    conflictSplitter->addWidget(detailsPane);
    conflictSplitter->setStretchFactor(0, 1);
    conflictSplitter->setStretchFactor(1, 2);

    m_tabs->addTab(m_queueTable, QString());
    m_tabs->addTab(conflictSplitter, QString());
    m_tabs->addTab(m_logTable, tr("Recent syncs"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(server);
    layout->addWidget(m_tabs, 1);

    connect(m_linkButton, &QPushButton::clicked, this, [this] { (void)openLinkDialog(); });
    connect(m_syncButton, &QPushButton::clicked, controller, &SyncController::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, controller, &SyncController::cancel);
    connect(controller, &SyncController::stateChanged, this, &SyncView::updateState);
    connect(session, &WorkspaceSession::workspaceChanged, this, &SyncView::updateState);
    connect(m_queue, &QAbstractItemModel::modelReset, this, &SyncView::updateTabTitles);
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, [this] {
        updateTabTitles();
        if (m_conflicts->rowCount() > 0)
            m_conflictTable->selectRow(0);
        showConflict();
    });
    connect(m_conflictTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SyncView::showConflict);
    updateState();
    updateTabTitles();
    if (m_conflicts->rowCount() > 0)
        m_conflictTable->selectRow(0);
    showConflict();
}

QString SyncView::linkText() const
{
    return m_link->text();
}

QString SyncView::stateText() const
{
    return m_state->text();
}

void SyncView::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Queue (%1)").arg(m_queue->rowCount()));
    m_tabs->setTabText(1, tr("Conflicts (%1)").arg(m_conflicts->rowCount()));
}

void SyncView::updateState()
{
    const bool open = m_session->workspace();
    const ServerLink link = m_controller->link();
    if (!open)
        m_link->setText(tr("No workspace is open."));
    else if (!m_controller->isLinked())
        m_link->setText(tr("This workspace is not linked to a rota server. Link it to send your changes to the "
                           "department's server and to receive the changes made there."));
    else
        m_link->setText(tr("Linked to %1 as %2.").arg(link.url().toString(), link.user));
    m_linkButton->setText(m_controller->isLinked() ? tr("Change &Link…") : tr("&Link…"));
    m_linkButton->setEnabled(open);

    QString state;
    bool failure = false;
    switch (m_controller->state()) {
    case SyncController::State::NotLinked:
        break;
    case SyncController::State::Syncing:
        state = m_controller->progressTotal() > 0
                    ? tr("Syncing: %1 of %2 steps. %3")
                          .arg(m_controller->progressDone())
                          .arg(m_controller->progressTotal())
                          .arg(m_controller->progressText())
                    : tr("Syncing: %1").arg(m_controller->progressText());
        break;
    case SyncController::State::Offline:
        state = tr("Offline: %1").arg(m_controller->message());
        break;
    case SyncController::State::Error:
        state = tr("The last sync failed: %1").arg(m_controller->message());
        failure = true;
        break;
    case SyncController::State::Conflicts:
    case SyncController::State::Idle: {
        const QDateTime at = m_controller->lastSyncedAt();
        state = at.isValid() ? tr("Last synced %1.").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
                             : tr("Not synced yet.");
        break;
    }
    }
    if (m_controller->isLinked() && m_controller->state() != SyncController::State::Syncing) {
        state += u' ' + tr("Queue: %1.").arg(SyncStatusWidget::queueText(m_controller->queuedChanges()));
        if (const int conflicts = m_controller->conflictCount(); conflicts > 0)
            state += u' ' + (conflicts == 1 ? tr("1 conflict waits for you.") : tr("%1 conflicts wait for you.").arg(conflicts));
    }
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    QPalette palette = this->palette();
    if (failure)
        palette.setColor(QPalette::WindowText, CalendarPalette(palette).belowMinimum());
    m_state->setPalette(palette);
    m_syncButton->setEnabled(open && m_controller->isLinked() && !m_controller->isSyncing());
    m_syncButton->setVisible(m_controller->isLinked());
    m_cancelButton->setVisible(m_controller->isSyncing());
    m_queue->reload();
}

void SyncView::showConflict()
{
    const QModelIndex current = m_conflictTable->selectionModel()->currentIndex();
    const QList<SyncConflict> &conflicts = m_conflicts->conflicts();
    m_details->setRowCount(0);
    if (!current.isValid() || current.row() >= conflicts.size()) {
        m_conflictTitle->setText(conflicts.isEmpty() ? tr("No conflicts.") : tr("Select a conflict to see its fields."));
        m_conflictNote->setVisible(false);
        m_keepOurs->setVisible(false);
        m_takeTheirs->setVisible(false);
        m_edit->setVisible(false);
        return;
    }
    const SyncConflict &conflict = conflicts.at(current.row());
    m_conflictTitle->setText(tr("%1 %2").arg(SyncConflictModel::typeName(conflict.record_type), SyncConflictModel::describe(conflict)));
    m_conflictNote->setVisible(true);
    m_keepOurs->setVisible(true);
    m_takeTheirs->setVisible(true);
    m_takeTheirs->setText(conflict.theirs.isEmpty() ? tr("&Delete Here Too") : tr("&Take Server's"));
    // Records with an editor, while the server still has them.
    m_edit->setVisible(!conflict.theirs.isEmpty()
                       && (conflict.record_type == RecordTraits<Clinician>::spec().recordType
                           || conflict.record_type == RecordTraits<WorkingTerm>::spec().recordType
                           || conflict.record_type == RecordTraits<Shift>::spec().recordType));
    // The conflicting fields first, then the others both sides hold (not the server's bookkeeping).
    const QStringList fields = conflict.fields;
    QStringList others;
    if (const SyncMapping *mapping = SyncMapping::forRecordType(conflict.record_type)) {
        for (const QString &field : mapping->fields()) {
            if (!fields.contains(field))
                others << field;
        }
    }
    QFont bold = m_details->font();
    bold.setBold(true);
    for (const QString &field : fields + others) {
        const bool conflicting = conflict.fields.contains(field);
        const int row = m_details->rowCount();
        m_details->insertRow(row);
        const QStringList texts{conflicting ? u"● "_s + field : field, valueText(conflict.base.value(field)),
                                valueText(conflict.ours.value(field)),
                                conflict.theirs.isEmpty() ? tr("(deleted on the server)") : valueText(conflict.theirs.value(field))};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            if (conflicting)
                item->setFont(bold);
            m_details->setItem(row, column, item);
        }
    }
}

void SyncView::resolveSelected(bool keepOurs)
{
    Workspace *workspace = m_session->workspace();
    const QModelIndex current = m_conflictTable->selectionModel()->currentIndex();
    if (!workspace || !current.isValid() || current.row() >= m_conflicts->conflicts().size())
        return;
    const SyncConflict conflict = m_conflicts->conflicts().at(current.row());
    SyncConflictResolver resolver(*workspace);
    const StorageError error = keepOurs ? resolver.keepOurs(conflict.record_type, conflict.local_id)
                                        : resolver.takeTheirs(conflict.record_type, conflict.local_id);
    if (!error.ok()) {
        m_session->reportError(error.message);
        return;
    }
    m_session->notifyDataChanged();
}

bool SyncView::runDialog(QDialog &dialog)
{
    return m_dialogRunner ? m_dialogRunner(dialog) : dialog.exec() == QDialog::Accepted;
}

// The editor starts from this workspace's record; what is saved there resolves the conflict.
std::optional<QJsonObject> SyncView::editedRecord(Workspace &workspace, const SyncConflict &conflict)
{
    if (conflict.record_type == RecordTraits<Clinician>::spec().recordType) {
        const std::optional<Clinician> clinician = ClinicianRepository(workspace).get(conflict.local_id);
        if (!clinician)
            return std::nullopt;
        ClinicianDialog dialog(*clinician, TeamRepository(workspace).all(), this);
        if (runDialog(dialog) && dialog.isValid())
            return dialog.clinician().toJson();
    } else if (conflict.record_type == RecordTraits<WorkingTerm>::spec().recordType) {
        const std::optional<WorkingTerm> term = WorkingTermRepository(workspace).get(conflict.local_id);
        if (!term)
            return std::nullopt;
        WorkingTermDialog dialog(*term, WorkingTermRepository(workspace).forClinician(term->clinician_id), this);
        if (runDialog(dialog) && dialog.isValid())
            return dialog.term().toJson();
    } else if (conflict.record_type == RecordTraits<Shift>::spec().recordType) {
        const std::optional<Shift> shift = ShiftRepository(workspace).get(conflict.local_id);
        if (!shift)
            return std::nullopt;
        Workspace *checked = &workspace;
        ShiftDialog dialog(*shift, ClinicianRepository(workspace).list(), ShiftTypeRepository(workspace).all(), workspace.timeZone(),
                           [checked, id = shift->id](const Shift &candidate) {
                               return ConflictChecker(*checked).check(candidate, {id});
                           },
                           this);
        if (runDialog(dialog) && dialog.isValid())
            return dialog.shift().toJson();
    }
    return std::nullopt;
}

void SyncView::editSelected()
{
    Workspace *workspace = m_session->workspace();
    const QModelIndex current = m_conflictTable->selectionModel()->currentIndex();
    if (!workspace || !current.isValid() || current.row() >= m_conflicts->conflicts().size())
        return;
    const SyncConflict conflict = m_conflicts->conflicts().at(current.row());
    const std::optional<QJsonObject> edited = editedRecord(*workspace, conflict);
    if (!edited)
        return;
    if (const StorageError error = SyncConflictResolver(*workspace).useEdited(conflict.record_type, conflict.local_id, *edited);
        !error.ok()) {
        m_session->reportError(error.message);
        return;
    }
    m_session->notifyDataChanged();
}

void SyncView::showConflicts()
{
    m_tabs->setCurrentIndex(1);
}

ServerLinkDialog *SyncView::openLinkDialog()
{
    auto *dialog = new ServerLinkDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

std::optional<QString> SyncView::askPassword(QWidget *parent, const ServerLink &link, const QString &reason)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(tr("Rota Server Password"));
    const QString ask = tr("Password of %1 on %2:").arg(link.user, link.url().toString());
    dialog.setLabelText(reason.isEmpty() ? ask : reason + u"\n\n"_s + ask);
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}
