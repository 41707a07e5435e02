#pragma once

#include <QJsonObject>
#include <QString>

// A request sent to the server whose answer has not been stored yet.
struct SyncInflight
{
    QString record_type;
    qint64 local_id = 0;
    QByteArray method;
    QString path;
    QJsonObject body;
    QString sent_at;
    qint64 last_journal_id = 0; // the request carries the record's journal up to this entry

    bool operator==(const SyncInflight &) const = default;
};
