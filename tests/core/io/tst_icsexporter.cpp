#include "iotestsupport.h"

#include "io/icsexporter.h"
#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <libical/ical.h>

using namespace Qt::StringLiterals;

namespace {

// Long enough to be folded, with the characters TEXT escapes.
const QString CalendarName = u"Acute Medicine, Ward 3; nights \\ weekends – Königliche Klinik für Innere Medizin, Station Süd"_s;
const QString AwkwardNotes = u"Bring the pager, the keys; and the handover list.\n"
                             "Second line: Zoë’s café ☎ 0161, ext. 42; ask «Ward 3» — "
                             "a long line that has to be folded more than once, with ümlauts äöü spread over the "
                             "fold points ééééééééééééééééééééééééééééééééééééééééé €€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€ end"_s;

qint64 utcSecs(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
}

// One VEVENT as libical reads it back; times as UTC seconds, or dates for all-day events.
struct Event
{
    qint64 shiftId = 0;
    QString uid;
    QString summary;
    QString description;
    QString categories;
    icalproperty_status status = ICAL_STATUS_NONE;
    bool allDay = false;
    QDate startDate, endDate;
    qint64 start = 0, end = 0;
    QByteArray startZone, endZone; // TZID, or empty for UTC ("Z") and dates
    QTime localStart, localEnd;    // the wall-clock times written
    std::optional<qint64> created, lastModified, stamp;
};

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

QByteArray propertyTzid(icalproperty *property)
{
    icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    return tzid ? QByteArray(icalparameter_get_tzid(tzid)) : QByteArray();
}

} // namespace

class TestIcsExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_ada = 0;
    qint64 m_grace = 0;
    qint64 m_day = 0;
    qint64 m_night = 0;
    qint64 m_onCall = 0;
    qint64 m_longDay = 0;
    // The shifts the export is to contain (not cancelled, in 2026), by id.
    QHash<qint64, Shift> m_expected;
    qint64 m_summerDay = 0, m_winterDay = 0, m_autumnNight = 0, m_open = 0, m_wholeDay = 0, m_utcDay = 0,
           m_reassign = 0, m_completed = 0, m_long = 0;

    qint64 addClinician(const QString &name)
    {
        Clinician clinician;
        clinician.name = name;
        if (!ClinicianRepository(*m_workspace).create(clinician).ok())
            return 0;
        return clinician.id;
    }

    qint64 addType(const QString &code, const QString &name)
    {
        ShiftType type;
        type.code = code;
        type.name = name;
        type.colour = u"#0072B2"_s;
        type.duration_minutes = 480;
        if (!ShiftTypeRepository(*m_workspace).create(type).ok())
            return 0;
        return type.id;
    }

    qint64 addTimed(std::optional<qint64> clinician, qint64 type, QDate date, QTime start, QTime end, const char *zone,
                    Shift::Status status = Shift::Status::Scheduled, const QString &notes = {})
    {
        Shift shift;
        shift.clinician_id = clinician;
        shift.shift_type_id = type;
        shift.status = status;
        shift.notes = notes;
        if (!shift.setLocalTimes(date, start, end, zone).isEmpty() || !ShiftRepository(*m_workspace).create(shift).ok()) {
            qWarning("shift on %s not created", qPrintable(date.toString(Qt::ISODate)));
            return 0;
        }
        if (status != Shift::Status::Cancelled && date.year() == 2026)
            m_expected.insert(shift.id, shift);
        return shift.id;
    }

    static QByteArray exportIcs(Workspace &workspace, QDate from, QDate to, std::optional<qint64> clinician = {})
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const QString error = IcsExporter(workspace).write(buffer, from, to, clinician);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return bytes;
    }

    QByteArray exportYear(std::optional<qint64> clinician = {})
    {
        return exportIcs(*m_workspace, QDate(2026, 1, 1), QDate(2026, 12, 31), clinician);
    }

    // Reads the calendar back with libical; timed events are converted to UTC with the calendar's
    // own VTIMEZONE of their TZID, never with a zone libical knows by itself.
    static QList<Event> parse(const QByteArray &ics)
    {
        QList<Event> events;
        const Component calendar(icalparser_parse_string(ics.constData()));
        if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT) {
            qWarning("not a calendar");
            return events;
        }
        auto readTime = [&](icalproperty *property, qint64 &utc, QByteArray &zone, QTime &local, QDate &date) {
            if (!property) {
                qWarning("DTSTART or DTEND missing");
                return;
            }
            const icaltimetype time = icalvalue_get_datetime(icalproperty_get_value(property));
            zone = propertyTzid(property);
            if (time.is_date) {
                date = QDate(time.year, time.month, time.day);
                return;
            }
            local = QTime(time.hour, time.minute, time.second);
            icaltimezone *timeZone = zone.isEmpty() ? nullptr : icalcomponent_get_timezone(calendar.get(), zone.constData());
            if (!zone.isEmpty() && !timeZone)
                qWarning("no VTIMEZONE for %s", zone.constData());
            else if (zone.isEmpty() && !icaltime_is_utc(time))
                qWarning("a floating time");
            utc = icaltime_as_timet_with_zone(time, timeZone ? timeZone : icaltimezone_get_utc_timezone());
        };
        auto timestamp = [](icalcomponent *event, icalproperty_kind kind) -> std::optional<qint64> {
            icalproperty *property = icalcomponent_get_first_property(event, kind);
            if (!property)
                return std::nullopt;
            const icaltimetype time = icalvalue_get_datetime(icalproperty_get_value(property));
            if (!icaltime_is_utc(time))
                qWarning("%s is not in UTC", icalproperty_kind_to_string(kind));
            return icaltime_as_timet(time);
        };
        for (icalcomponent *component = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); component;
             component = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
            Event event;
            event.uid = QString::fromUtf8(icalcomponent_get_uid(component));
            event.shiftId = event.uid.section(u'@', 0, 0).section(u'-', 1).toLongLong();
            event.summary = QString::fromUtf8(icalcomponent_get_summary(component));
            if (icalcomponent_get_first_property(component, ICAL_DESCRIPTION_PROPERTY))
                event.description = QString::fromUtf8(icalcomponent_get_description(component));
            QStringList categories;
            for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_CATEGORIES_PROPERTY); p;
                 p = icalcomponent_get_next_property(component, ICAL_CATEGORIES_PROPERTY))
                categories << QString::fromUtf8(icalproperty_get_categories(p));
            event.categories = categories.join(u'|');
            event.status = icalcomponent_get_status(component);
            readTime(icalcomponent_get_first_property(component, ICAL_DTSTART_PROPERTY), event.start, event.startZone,
                     event.localStart, event.startDate);
            readTime(icalcomponent_get_first_property(component, ICAL_DTEND_PROPERTY), event.end, event.endZone,
                     event.localEnd, event.endDate);
            event.allDay = event.startDate.isValid();
            event.created = timestamp(component, ICAL_CREATED_PROPERTY);
            event.lastModified = timestamp(component, ICAL_LASTMODIFIED_PROPERTY);
            event.stamp = timestamp(component, ICAL_DTSTAMP_PROPERTY);
            events << event;
        }
        return events;
    }

    static Event eventOf(const QList<Event> &events, qint64 shiftId)
    {
        for (const Event &event : events) {
            if (event.shiftId == shiftId)
                return event;
        }
        return {};
    }

    static QSet<QString> uids(const QList<Event> &events)
    {
        QSet<QString> result;
        for (const Event &event : events)
            result.insert(event.uid);
        return result;
    }

private slots:
    // Each test starts with Ada, "Hopper, Grace", the types Day (D), Night (N) and On call (OC)
    // and the shifts below; m_expected holds those the 2026 export is to contain.
    void init()
    {
        m_expected.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = IoTest::createWorkspace(m_dir->filePath(u"export.rota"_s));
        QVERIFY(m_workspace);
        QVERIFY(m_workspace->setSetting(u"name"_s, CalendarName).ok());
        m_ada = addClinician(u"Ada Lovelace"_s);
        m_grace = addClinician(u"Hopper, Grace"_s);
        m_day = addType(u"D"_s, u"Day"_s);
        m_night = addType(u"N"_s, u"Night"_s);
        m_onCall = addType(u"OC"_s, u"On call"_s);
        m_longDay = addType(u"L,D"_s, u"Long day"_s);
        QVERIFY(m_ada && m_grace && m_day && m_night && m_onCall && m_longDay);

        const QDate july(2026, 7, 15);
        m_summerDay = addTimed(m_ada, m_day, july, QTime(8, 0), QTime(16, 0), "Europe/London");
        m_winterDay = addTimed(m_ada, m_day, QDate(2026, 1, 14), QTime(8, 0), QTime(16, 0), "Europe/London");
        m_autumnNight = addTimed(m_grace, m_night, QDate(2026, 10, 24), QTime(20, 0), QTime(8, 0), "Europe/London");
        m_open = addTimed(std::nullopt, m_day, july, QTime(9, 0), QTime(17, 0), "Europe/London");
        m_utcDay = addTimed(m_grace, m_day, july, QTime(10, 0), QTime(18, 0), "UTC");
        m_reassign = addTimed(m_ada, m_day, QDate(2026, 7, 18), QTime(7, 0), QTime(19, 0), "America/New_York",
                              Shift::Status::NeedsReassignment);
        m_completed = addTimed(m_grace, m_day, QDate(2026, 3, 2), QTime(8, 0), QTime(16, 0), "Europe/London",
                               Shift::Status::Completed, u"Handed over"_s);
        m_long = addTimed(m_grace, m_longDay, QDate(2026, 7, 19), QTime(8, 0), QTime(20, 0), "Europe/London");
        QVERIFY(addTimed(m_grace, m_day, QDate(2026, 7, 17), QTime(8, 0), QTime(16, 0), "Europe/London",
                         Shift::Status::Cancelled));
        QVERIFY(addTimed(m_ada, m_day, QDate(2027, 1, 1), QTime(8, 0), QTime(16, 0), "Europe/London"));
        QVERIFY(addTimed(m_grace, m_day, QDate(2025, 12, 31), QTime(8, 0), QTime(16, 0), "Europe/London"));

        Shift onCall;
        onCall.clinician_id = m_ada;
        onCall.shift_type_id = m_onCall;
        onCall.setWholeDay(QDate(2026, 7, 16), "Europe/London", 480);
        onCall.notes = AwkwardNotes;
        QVERIFY(ShiftRepository(*m_workspace).create(onCall).ok());
        m_wholeDay = onCall.id;
        m_expected.insert(onCall.id, onCall);
        QVERIFY(m_summerDay && m_winterDay && m_autumnNight && m_open && m_utcDay && m_reassign && m_completed && m_long);
        QCOMPARE(m_expected.size(), 9);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void oneEventPerShiftInTheWindow()
    {
        const QList<Event> events = parse(exportYear());
        QCOMPARE(events.size(), m_expected.size());
        QSet<qint64> ids;
        for (const Event &event : events)
            ids.insert(event.shiftId);
        QCOMPARE(ids, QSet<qint64>(m_expected.keyBegin(), m_expected.keyEnd()));

        // Both ends of the window count; the day before and after does not.
        const QList<Event> july15 = parse(exportIcs(*m_workspace, QDate(2026, 7, 15), QDate(2026, 7, 15)));
        QCOMPARE(july15.size(), 3);
        QCOMPARE(parse(exportIcs(*m_workspace, QDate(2026, 7, 20), QDate(2026, 10, 23))).size(), 0);
    }

    void calendarProperties()
    {
        const QByteArray ics = exportYear();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        const Component calendar(icalparser_parse_string(ics.constData()));
        QVERIFY(calendar);
        QCOMPARE(QByteArray(icalproperty_get_prodid(icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY))),
                 QByteArray("-//RotaDesk//RotaDesk " ROTADESK_VERSION "//EN"));
        QCOMPARE(QByteArray(icalproperty_get_version(icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY))),
                 "2.0"_ba);
        QCOMPARE(QByteArray(icalproperty_get_calscale(icalcomponent_get_first_property(calendar.get(), ICAL_CALSCALE_PROPERTY))),
                 "GREGORIAN"_ba);
        QCOMPARE(icalproperty_get_method(icalcomponent_get_first_property(calendar.get(), ICAL_METHOD_PROPERTY)),
                 ICAL_METHOD_PUBLISH);
        // The only property outside RFC 5545 is the calendar's name.
        QStringList extensions;
        for (icalproperty *p = icalcomponent_get_first_property(calendar.get(), ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(calendar.get(), ICAL_X_PROPERTY))
            extensions << QString::fromUtf8(icalproperty_get_x_name(p));
        QCOMPARE(extensions, QStringList{u"X-WR-CALNAME"_s});
        QCOMPARE(QString::fromUtf8(icalproperty_get_x(icalcomponent_get_first_property(calendar.get(), ICAL_X_PROPERTY))),
                 CalendarName);
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.startsWith(' ') || !line.startsWith("X-") || line.startsWith("X-WR-CALNAME:"), line.constData());
        QVERIFY(!ics.contains(";VALUE=TEXT") && !ics.contains(";VALUE=STRING"));

        const QList<Event> events = parse(ics);
        const qint64 now = IoTest::fixedNow.toSecsSinceEpoch();
        for (const Event &event : events) {
            QCOMPARE(event.stamp, std::optional<qint64>(now));
            QCOMPARE(event.created, std::optional<qint64>(now));
            QVERIFY(!event.lastModified);
        }
    }

    void linesAreFoldedWithCrLf()
    {
        const QByteArray ics = exportYear();
        QVERIFY(ics.endsWith("\r\n"));
        const QList<QByteArray> lines = ics.split('\n');
        QVERIFY(lines.size() > 40);
        QVERIFY(lines.constLast().isEmpty());
        int folded = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            QVERIFY2(!line.chopped(1).contains('\r'), line.constData());
            if (line.startsWith(' ')) {
                ++folded;
                // A fold never splits a UTF-8 sequence.
                QVERIFY2((static_cast<unsigned char>(line.at(1)) & 0xC0) != 0x80, line.constData());
            }
        }
        QVERIFY(folded >= 3);
    }

    void timesInTheirZone()
    {
        const QList<Event> events = parse(exportYear());
        // 08:00 in London is 07:00 UTC in July and 08:00 UTC in January.
        const Event summer = eventOf(events, m_summerDay);
        QCOMPARE(summer.startZone, "Europe/London"_ba);
        QCOMPARE(summer.endZone, "Europe/London"_ba);
        QCOMPARE(summer.localStart, QTime(8, 0));
        QCOMPARE(summer.start, utcSecs(QDate(2026, 7, 15), QTime(7, 0)));
        QCOMPARE(summer.end, utcSecs(QDate(2026, 7, 15), QTime(15, 0)));
        const Event winter = eventOf(events, m_winterDay);
        QCOMPARE(winter.startZone, "Europe/London"_ba);
        QCOMPARE(winter.localStart, QTime(8, 0));
        QCOMPARE(winter.start, utcSecs(QDate(2026, 1, 14), QTime(8, 0)));

        // 20:00 to 08:00 over the night the clocks go back is 13 hours.
        const Event night = eventOf(events, m_autumnNight);
        QCOMPARE(night.localStart, QTime(20, 0));
        QCOMPARE(night.localEnd, QTime(8, 0));
        QCOMPARE(night.start, utcSecs(QDate(2026, 10, 24), QTime(19, 0)));
        QCOMPARE(night.end - night.start, qint64(13 * 3600));

        // New York in summer is UTC-4.
        const Event newYork = eventOf(events, m_reassign);
        QCOMPARE(newYork.startZone, "America/New_York"_ba);
        QCOMPARE(newYork.start, utcSecs(QDate(2026, 7, 18), QTime(11, 0)));
        QCOMPARE(newYork.end, utcSecs(QDate(2026, 7, 18), QTime(23, 0)));

        // Every timed event names the very instants stored.
        for (const Event &event : events) {
            const Shift &shift = m_expected[event.shiftId];
            if (shift.isTimed()) {
                QCOMPARE(event.start, *shift.start_utc);
                QCOMPARE(event.end, *shift.end_utc);
            }
        }
    }

    void timeZoneComponents()
    {
        const QByteArray ics = exportYear();
        const Component calendar(icalparser_parse_string(ics.constData()));
        QVERIFY(calendar);
        QMap<QByteArray, icalcomponent *> zones;
        for (icalcomponent *zone = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT); zone;
             zone = icalcomponent_get_next_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT))
            zones.insert(icalproperty_get_tzid(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY)), zone);
        // One per zone used; none for UTC.
        QCOMPARE(zones.keys(), (QList<QByteArray>{"America/New_York"_ba, "Europe/London"_ba}));

        // London from January to October 2026: GMT from October 2025, BST from 29 March at 01:00
        // GMT, GMT again from 25 October at 01:00 GMT (02:00 BST).
        struct Observance
        {
            bool daylight;
            QString start;
            int from, to;
            bool operator==(const Observance &) const = default;
        };
        QList<Observance> london;
        for (icalcomponent *o = icalcomponent_get_first_component(zones.value("Europe/London"), ICAL_ANY_COMPONENT); o;
             o = icalcomponent_get_next_component(zones.value("Europe/London"), ICAL_ANY_COMPONENT)) {
            const icaltimetype start = icalproperty_get_dtstart(icalcomponent_get_first_property(o, ICAL_DTSTART_PROPERTY));
            london << Observance{icalcomponent_isa(o) == ICAL_XDAYLIGHT_COMPONENT,
                                 QString::fromLatin1(icaltime_as_ical_string(start)),
                                 icalproperty_get_tzoffsetfrom(icalcomponent_get_first_property(o, ICAL_TZOFFSETFROM_PROPERTY)),
                                 icalproperty_get_tzoffsetto(icalcomponent_get_first_property(o, ICAL_TZOFFSETTO_PROPERTY))};
        }
        const QList<Observance> expected{{false, u"20251026T020000"_s, 3600, 0},
                                         {true, u"20260329T010000"_s, 0, 3600},
                                         {false, u"20261025T020000"_s, 3600, 0}};
        QCOMPARE(london.size(), expected.size());
        QVERIFY(london == expected);
        QVERIFY(ics.contains("TZNAME:BST\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/London:20260715T080000\r\n"));

        // A window in summer alone still defines the offset in force, and the standard time before it.
        const QByteArray summer = exportIcs(*m_workspace, QDate(2026, 7, 15), QDate(2026, 7, 15));
        const QList<Event> events = parse(summer);
        QCOMPARE(eventOf(events, m_summerDay).start, utcSecs(QDate(2026, 7, 15), QTime(7, 0)));
        QCOMPARE(summer.count("BEGIN:VTIMEZONE"), 1);
        QCOMPARE(summer.count("BEGIN:DAYLIGHT"), 1);
        QCOMPARE(summer.count("BEGIN:STANDARD"), 1);
        QVERIFY(summer.contains("DTSTART:20251026T020000\r\n"));
    }

    void utcAndWholeDayShifts()
    {
        const QByteArray ics = exportYear();
        const QList<Event> events = parse(ics);
        const Event utc = eventOf(events, m_utcDay);
        QVERIFY(utc.startZone.isEmpty());
        QCOMPARE(utc.start, utcSecs(QDate(2026, 7, 15), QTime(10, 0)));
        QCOMPARE(utc.end, utcSecs(QDate(2026, 7, 15), QTime(18, 0)));
        QVERIFY(ics.contains("DTSTART:20260715T100000Z\r\n"));
        QVERIFY(!ics.contains("TZID=UTC"));

        const Event wholeDay = eventOf(events, m_wholeDay);
        QVERIFY(wholeDay.allDay);
        QCOMPARE(wholeDay.startDate, QDate(2026, 7, 16));
        QCOMPARE(wholeDay.endDate, QDate(2026, 7, 17));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20260716\r\n"));
        QVERIFY(ics.contains("DTEND;VALUE=DATE:20260717\r\n"));
    }

    // 01:30 on 25 October 2026 happens twice in London. RFC 5545 reads a local time there as the
    // first (BST), libical and pytz as the second: only UTC is read alike everywhere.
    void repeatedHourIsWrittenInUtc()
    {
        const qint64 first = addTimed(m_ada, m_day, QDate(2026, 10, 25), QTime(1, 30), QTime(9, 30), "Europe/London");
        Shift second;
        second.clinician_id = m_grace;
        second.shift_type_id = m_day;
        second.date = QDate(2026, 10, 25);
        second.time_zone = "Europe/London";
        second.start_utc = utcSecs(QDate(2026, 10, 25), QTime(1, 30));
        second.end_utc = utcSecs(QDate(2026, 10, 25), QTime(9, 30));
        second.duration_minutes = 480;
        QVERIFY(ShiftRepository(*m_workspace).create(second).ok());

        const QByteArray ics = exportIcs(*m_workspace, QDate(2026, 10, 25), QDate(2026, 10, 25));
        const QList<Event> events = parse(ics);
        QCOMPARE(events.size(), 2);
        const Event bst = eventOf(events, first);
        QVERIFY(bst.startZone.isEmpty());
        QCOMPARE(bst.start, utcSecs(QDate(2026, 10, 25), QTime(0, 30)));
        QCOMPARE(bst.endZone, "Europe/London"_ba);
        QCOMPARE(bst.localEnd, QTime(9, 30));
        QCOMPARE(bst.end, utcSecs(QDate(2026, 10, 25), QTime(9, 30)));
        const Event gmt = eventOf(events, second.id);
        QVERIFY(gmt.startZone.isEmpty());
        QCOMPARE(gmt.start, *second.start_utc);
        QCOMPARE(gmt.end, *second.end_utc);
        QVERIFY(ics.contains("DTSTART:20261025T003000Z\r\n"));
        QVERIFY(ics.contains("DTSTART:20261025T013000Z\r\n"));
    }

    void textOfTheEvents()
    {
        const QList<Event> events = parse(exportYear());
        const QString dash = u" \u2013 "_s;
        QCOMPARE(eventOf(events, m_summerDay).summary, u"Day (D)"_s + dash + u"Ada Lovelace"_s);
        QCOMPARE(eventOf(events, m_autumnNight).summary, u"Night (N)"_s + dash + u"Hopper, Grace"_s);
        QCOMPARE(eventOf(events, m_open).summary, u"Day (D)"_s + dash + u"Open shift"_s);
        QCOMPARE(eventOf(events, m_wholeDay).summary, u"On call (OC)"_s + dash + u"Ada Lovelace"_s);
        QCOMPARE(eventOf(events, m_autumnNight).categories, u"N"_s);
        QCOMPARE(eventOf(events, m_wholeDay).categories, u"OC"_s);
        // One category, although the code holds a comma.
        QCOMPARE(eventOf(events, m_long).categories, u"L,D"_s);
        QCOMPARE(eventOf(events, m_long).summary, u"Long day (L,D)"_s + dash + u"Hopper, Grace"_s);

        // Commas, semicolons, line breaks, a backslash-free run of non-ASCII: all as they were.
        QCOMPARE(eventOf(events, m_wholeDay).description, AwkwardNotes);
        QVERIFY(eventOf(events, m_summerDay).description.isEmpty());
        const Event completed = eventOf(events, m_completed);
        QVERIFY2(completed.description.contains(u"completed"_s), qPrintable(completed.description));
        QVERIFY(completed.description.endsWith(u"\nHanded over"_s));
        QVERIFY(eventOf(events, m_reassign).description.contains(u"reassignment"_s));

        QCOMPARE(eventOf(events, m_reassign).status, ICAL_STATUS_TENTATIVE);
        QCOMPARE(eventOf(events, m_completed).status, ICAL_STATUS_CONFIRMED);
        QCOMPARE(eventOf(events, m_summerDay).status, ICAL_STATUS_CONFIRMED);
    }

    void clinicianFilter()
    {
        const QList<Event> events = parse(exportYear(m_ada));
        QSet<qint64> ids;
        for (const Event &event : events) {
            ids.insert(event.shiftId);
            // The calendar is Ada's own: her name is not repeated in every event.
            QVERIFY2(!event.summary.contains(u"Ada"_s) && !event.summary.contains(u'\u2013'), qPrintable(event.summary));
        }
        QCOMPARE(ids, (QSet<qint64>{m_summerDay, m_winterDay, m_reassign, m_wholeDay}));
        QCOMPARE(eventOf(events, m_summerDay).summary, u"Day (D)"_s);
        // Grace's cancelled shift is left out of hers too; no open shift.
        QCOMPARE(parse(exportYear(m_grace)).size(), 4);
    }

    void uidsAreStable()
    {
        QVERIFY(m_workspace->setting(u"uid"_s).isEmpty());
        const QList<Event> first = parse(exportYear());
        const QString workspaceUid = m_workspace->setting(u"uid"_s);
        QVERIFY(!QUuid::fromString(workspaceUid).isNull());
        QCOMPARE(uids(first).size(), first.size());
        for (const Event &event : first)
            QCOMPARE(event.uid, u"shift-%1@%2"_s.arg(event.shiftId).arg(workspaceUid));

        // After reopening the file, and in a smaller window, each shift keeps its UID.
        const QString path = m_workspace->path();
        m_workspace.reset();
        StorageError error;
        m_workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
        QCOMPARE(uids(parse(exportYear())), uids(first));
        const QList<Event> july = parse(exportIcs(*m_workspace, QDate(2026, 7, 1), QDate(2026, 7, 31), m_ada));
        QVERIFY(!july.isEmpty());
        for (const Event &event : july)
            QCOMPARE(event.uid, eventOf(first, event.shiftId).uid);

        // Another workspace, even with the same shift ids, has other UIDs.
        const auto other = IoTest::createWorkspace(m_dir->filePath(u"other.rota"_s));
        QVERIFY(other);
        Clinician clinician;
        clinician.name = u"Ada Lovelace"_s;
        QVERIFY(ClinicianRepository(*other).create(clinician).ok());
        ShiftType type;
        type.code = type.name = u"D"_s;
        type.colour = u"#000000"_s;
        type.duration_minutes = 480;
        QVERIFY(ShiftTypeRepository(*other).create(type).ok());
        Shift shift;
        shift.clinician_id = clinician.id;
        shift.shift_type_id = type.id;
        QVERIFY(shift.setLocalTimes(QDate(2026, 7, 15), QTime(8, 0), QTime(16, 0), "Europe/London").isEmpty());
        QVERIFY(ShiftRepository(*other).create(shift).ok());
        const QList<Event> otherEvents = parse(exportIcs(*other, QDate(2026, 1, 1), QDate(2026, 12, 31)));
        QCOMPARE(otherEvents.size(), 1);
        QVERIFY(!uids(first).contains(otherEvents.constFirst().uid));
    }

    void lastModifiedFollowsEdits()
    {
        const QDateTime later(QDate(2026, 4, 2), QTime(9, 15), QTimeZone::utc());
        m_workspace->setClock([later] { return later; });
        Shift shift = m_expected.value(m_summerDay);
        shift.notes = u"Moved to ward 5"_s;
        QVERIFY(ShiftRepository(*m_workspace).update(shift).ok());
        const Event event = eventOf(parse(exportYear()), m_summerDay);
        QCOMPARE(event.lastModified, std::optional<qint64>(later.toSecsSinceEpoch()));
        QCOMPARE(event.created, std::optional<qint64>(IoTest::fixedNow.toSecsSinceEpoch()));
        QCOMPARE(event.stamp, std::optional<qint64>(later.toSecsSinceEpoch()));
        QCOMPARE(event.description, u"Moved to ward 5"_s);
    }

    // Python's icalendar module reads the file independently: the calendar name, the text, and the
    // instants both through the zone's name (pytz) and through the file's own VTIMEZONE.
    void readByAnotherImplementation()
    {
        const char *script = R"(
import json, sys
import icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
zones = {str(z['TZID']): z.to_tz() for z in cal.walk('VTIMEZONE')}
def when(prop):
    value = prop.dt
    if not hasattr(value, 'hour'):
        return {'date': value.isoformat()}
    result = {'utc': int(value.timestamp())}
    tzid = prop.params.get('TZID')
    if tzid:
        result['via_vtimezone'] = int(zones[tzid].localize(value.replace(tzinfo=None)).timestamp())
    return result
events = []
for event in cal.walk('VEVENT'):
    events.append({'uid': str(event['UID']), 'summary': str(event['SUMMARY']),
                   'description': str(event.get('DESCRIPTION', '')),
                   'start': when(event['DTSTART']), 'end': when(event['DTEND'])})
print(json.dumps({'name': str(cal['X-WR-CALNAME']), 'method': str(cal['METHOD']), 'events': events}))
)";
        const QByteArray ics = exportYear();
        const QList<Event> libicalEvents = parse(ics);
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromUtf8(script)});
        QVERIFY2(python.waitForStarted(), "/usr/bin/python3 is needed (scripts/setup.sh installs python3-icalendar)");
        python.write(ics);
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        const QByteArray errors = python.readAllStandardError();
        QVERIFY2(python.exitCode() == 0, errors.constData());

        QJsonParseError parseError;
        const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(read.value(u"name"_s).toString(), CalendarName);
        QCOMPARE(read.value(u"method"_s).toString(), u"PUBLISH"_s);
        const QJsonArray events = read.value(u"events"_s).toArray();
        QCOMPARE(events.size(), m_expected.size());
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            const QString uid = event.value(u"uid"_s).toString();
            const qint64 id = uid.section(u'@', 0, 0).section(u'-', 1).toLongLong();
            QVERIFY2(m_expected.contains(id), qPrintable(uid));
            const Shift &shift = m_expected[id];
            const Event &mine = eventOf(libicalEvents, id);
            QCOMPARE(event.value(u"summary"_s).toString(), mine.summary);
            QCOMPARE(event.value(u"description"_s).toString(), mine.description);
            const QJsonObject start = event.value(u"start"_s).toObject();
            const QJsonObject end = event.value(u"end"_s).toObject();
            if (!shift.isTimed()) {
                QCOMPARE(start.value(u"date"_s).toString(), shift.date.toString(Qt::ISODate));
                QCOMPARE(end.value(u"date"_s).toString(), shift.date.addDays(1).toString(Qt::ISODate));
                continue;
            }
            QCOMPARE(start.value(u"utc"_s).toInteger(), *shift.start_utc);
            QCOMPARE(end.value(u"utc"_s).toInteger(), *shift.end_utc);
            if (shift.time_zone != "UTC") {
                QCOMPARE(start.value(u"via_vtimezone"_s).toInteger(), *shift.start_utc);
                QCOMPARE(end.value(u"via_vtimezone"_s).toInteger(), *shift.end_utc);
            }
        }
        QCOMPARE(eventOf(libicalEvents, m_wholeDay).description, AwkwardNotes);
    }

    void writeFailureIsReported()
    {
        QByteArray bytes;
        QBuffer readOnly(&bytes);
        readOnly.open(QIODevice::ReadOnly);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        const QString error = IcsExporter(*m_workspace).write(readOnly, QDate(2026, 1, 1), QDate(2026, 12, 31));
        QVERIFY(error.startsWith(u"Writing the export failed: "_s));
    }
};

QTEST_GUILESS_MAIN(TestIcsExporter)
#include "tst_icsexporter.moc"
