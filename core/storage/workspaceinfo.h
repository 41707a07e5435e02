#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class Workspace;

// What a workspace holds, for `rotadesk-cli info` and the about box: settings, schema version,
// the dates its shifts span and the number of records of each kind (SQL COUNT(*), nothing is
// loaded).
struct WorkspaceInfo
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceInfo)

public:
    struct Count
    {
        QString entity; // table name, e.g. "shifts"
        qint64 rows = 0;

        bool operator==(const Count &) const = default;
    };

    QString path;
    QString name;
    QByteArray timeZone;
    int schemaVersion = 0;
    QDate firstShiftDate; // null when there are no shifts
    QDate lastShiftDate;
    QList<Count> counts; // in the order of entityTables(), then "journal_entries"

    [[nodiscard]] static WorkspaceInfo read(Workspace &workspace);

    // The tables of the domain records, parents before children.
    static QStringList entityTables();
    static QString entityLabel(const QString &entity); // "Leave requests", translated

    qint64 count(const QString &entity) const; // -1 for an unknown entity
    [[nodiscard]] QJsonObject toJson() const;
};
