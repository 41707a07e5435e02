#include "zonerules.h"

#include <QDateTime>
#include <QMutex>
#include <QTimeZone>
#include <QVarLengthArray>
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588;
// Refusing to remember more unknown names than this keeps a file full of distinct misspellings
// from growing the cache without bound.
constexpr int MaxRememberedUnknownZones = 1024;

qint64 localSeconds(QDate date, QTime time)
{
    return (date.toJulianDay() - UnixEpochJulianDay) * SecondsPerDay + time.msecsSinceStartOfDay() / 1000;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 startOfYearUtc(int year)
{
    return (QDate(year, 1, 1).toJulianDay() - UnixEpochJulianDay) * SecondsPerDay;
}

// Names of the tz database ("Europe/London", "Etc/GMT+5", "UTC"): an upper-case letter first,
// then letters, digits, '_', '-', '+' and single '/' between parts. Anything else (a path such as
// "../x", "localtime", a Windows name) is refused before it reaches the zone file lookup.
bool isZoneName(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > 64 || id.front() < 'A' || id.front() > 'Z' || id.back() == '/')
        return false;
    char previous = 0;
    for (const char c : id) {
        const bool alphanumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alphanumeric && c != '_' && c != '-' && c != '+' && c != '/')
            return false;
        if (c == '/' && previous == '/')
            return false;
        previous = c;
    }
    return true;
}

QDateTime utcDateTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

} // namespace

std::unique_ptr<ZoneRules> ZoneRules::build(QByteArrayView ianaId)
{
    const QTimeZone zone(ianaId.toByteArray());
    if (!zone.isValid())
        return nullptr;

    std::unique_ptr<ZoneRules> rules(new ZoneRules);
    rules->m_id = ianaId.toByteArray();
    const qint64 from = startOfYearUtc(FirstYear);
    const qint64 to = startOfYearUtc(EndYear);
    rules->m_initialOffset = zone.offsetFromUtc(utcDateTime(from));

    // Walking nextTransition() rather than calling transitions(): in Qt 6.4 both stop at the last
    // transition listed in the zone file (2037 for most zones) although the zone's rule goes on;
    // asking again one second later continues with the rule.
    const auto isAfter = [](const QTimeZone::OffsetData &data, qint64 secs) {
        return data.atUtc.isValid() && data.atUtc.toSecsSinceEpoch() > secs;
    };
    int offset = rules->m_initialOffset;
    qint64 cursor = from;
    for (;;) {
        QTimeZone::OffsetData next = zone.nextTransition(utcDateTime(cursor));
        if (!isAfter(next, cursor))
            next = zone.nextTransition(utcDateTime(cursor + 1));
        if (!isAfter(next, cursor))
            break;
        cursor = next.atUtc.toSecsSinceEpoch();
        if (cursor >= to)
            break;
        // Changes of name or of the daylight-saving flag alone do not move the clock.
        if (next.offsetFromUtc != offset) {
            offset = next.offsetFromUtc;
            rules->m_transitions.push_back({cursor, offset});
        }
    }
    rules->m_transitions.shrink_to_fit();
    return rules;
}

const ZoneRules *ZoneRules::find(QByteArrayView ianaId)
{
    if (!isZoneName(ianaId))
        return nullptr;

    static QMutex mutex;
    // Entries, including unknown names (nullptr), stay for the life of the process so that callers
    // may keep the pointer and repeated look-ups of a misspelt name stay cheap.
    static std::map<std::string, std::unique_ptr<ZoneRules>, std::less<>> cache;
    static int unknownZones = 0;

    const std::string_view key(ianaId.data(), std::size_t(ianaId.size()));
    const QMutexLocker locker(&mutex);
    if (const auto it = cache.find(key); it != cache.end())
        return it->second.get();
    std::unique_ptr<ZoneRules> rules = build(ianaId);
    if (!rules) {
        if (unknownZones < MaxRememberedUnknownZones) {
            ++unknownZones;
            cache.emplace(std::string(key), nullptr);
        }
        return nullptr;
    }
    return cache.emplace(std::string(key), std::move(rules)).first->second.get();
}

std::vector<ZoneRules::Transition>::const_iterator ZoneRules::transitionAfter(qint64 utcSecs) const
{
    return std::upper_bound(m_transitions.cbegin(), m_transitions.cend(), utcSecs,
                            [](qint64 at, const Transition &t) { return at < t.atUtc; });
}

int ZoneRules::offsetBefore(std::vector<Transition>::const_iterator transition) const
{
    return transition == m_transitions.cbegin() ? m_initialOffset : std::prev(transition)->offsetAfter;
}

int ZoneRules::offsetAt(qint64 utcSecs) const
{
    return offsetBefore(transitionAfter(utcSecs));
}

ZoneRules::Resolution ZoneRules::toUtc(QDate date, QTime time) const
{
    if (!date.isValid() || !time.isValid())
        return {0, Kind::Gap};
    const qint64 local = localSeconds(date, time);
    // UTC offsets stay within a day, so only transitions less than a day from the wall-clock
    // reading (taken as if it were UTC) can decide which instant shows it.
    const auto first = transitionAfter(local - SecondsPerDay);
    const auto last = transitionAfter(local + SecondsPerDay);
    int offset = offsetBefore(first);
    if (first == last)
        return {local - offset, Kind::Unique};

    QVarLengthArray<qint64, 4> instants;
    const auto consider = [&](int candidate) {
        const qint64 utc = local - candidate;
        if (offsetAt(utc) == candidate && !instants.contains(utc))
            instants.append(utc);
    };
    consider(offset);
    std::optional<qint64> afterJump;
    for (auto it = first; it != last; ++it) {
        consider(it->offsetAfter);
        // Clocks going forward at this transition skip the wall-clock times [at + before, at + after).
        if (!afterJump && local >= it->atUtc + offset && local < it->atUtc + it->offsetAfter)
            afterJump = local - offset;
        offset = it->offsetAfter;
    }
    if (instants.isEmpty())
        return {afterJump.value_or(local - offset), Kind::Gap};
    const qint64 earliest = *std::min_element(instants.cbegin(), instants.cend());
    return {earliest, instants.size() > 1 ? Kind::Ambiguous : Kind::Unique};
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
