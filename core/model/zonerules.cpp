#include "zonerules.h"

#include <QDateTime>
#include <QMutex>
#include <QTimeZone>
#include <algorithm>
#include <map>
#include <memory>

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588;

qint64 localSeconds(QDate date, QTime time)
{
    return (date.toJulianDay() - UnixEpochJulianDay) * SecondsPerDay + time.msecsSinceStartOfDay() / 1000;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

ZoneRules *ZoneRules::build(QByteArrayView ianaId)
{
    const QTimeZone zone(ianaId.toByteArray());
    if (!zone.isValid())
        return nullptr;

    auto *rules = new ZoneRules;
    rules->m_id = zone.id();
    // Rotas live between these years; outside them the nearest known offset applies.
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::utc());
    rules->m_initialOffset = zone.offsetFromUtc(from);
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    rules->m_transitions.reserve(transitions.size());
    for (const QTimeZone::OffsetData &data : transitions)
        rules->m_transitions.append({data.atUtc.toSecsSinceEpoch(), data.offsetFromUtc});
    return rules;
}

const ZoneRules *ZoneRules::find(QByteArrayView ianaId)
{
    static QMutex mutex;
    // Entries, including unknown ids (nullptr), are kept for the life of the process so that
    // callers may hold the pointer.
    static std::map<QByteArray, std::unique_ptr<ZoneRules>, std::less<>> cache;

    if (ianaId.isEmpty())
        return nullptr;
    const QMutexLocker locker(&mutex);
    const QByteArray key = ianaId.toByteArray();
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.emplace(key, std::unique_ptr<ZoneRules>(build(ianaId))).first;
    return it->second.get();
}

int ZoneRules::offsetAt(qint64 utcSecs) const
{
    const auto after = std::upper_bound(m_transitions.cbegin(), m_transitions.cend(), utcSecs,
                                        [](qint64 at, const Transition &t) { return at < t.atUtc; });
    if (after == m_transitions.cbegin())
        return m_initialOffset;
    return std::prev(after)->offsetAfter;
}

ZoneRules::Resolution ZoneRules::toUtc(QDate date, QTime time) const
{
    const qint64 local = localSeconds(date, time);
    // Offsets a day either side bracket any change that can affect this wall-clock time.
    const int before = offsetAt(local - SecondsPerDay);
    const int after = offsetAt(local + SecondsPerDay);
    const qint64 viaBefore = local - before;
    const qint64 viaAfter = local - after;
    if (before == after)
        return {viaBefore, Kind::Unique};

    const bool beforeValid = offsetAt(viaBefore) == before;
    const bool afterValid = offsetAt(viaAfter) == after;
    if (beforeValid && afterValid)
        return {std::min(viaBefore, viaAfter), Kind::Ambiguous};
    if (beforeValid)
        return {viaBefore, Kind::Unique};
    if (afterValid)
        return {viaAfter, Kind::Unique};
    // Clocks went forward over this time: the instant the wall clock shows after the jump.
    return {viaBefore, Kind::Gap};
}

QDate ZoneRules::localDate(qint64 utcSecs) const
{
    const qint64 local = utcSecs + offsetAt(utcSecs);
    return QDate::fromJulianDay(floorDiv(local, SecondsPerDay) + UnixEpochJulianDay);
}

QTime ZoneRules::localTime(qint64 utcSecs) const
{
    const qint64 local = utcSecs + offsetAt(utcSecs);
    const qint64 secondOfDay = local - floorDiv(local, SecondsPerDay) * SecondsPerDay;
    return QTime::fromMSecsSinceStartOfDay(static_cast<int>(secondOfDay * 1000));
}
