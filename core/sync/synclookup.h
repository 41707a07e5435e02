#pragma once

#include "model/fielderror.h"
#include "model/shifttype.h"

#include <QJsonObject>

#include <QHash>
#include <QStringList>
#include <optional>

class Workspace;

// The references sync converts between local ids and the server's: clinicians by server id, shift
// types by code, and the workspace's time zone. Read once per resource (reload()), since a list
// of thousands of shifts refers to a handful of clinicians and types.
class SyncLookup
{
public:
    explicit SyncLookup(Workspace &workspace);

    Workspace &workspace() const { return m_workspace; }
    void reload();

    std::optional<qint64> clinicianLocalId(qint64 serverId) const;
    std::optional<qint64> clinicianServerId(qint64 localId) const;
    const ShiftType *shiftType(qint64 localId) const;
    const ShiftType *shiftTypeByCode(const QString &code) const;
    QByteArray timeZone() const { return m_timeZone; }

    // Where a shift of `type` on `date` lies in `zone`: the local
    // fields date, start_utc, end_utc, time_zone and duration_minutes, or why it cannot be
    // placed. Kept per list, since its thousands of shifts fall on a few hundred days and types.
    struct Placement
    {
        QJsonObject fields;
        FieldErrors errors;
    };
    const Placement &placement(const ShiftType &type, QDate date, const QByteArray &zone, int serverMinutes);

    // While a list is checked before anything is written, a shift type code the workspace does not
    // know is noted (and stands in as a whole-day type) instead of being an error, so that the
    // types can be created once the whole list has passed.
    void setNoteMissingTypes(bool note);
    bool notesMissingTypes() const { return m_noteMissingTypes; }
    const ShiftType *noteMissingType(const QString &code, int durationMinutes);
    QList<ShiftType> missingTypes() const { return m_missing.values(); }

private:
    struct PlacementKey
    {
        qint64 type;
        qint64 day;
        QByteArray zone;
        int minutes;
        bool operator==(const PlacementKey &) const = default;
        friend size_t qHash(const PlacementKey &key, size_t seed = 0) { return qHashMulti(seed, key.type, key.day, key.zone, key.minutes); }
    };

    Workspace &m_workspace;
    QHash<qint64, qint64> m_clinicianByServerId;
    QHash<qint64, std::optional<qint64>> m_clinicianServerIds;
    QHash<qint64, ShiftType> m_types;
    QHash<QString, qint64> m_typeByCode;
    QByteArray m_timeZone;
    bool m_noteMissingTypes = false;
    QHash<QString, ShiftType> m_missing;
    QHash<PlacementKey, Placement> m_placements;
};
