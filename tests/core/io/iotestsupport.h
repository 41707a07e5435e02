#pragma once

#include "storage/workspace.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>
#include <memory>

// Shared by the io tests: a workspace with a fixed clock, user and time zone, and fixture files.
namespace IoTest {

inline const QDateTime fixedNow{QDate(2026, 3, 18), QTime(7, 30), QTimeZone::utc()};

inline std::unique_ptr<Workspace> createWorkspace(const QString &path, const QString &zone = QStringLiteral("Europe/London"))
{
    StorageError error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateNew, &error);
    if (!workspace) {
        qWarning("%s", qPrintable(error.message));
        return workspace;
    }
    workspace->setClock([] { return fixedNow; });
    workspace->setCurrentUser(QStringLiteral("coordinator"));
    if (!workspace->setSetting(QStringLiteral("time_zone"), zone).ok())
        return nullptr;
    return workspace;
}

inline QString fixture(const QString &name)
{
    return QStringLiteral(ROTADESK_TEST_DATA_DIR "/io/") + name;
}

// Rows in one of the workspace's tables (a constant of the test, never input).
inline qint64 rows(Workspace &workspace, const char *table)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

inline QByteArray pragma(Workspace &workspace, const char *name)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1StringView(name)) || !query.next())
        return {};
    return query.value(0).toString().toUtf8();
}

} // namespace IoTest
