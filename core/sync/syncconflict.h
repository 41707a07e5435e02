#pragma once

#include <QJsonObject>
#include <QStringList>
#include <optional>

// A record changed on both sides in the same fields since they last agreed: kept until the user
// keeps theirs, takes the server's or edits. base, ours and theirs are in the server's JSON form;
// theirs is empty when the server deleted the record.
struct SyncConflict
{
    qint64 id = 0;
    QString record_type;
    qint64 local_id = 0;
    std::optional<qint64> server_id;
    QJsonObject base;
    QJsonObject ours;
    QJsonObject theirs;
    QStringList fields; // changed on both sides, to different values
    QString detected_at;

    bool operator==(const SyncConflict &) const = default;
};
