#include "icsexporter.h"

#include "model/zonerules.h"
#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QTimeZone>
#include <QUuid>
#include <libical/ical.h>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
struct PropertyFree
{
    void operator()(icalproperty *property) const { icalproperty_free(property); }
};
struct BufferFree
{
    void operator()(char *text) const { icalmemory_free_buffer(text); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;
using Property = std::unique_ptr<icalproperty, PropertyFree>;
using Buffer = std::unique_ptr<char, BufferFree>;

constexpr qsizetype FlushBytes = 1 << 16;
constexpr qsizetype MaxLineOctets = 75;
constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588;
const QByteArray EndEvent = "END:VEVENT\r\n"_ba;

// Names the UIDs of a workspace whose file cannot be written, so that they are still the same
// on every export.
const QUuid NameNamespace(u"85dab24e-c9b8-4c28-b2b5-008b04170d35"_s);

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

icaltimetype floatingTime(QDate date, QTime time)
{
    icaltimetype value = icaltime_null_time();
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    value.hour = time.hour();
    value.minute = time.minute();
    value.second = time.second();
    return value;
}

// Wall-clock time from seconds since the epoch already shifted by the zone's offset.
icaltimetype floatingTime(qint64 localSecs)
{
    const qint64 day = floorDiv(localSecs, SecondsPerDay);
    return floatingTime(QDate::fromJulianDay(day + UnixEpochJulianDay),
                        QTime::fromMSecsSinceStartOfDay(int(localSecs - day * SecondsPerDay) * 1000));
}

icaltimetype dateValue(QDate date)
{
    icaltimetype value = icaltime_null_date();
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    return value;
}

icaltimetype utcTime(qint64 utcSecs)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(utcSecs), 0, icaltimezone_get_utc_timezone());
}

QDateTime utcDateTime(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, QTimeZone::utc());
}

void append(QByteArray &out, icalcomponent *component)
{
    const Buffer text(icalcomponent_as_ical_string_r(component));
    out += text.get();
}

void append(QByteArray &out, Property property)
{
    const Buffer text(icalproperty_as_ical_string_r(property.get()));
    out += text.get();
}

// A TEXT property written here rather than by libical, which leaves commas and semicolons
// unescaped in X- properties and CATEGORIES (as list separators): a calendar name or a shift
// type code holding a comma would be cut there. Folded at 75 octets between UTF-8 sequences.
void appendText(QByteArray &out, QByteArrayView name, const QString &text)
{
    QByteArray line = name.toByteArray() + ':';
    for (const char c : text.toUtf8()) {
        if (c == '\\' || c == ';' || c == ',') {
            line += '\\';
            line += c;
        } else if (c == '\n') {
            line += "\\n";
        } else if (c != '\r') {
            line += c;
        }
    }
    qsizetype used = 0;
    for (qsizetype i = 0; i < line.size();) {
        qsizetype length = 1;
        while (i + length < line.size() && (static_cast<unsigned char>(line.at(i + length)) & 0xC0) == 0x80)
            ++length;
        if (used + length > MaxLineOctets) {
            out += "\r\n ";
            used = 1;
        }
        out += QByteArrayView(line).sliced(i, length);
        used += length;
        i += length;
    }
    out += "\r\n";
}

void addObservance(icalcomponent *timeZone, const QTimeZone::OffsetData &transition, int offsetBefore)
{
    icalcomponent *observance = transition.daylightTimeOffset != 0 ? icalcomponent_new_xdaylight()
                                                                     : icalcomponent_new_xstandard();
    // The onset is the wall-clock time just before the change, in the offset then in force.
    icalcomponent_add_property(observance,
                               icalproperty_new_dtstart(floatingTime(transition.atUtc.toSecsSinceEpoch() + offsetBefore)));
    icalcomponent_add_property(observance, icalproperty_new_tzoffsetfrom(offsetBefore));
    icalcomponent_add_property(observance, icalproperty_new_tzoffsetto(transition.offsetFromUtc));
    if (!transition.abbreviation.isEmpty())
        icalcomponent_add_property(observance, icalproperty_new_tzname(transition.abbreviation.toUtf8().constData()));
    icalcomponent_add_component(timeZone, observance);
}

// The zone's observances from `first` to `last` (UTC seconds): every change up to `last` and the
// ones in force at `first`, back to the last change to standard time, since calendar programs
// (Outlook, pytz-based readers) expect a standard-time observance in every VTIMEZONE.
Component makeTimeZone(const QByteArray &id, qint64 first, qint64 last)
{
    const QTimeZone zone(id);
    Component timeZone(icalcomponent_new_vtimezone());
    icalcomponent_add_property(timeZone.get(), icalproperty_new_tzid(id.constData()));
    QTimeZone::OffsetDataList observances = zone.transitions(utcDateTime(first + 1), utcDateTime(last));
    for (QTimeZone::OffsetData earlier = zone.previousTransition(utcDateTime(first + 1)); earlier.atUtc.isValid();
         earlier = zone.previousTransition(earlier.atUtc)) {
        observances.prepend(earlier);
        if (earlier.daylightTimeOffset == 0)
            break;
    }
    if (observances.isEmpty() || observances.constFirst().atUtc > utcDateTime(first)) {
        // A zone whose offset never changed before the shifts: one observance from long before.
        QTimeZone::OffsetData always;
        always.atUtc = utcDateTime(0);
        always.offsetFromUtc = zone.offsetFromUtc(utcDateTime(first));
        always.daylightTimeOffset = zone.daylightTimeOffset(utcDateTime(first));
        always.abbreviation = zone.abbreviation(utcDateTime(first));
        addObservance(timeZone.get(), always, always.offsetFromUtc);
    }
    for (const QTimeZone::OffsetData &observance : std::as_const(observances))
        addObservance(timeZone.get(), observance, zone.offsetFromUtc(observance.atUtc.addSecs(-1)));
    return timeZone;
}

// DTSTART or DTEND: the wall-clock time in the zone with its TZID, or UTC when the shift is in UTC
// or the time lies in the hour that repeats when clocks go back. RFC 5545 reads such a local time
// as its first occurrence, but libical and pytz take the second, so only UTC means the same
// instant to every calendar program.
void addTime(icalcomponent *event, icalproperty *(*make)(icaltimetype), qint64 utcSecs, const ZoneRules *zone)
{
    if (zone) {
        const QDate date = zone->localDate(utcSecs);
        const QTime time = zone->localTime(utcSecs);
        if (zone->toUtc(date, time).kind == ZoneRules::Kind::Unique) {
            icalproperty *property = make(floatingTime(date, time));
            icalproperty_add_parameter(property, icalparameter_new_tzid(zone->idBytes().constData()));
            icalcomponent_add_property(event, property);
            return;
        }
    }
    icalcomponent_add_property(event, make(utcTime(utcSecs)));
}

void addTimestamp(icalcomponent *event, icalproperty *(*make)(icaltimetype), const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (at.isValid())
        icalcomponent_add_property(event, make(utcTime(at.toSecsSinceEpoch())));
}

} // namespace

IcsExporter::IcsExporter(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString IcsExporter::calendarId() const
{
    const QUuid stored = QUuid::fromString(m_workspace.setting(u"uid"_s));
    if (!stored.isNull())
        return stored.toString(QUuid::WithoutBraces);
    const QString created = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (QFileInfo(m_workspace.path()).isWritable() && m_workspace.setSetting(u"uid"_s, created).ok())
        return created;
    return QUuid::createUuidV5(NameNamespace, m_workspace.name()).toString(QUuid::WithoutBraces);
}

QString IcsExporter::write(QIODevice &out, QDate from, QDate to, std::optional<qint64> clinicianId) const
{
    QList<Shift> shifts = ShiftRepository(m_workspace).inWindow(from, to, clinicianId);
    shifts.removeIf([](const Shift &shift) { return shift.status == Shift::Status::Cancelled; });

    // nullptr for shifts written in UTC: those in UTC, and (never stored) any in an unknown zone.
    auto zoneOf = [](const Shift &shift) { return shift.time_zone == "UTC" ? nullptr : ZoneRules::find(shift.time_zone); };
    // The span of instants each zone's VTIMEZONE has to cover.
    std::map<QByteArray, std::pair<qint64, qint64>> zoneSpans;
    for (const Shift &shift : std::as_const(shifts)) {
        if (!shift.isTimed() || !zoneOf(shift))
            continue;
        const auto [span, added] = zoneSpans.try_emplace(shift.time_zone, *shift.start_utc, *shift.end_utc);
        if (!added) {
            span->second.first = std::min(span->second.first, *shift.start_utc);
            span->second.second = std::max(span->second.second, *shift.end_utc);
        }
    }

    QHash<qint64, ShiftType> types;
    for (const ShiftType &type : ShiftTypeRepository(m_workspace).all())
        types.insert(type.id, type);
    const ClinicianRepository clinicians(m_workspace);
    QHash<qint64, QString> clinicianNames;
    auto clinicianName = [&](qint64 id) {
        auto known = clinicianNames.find(id);
        if (known == clinicianNames.end())
            known = clinicianNames.insert(id, clinicians.get(id).value_or(Clinician()).name);
        return *known;
    };
    const QString uidSuffix = u"@"_s + calendarId();
    const icaltimetype stamp = utcTime(m_workspace.now().toSecsSinceEpoch());

    QByteArray buffer = "BEGIN:VCALENDAR\r\n"_ba;
    buffer.reserve(FlushBytes + 4096);
    append(buffer, Property(icalproperty_new_prodid("-//RotaDesk//RotaDesk " ROTADESK_VERSION "//EN")));
    append(buffer, Property(icalproperty_new_version("2.0")));
    append(buffer, Property(icalproperty_new_calscale("GREGORIAN")));
    append(buffer, Property(icalproperty_new_method(ICAL_METHOD_PUBLISH)));
    appendText(buffer, "X-WR-CALNAME", m_workspace.name());
    for (const auto &[id, span] : zoneSpans)
        append(buffer, makeTimeZone(id, span.first, span.second).get());

    auto flush = [&]() {
        const bool written = out.write(buffer) == buffer.size();
        buffer.clear();
        return written;
    };
    for (const Shift &shift : std::as_const(shifts)) {
        const ShiftType type = types.value(shift.shift_type_id);
        Component event(icalcomponent_new_vevent());
        icalcomponent_add_property(event.get(), icalproperty_new_uid((u"shift-%1"_s.arg(shift.id) + uidSuffix).toUtf8().constData()));
        icalcomponent_add_property(event.get(), icalproperty_new_dtstamp(stamp));
        addTimestamp(event.get(), icalproperty_new_created, shift.created_at);
        addTimestamp(event.get(), icalproperty_new_lastmodified, shift.modified_at);
        if (shift.isTimed()) {
            const ZoneRules *zone = zoneOf(shift);
            addTime(event.get(), icalproperty_new_dtstart, *shift.start_utc, zone);
            addTime(event.get(), icalproperty_new_dtend, *shift.end_utc, zone);
        } else {
            icalcomponent_add_property(event.get(), icalproperty_new_dtstart(dateValue(shift.date)));
            icalcomponent_add_property(event.get(), icalproperty_new_dtend(dateValue(shift.date.addDays(1))));
        }

        QString summary = tr("%1 (%2)", "shift type name and code").arg(type.name, type.code);
        if (!clinicianId) {
            summary = tr("%1 – %2", "shift and who works it")
                          .arg(summary, shift.clinician_id ? clinicianName(*shift.clinician_id) : tr("Open shift"));
        }
        icalcomponent_add_property(event.get(), icalproperty_new_summary(summary.toUtf8().constData()));

        QStringList description;
        if (shift.status == Shift::Status::Completed)
            description << tr("Status: completed");
        else if (shift.status == Shift::Status::NeedsReassignment)
            description << tr("Status: needs reassignment");
        if (!shift.notes.isEmpty())
            description << shift.notes;
        if (!description.isEmpty())
            icalcomponent_add_property(event.get(), icalproperty_new_description(description.join(u'\n').toUtf8().constData()));
        icalcomponent_add_property(event.get(), icalproperty_new_status(shift.status == Shift::Status::NeedsReassignment
                                                                            ? ICAL_STATUS_TENTATIVE
                                                                            : ICAL_STATUS_CONFIRMED));

        append(buffer, event.get());
        // CATEGORIES goes in by hand (see appendText), before the event's last line.
        buffer.chop(EndEvent.size());
        appendText(buffer, "CATEGORIES", type.code);
        buffer += EndEvent;
        if (buffer.size() >= FlushBytes && !flush())
            return tr("Writing the export failed: %1.").arg(out.errorString());
    }
    buffer += "END:VCALENDAR\r\n";
    if (!flush())
        return tr("Writing the export failed: %1.").arg(out.errorString());
    return {};
}
