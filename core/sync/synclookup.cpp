#include "synclookup.h"

#include "model/shift.h"
#include "storage/cachedquery.h"
#include "storage/shifttyperepository.h"
#include "storage/workspace.h"

using namespace Qt::StringLiterals;

namespace {
// Stands in for a type noted as missing; never stored.
constexpr qint64 MissingTypeId = qint64(1) << 52; // exact as a JSON number
} // namespace

SyncLookup::SyncLookup(Workspace &workspace)
    : m_workspace(workspace)
{
    reload();
}

void SyncLookup::reload()
{
    m_clinicianByServerId.clear();
    m_clinicianServerIds.clear();
    CachedQuery clinicians(m_workspace, u"SELECT id, server_id FROM clinicians"_s);
    while (clinicians.next()) {
        const qint64 id = clinicians.value(0).toLongLong();
        if (clinicians.value(1).isNull()) {
            m_clinicianServerIds.insert(id, std::nullopt);
        } else {
            const qint64 serverId = clinicians.value(1).toLongLong();
            m_clinicianServerIds.insert(id, serverId);
            m_clinicianByServerId.insert(serverId, id);
        }
    }
    m_types.clear();
    m_typeByCode.clear();
    for (const ShiftType &type : ShiftTypeRepository(m_workspace).all()) {
        m_types.insert(type.id, type);
        m_typeByCode.insert(type.code, type.id);
    }
    m_missing.clear();
    m_placements.clear();
    m_timeZone = m_workspace.timeZone();
}

const SyncLookup::Placement &SyncLookup::placement(const ShiftType &type, QDate date, const QByteArray &zone, int serverMinutes)
{
    const PlacementKey key{type.id, date.toJulianDay(), zone, serverMinutes};
    if (const auto found = m_placements.constFind(key); found != m_placements.cend())
        return *found;
    Placement placement;
    Shift shift;
    if (type.isWholeDay()) {
        shift.setWholeDay(date, zone, serverMinutes > 0 ? serverMinutes : type.duration_minutes);
    } else {
        for (const FieldError &error : shift.setLocalTimes(date, type.start_time, type.end_time, zone))
            placement.errors.append({error.field == u"time_zone"_s ? error.field : u"date"_s, error.message});
    }
    const QJsonObject placed = shift.toJson();
    for (const QString &field : {u"date"_s, u"start_utc"_s, u"end_utc"_s, u"time_zone"_s, u"duration_minutes"_s})
        placement.fields.insert(field, placed.value(field));
    return *m_placements.insert(key, placement);
}

std::optional<qint64> SyncLookup::clinicianLocalId(qint64 serverId) const
{
    const auto found = m_clinicianByServerId.constFind(serverId);
    return found == m_clinicianByServerId.cend() ? std::nullopt : std::optional<qint64>(*found);
}

std::optional<qint64> SyncLookup::clinicianServerId(qint64 localId) const
{
    return m_clinicianServerIds.value(localId);
}

const ShiftType *SyncLookup::shiftType(qint64 localId) const
{
    const auto found = m_types.constFind(localId);
    return found == m_types.cend() ? nullptr : &*found;
}

const ShiftType *SyncLookup::shiftTypeByCode(const QString &code) const
{
    const auto found = m_typeByCode.constFind(code);
    if (found != m_typeByCode.cend())
        return &m_types.find(*found).value();
    const auto missing = m_missing.constFind(code);
    return missing == m_missing.cend() ? nullptr : &*missing;
}

void SyncLookup::setNoteMissingTypes(bool note)
{
    m_noteMissingTypes = note;
}

const ShiftType *SyncLookup::noteMissingType(const QString &code, int durationMinutes)
{
    // A whole-day type named by its code: the server knows no times of a type, and the
    // coordinator can give it times and a name afterwards.
    ShiftType type;
    type.id = MissingTypeId;
    type.code = code;
    type.name = code;
    type.colour = u"#888888"_s;
    type.duration_minutes = durationMinutes > 0 ? durationMinutes : 8 * 60;
    type.sort_order = 1000;
    return &m_missing.insert(code, type).value();
}
