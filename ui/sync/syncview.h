#pragma once

#include "sync/serverlink.h"
#include "sync/syncconflict.h"

#include <QJsonObject>
#include <QWidget>
#include <functional>
#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class ServerLinkDialog;
class SyncConflictModel;
class SyncController;
class SyncQueueModel;
class Workspace;
class WorkspaceSession;

// The "Sync" page: which rota server the workspace is linked to (and Link…), the state of the
// last sync with Sync Now and Cancel, then the queue of changes waiting to be sent, the
// conflicts (a list and, for the one selected, each field as last synced, here and on the
// server, with Keep Mine, Take Server's and, for records with an editor, Edit…) and the log of
// the last syncs.
class SyncView : public QWidget
{
    Q_OBJECT

public:
    SyncView(SyncController *controller, WorkspaceSession *session, QWidget *parent = nullptr);

    QTableView *queueTable() const { return m_queueTable; }
    QTableView *conflictTable() const { return m_conflictTable; }
    QTableWidget *conflictDetails() const { return m_details; }
    QTableView *logTable() const { return m_logTable; }
    QPushButton *keepOursButton() const { return m_keepOurs; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *editButton() const { return m_edit; }
    // Runs the record editors Edit… opens (exec() unless set); true when accepted.
    using DialogRunner = std::function<bool(QDialog &dialog)>;
    void setDialogRunner(DialogRunner runner) { m_dialogRunner = std::move(runner); }
    QTabWidget *tabs() const { return m_tabs; }
    SyncQueueModel *queueModel() const { return m_queue; }
    SyncConflictModel *conflictModel() const { return m_conflicts; }
    QString linkText() const;
    QString stateText() const;

    // The link dialog, window-modal, deleted when closed.
    ServerLinkDialog *openLinkDialog();
    void showConflicts();

    // The password dialog the app's SyncController uses: says why it asks, then asks.
    static std::optional<QString> askPassword(QWidget *parent, const ServerLink &link, const QString &reason);

private:
    void updateState();
    void showConflict();
    void updateTabTitles();
    void resolveSelected(bool keepOurs);
    void editSelected();
    bool runDialog(QDialog &dialog);
    std::optional<QJsonObject> editedRecord(Workspace &workspace, const SyncConflict &conflict);

    SyncController *m_controller;
    WorkspaceSession *m_session;
    SyncQueueModel *m_queue;
    SyncConflictModel *m_conflicts;
    QLabel *m_link;
    QLabel *m_state;
    QPushButton *m_linkButton;
    QPushButton *m_syncButton;
    QPushButton *m_cancelButton;
    QTabWidget *m_tabs;
    QTableView *m_queueTable;
    QTableView *m_conflictTable;
    QLabel *m_conflictTitle;
    QTableWidget *m_details;
    QLabel *m_conflictNote;
    QPushButton *m_keepOurs;
    QPushButton *m_takeTheirs;
    QPushButton *m_edit;
    DialogRunner m_dialogRunner;
    QTableView *m_logTable;
};
