#include "workspacesession.h"

#include "demo/demoworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

WorkspaceSession::~WorkspaceSession()
{
    // Commands refer to the workspace, so they go before it.
    m_undoStack->clear();
}

StorageError WorkspaceSession::open(const QString &path, Workspace::OpenMode mode)
{
    StorageError error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, mode, &error);
    if (!workspace)
        return error;
    replaceWorkspace(std::move(workspace));
    return {};
}

StorageError WorkspaceSession::openDemo(const QString &path, QDate today)
{
    const QString staging = path + u".new"_s;
    removeDatabaseFiles(staging);
    {
        StorageError error;
        std::unique_ptr<Workspace> demo = Workspace::open(staging, Workspace::OpenMode::CreateNew, &error);
        if (!demo)
            return error;
        if (error = DemoWorkspace::populate(*demo, today); !error.ok()) {
            demo.reset();
            removeDatabaseFiles(staging);
            return error;
        }
    }
    // An earlier demo at the same place may be the open workspace; it is replaced.
    if (m_workspace && QDir::cleanPath(m_workspace->path()) == QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
        replaceWorkspace(nullptr);
    removeDatabaseFiles(path);
    if (!QFile::rename(staging, path)) {
        removeDatabaseFiles(staging);
        return {StorageError::Kind::Io,
                tr("The demo workspace could not be saved as %1. Check that the folder is writable.").arg(QDir::toNativeSeparators(path)),
                {}};
    }
    return open(path);
}

QDate WorkspaceSession::today() const
{
    if (!m_workspace)
        return QDate::currentDate();
    const QTimeZone zone(m_workspace->timeZone());
    return m_workspace->now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

void WorkspaceSession::notifyDataChanged()
{
    emit dataChanged();
}

void WorkspaceSession::notifyDatesChanged(QDate from, QDate to)
{
    emit datesChanged(from, to);
}

void WorkspaceSession::reportError(const QString &message)
{
    emit errorOccurred(message);
}

void WorkspaceSession::replaceWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_undoStack->clear();
    m_workspace = std::move(workspace);
    emit workspaceChanged();
}
