#pragma once

#include "storage/storageerror.h"
#include "storage/workspace.h"

#include <QDate>
#include <QObject>
#include <memory>

class QUndoStack;

// The workspace the window works on, and the one undo stack for its edits. Views read through
// it and refresh on its signals; they keep no domain state of their own.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // Opens (or with CreateNew creates) a workspace file. On failure the current workspace
    // stays open and the error is returned.
    [[nodiscard]] StorageError open(const QString &path, Workspace::OpenMode mode = Workspace::OpenMode::OpenExisting);
    // Builds a fresh demo department with its rota around `today` at `path` (replacing an
    // earlier demo there) and opens it. The demo is built beside the target first, so a
    // failure leaves the current workspace open.
    [[nodiscard]] StorageError openDemo(const QString &path, QDate today);

    Workspace *workspace() const { return m_workspace.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Today in the workspace's time zone, from the workspace's clock (the system date when no
    // workspace is open).
    QDate today() const;

    // Called by undo commands after a write, so every view refreshes.
    void notifyDataChanged();
    // Called by edit commands with the days their write touched, so that the checks of those
    // days run again (dataChanged does not say which days changed).
    void notifyDatesChanged(QDate from, QDate to);
    // A write the store refused (an edit, an undo or a redo); the window shows the message.
    void reportError(const QString &message);

signals:
    void workspaceChanged();
    void dataChanged();
    void datesChanged(QDate from, QDate to);
    void errorOccurred(const QString &message);

private:
    void replaceWorkspace(std::unique_ptr<Workspace> workspace);

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
};
