#include "../storage/storagetestsupport.h"

#include "calendar/rotastatus.h"
#include "storage/clinicianrepository.h"
#include "storage/rotacloseddaterepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/timeslotrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

const QDate Monday(2026, 11, 30);

} // namespace

// A volunteer shop's rota for two weeks from Monday 30 November 2026: on Mondays a day slot
// (minimum 1, ideal 2, maximum 3) and a night slot 20:00-08:00 (1/1/1); on Tuesdays a day slot that
// needs exactly 2; no slots on Wednesdays; a day slot of 1/1/2 from Thursday to Sunday. Each day
// below is worked out by hand.
class TestRotaStatus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_day = 0;
    qint64 m_night = 0;
    QList<qint64> m_people;
    Rota m_shop;
    Rota m_cafe;
    qint64 m_mondayDay = 0;
    qint64 m_tuesdayDay = 0;
    QHash<int, qint64> m_laterDay; // weekday -> slot

    qint64 slot(qint64 pattern, int weekday, QTime start, QTime end, qint64 type, int minimum, int ideal, int maximum)
    {
        Timeslot timeslot;
        timeslot.shift_pattern_id = pattern;
        timeslot.weekday = weekday;
        timeslot.start_time = start;
        timeslot.end_time = end;
        timeslot.shift_type_id = type;
        timeslot.minimum = minimum;
        timeslot.ideal = ideal;
        timeslot.maximum = maximum;
        const StorageError error = TimeslotRepository(*m_workspace).create(timeslot);
        return error.ok() ? timeslot.id : 0;
    }

    void work(int person, QDate date, const Rota &rota, std::optional<qint64> timeslot, qint64 type,
              const std::function<void(Shift &)> &change = {})
    {
        Shift record = type == m_night ? shift(m_people.at(person), type, date, QTime(20, 0), QTime(8, 0))
                                       : shift(m_people.at(person), type, date, QTime(9, 0), QTime(17, 0));
        record.rota_id = rota.id;
        record.timeslot_id = timeslot;
        if (change)
            change(record);
        QVERIFY(ShiftRepository(*m_workspace).create(record).ok());
    }

    static std::optional<int> levelOf(const RotaStatus::Day &day)
    {
        const std::optional<TimeslotStatus::Level> level = day.level();
        return level ? std::optional<int>(int(*level)) : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = openWorkspace(m_dir.filePath(u"status.rota"_s));
        QVERIFY(m_workspace);
        ShiftType day = dayShiftType();
        QVERIFY(ShiftTypeRepository(*m_workspace).create(day).ok());
        ShiftType night = dayShiftType(u"N"_s);
        night.start_time = QTime(20, 0);
        night.end_time = QTime(8, 0);
        night.duration_minutes = 720;
        QVERIFY(ShiftTypeRepository(*m_workspace).create(night).ok());
        m_day = day.id;
        m_night = night.id;
        for (const QString &name : {u"Ada"_s, u"Ben"_s, u"Cai"_s, u"Dee"_s}) {
            Clinician person = clinician(name);
            QVERIFY(ClinicianRepository(*m_workspace).create(person).ok());
            m_people.append(person.id);
        }

        ShiftPattern shopWeek;
        shopWeek.name = u"Shop week"_s;
        QVERIFY(ShiftPatternRepository(*m_workspace).create(shopWeek).ok());
        m_mondayDay = slot(shopWeek.id, 1, QTime(9, 0), QTime(17, 0), m_day, 1, 2, 3);
        QVERIFY(slot(shopWeek.id, 1, QTime(20, 0), QTime(8, 0), m_night, 1, 1, 1) > 0);
        m_tuesdayDay = slot(shopWeek.id, 2, QTime(9, 0), QTime(17, 0), m_day, 2, 2, 2);
        for (int weekday = 4; weekday <= 7; ++weekday)
            m_laterDay.insert(weekday, slot(shopWeek.id, weekday, QTime(9, 0), QTime(17, 0), m_day, 1, 1, 2));
        m_shop.name = u"Shop"_s;
        m_shop.shift_pattern_id = shopWeek.id;
        m_shop.start_date = Monday;
        m_shop.end_date = Monday.addDays(13);
        QVERIFY(RotaRepository(*m_workspace).create(m_shop).ok());

        ShiftPattern cafeWeek;
        cafeWeek.name = u"Cafe week"_s;
        QVERIFY(ShiftPatternRepository(*m_workspace).create(cafeWeek).ok());
        for (int weekday = 1; weekday <= 7; ++weekday)
            QVERIFY(slot(cafeWeek.id, weekday, QTime(9, 0), QTime(17, 0), m_day, 1, 2, 2) > 0);
        m_cafe.name = u"Cafe"_s;
        m_cafe.shift_pattern_id = cafeWeek.id;
        m_cafe.start_date = Monday.addDays(-30);
        m_cafe.archived = true;
        QVERIFY(RotaRepository(*m_workspace).create(m_cafe).ok());

        // Monday: two on the day slot (ideal); a cancelled, an open and a non-counting shift do not
        // count; the night slot is filled by a night shift of the rota without a timeslot.
        work(0, Monday, m_shop, m_mondayDay, m_day);
        work(1, Monday, m_shop, m_mondayDay, m_day);
        work(2, Monday, m_shop, m_mondayDay, m_day, [](Shift &s) { s.status = Shift::Status::Cancelled; });
        work(2, Monday, m_shop, m_mondayDay, m_day, [](Shift &s) { s.clinician_id.reset(); });
        work(3, Monday, m_shop, m_mondayDay, m_day, [](Shift &s) { s.counts_toward_minimum = false; });
        work(3, Monday, m_shop, {}, m_night);
        // Tuesday: one of the two needed; the cafe's shift is not the shop's.
        work(0, Monday.addDays(1), m_shop, m_tuesdayDay, m_day);
        work(1, Monday.addDays(1), m_cafe, {}, m_day);
        // Wednesday has no slots: a shift there changes nothing.
        work(0, Monday.addDays(2), m_shop, {}, m_day);
        // Thursday at the maximum, Friday over it; Saturday nobody; Sunday closed.
        work(0, Monday.addDays(3), m_shop, m_laterDay[4], m_day);
        work(1, Monday.addDays(3), m_shop, m_laterDay[4], m_day);
        for (int person = 0; person < 3; ++person)
            work(person, Monday.addDays(4), m_shop, m_laterDay[5], m_day);
        work(0, Monday.addDays(6), m_shop, m_laterDay[7], m_day);
        RotaClosedDate fair;
        fair.rota_id = m_shop.id;
        fair.date = Monday.addDays(6);
        fair.reason = u"Christmas fair"_s;
        QVERIFY(RotaClosedDateRepository(*m_workspace).create(fair).ok());
        // The next Monday: one on the day slot (below ideal), two on the night slot of one (over).
        work(0, Monday.addDays(7), m_shop, m_mondayDay, m_day);
        work(1, Monday.addDays(7), m_shop, {}, m_night);
        work(2, Monday.addDays(7), m_shop, {}, m_night);
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void handWorkedDays()
    {
        const RotaStatus::Period period = RotaStatus::compute(*m_workspace, Monday.addDays(-1), Monday.addDays(14));
        QCOMPARE(period.rotas.size(), 1); // the archived cafe is left out
        const RotaStatus::RotaDays &shop = period.rotas.first();
        QCOMPARE(shop.rota.id, m_shop.id);
        QCOMPARE(shop.days.size(), 16);

        const RotaStatus::Day &sundayBefore = shop.days.at(0);
        QVERIFY(!sundayBefore.running);
        QCOMPARE(levelOf(sundayBefore), std::nullopt);

        const RotaStatus::Day &monday = shop.days.at(1);
        QVERIFY(monday.running && !monday.closed);
        QCOMPARE(monday.timeslots.size(), 2);
        QCOMPARE(monday.timeslots.at(0).count, 2);
        QCOMPARE(monday.timeslots.at(0).level, TimeslotStatus::Ideal);
        QCOMPARE(monday.timeslots.at(1).start, QTime(20, 0));
        QCOMPARE(monday.timeslots.at(1).count, 1);
        QCOMPARE(levelOf(monday), std::optional<int>(TimeslotStatus::Ideal));
        QVERIFY(!monday.belowMinimum());

        const RotaStatus::Day &tuesday = shop.days.at(2);
        QCOMPARE(tuesday.timeslots.at(0).count, 1);
        QCOMPARE(levelOf(tuesday), std::optional<int>(TimeslotStatus::BelowMinimum));
        QVERIFY(tuesday.belowMinimum());

        const RotaStatus::Day &wednesday = shop.days.at(3);
        QVERIFY(wednesday.running && wednesday.closed);
        QCOMPARE(levelOf(wednesday), std::nullopt);

        QCOMPARE(levelOf(shop.days.at(4)), std::optional<int>(TimeslotStatus::AtMaximum));
        QCOMPARE(levelOf(shop.days.at(5)), std::optional<int>(TimeslotStatus::OverMaximum));
        QCOMPARE(levelOf(shop.days.at(6)), std::optional<int>(TimeslotStatus::BelowMinimum));

        const RotaStatus::Day &sunday = shop.days.at(7);
        QVERIFY(sunday.closed);
        QCOMPARE(sunday.closedReason, u"Christmas fair"_s);
        QCOMPARE(levelOf(sunday), std::nullopt);

        const RotaStatus::Day &nextMonday = shop.days.at(8);
        QCOMPARE(nextMonday.timeslots.at(0).level, TimeslotStatus::BelowIdeal);
        QCOMPARE(nextMonday.timeslots.at(1).count, 2);
        QCOMPARE(nextMonday.timeslots.at(1).level, TimeslotStatus::OverMaximum);
        QCOMPARE(levelOf(nextMonday), std::optional<int>(TimeslotStatus::OverMaximum));

        // The rota ends on Sunday 13 December.
        QVERIFY(shop.days.at(14).running);
        QVERIFY(!shop.days.at(15).running);

        // With one rota, the summary is that rota's day.
        QCOMPARE(period.days.size(), 16);
        QVERIFY(period.days.at(0).closed);
        QCOMPARE(period.days.at(2).level, std::optional(TimeslotStatus::BelowMinimum));
        QVERIFY(period.days.at(2).belowMinimum);
        QCOMPARE(period.days.at(1).required, 3);
        QCOMPARE(period.days.at(1).count, 3);
        QVERIFY(period.days.at(7).closed);
    }

    // The archived cafe is shown when asked for; a day's summary is its most pressing rota.
    void severalRotasAreSummedUpByTheMostPressing()
    {
        const RotaStatus::Period period = RotaStatus::compute(*m_workspace, Monday, Monday.addDays(7), {}, true);
        QCOMPARE(period.rotas.size(), 2);
        QCOMPARE(period.rotas.at(0).rota.name, u"Cafe"_s);
        const RotaStatus::RotaDays &cafe = period.rotas.at(0);
        QCOMPARE(levelOf(cafe.days.at(0)), std::optional<int>(TimeslotStatus::BelowMinimum));
        QCOMPARE(cafe.days.at(1).timeslots.at(0).count, 1);
        QCOMPARE(levelOf(cafe.days.at(1)), std::optional<int>(TimeslotStatus::BelowIdeal));
        // Monday: shop ideal, cafe below minimum.
        QCOMPARE(period.days.at(0).level, std::optional(TimeslotStatus::BelowMinimum));
        // Thursday: shop at maximum, cafe below minimum; Wednesday: shop closed, cafe below minimum.
        QCOMPARE(period.days.at(2).level, std::optional(TimeslotStatus::BelowMinimum));
        QVERIFY(!period.days.at(2).closed);
        // Sunday: the shop is closed; the cafe (nobody) decides.
        QCOMPARE(period.days.at(6).level, std::optional(TimeslotStatus::BelowMinimum));
        QCOMPARE(period.days.at(6).required, 2);
    }

    void chosenRotasOnly()
    {
        const RotaStatus::Period byId = RotaStatus::compute(*m_workspace, Monday, Monday.addDays(6), {m_cafe.id});
        QCOMPARE(byId.rotas.size(), 1);
        QCOMPARE(byId.rotas.first().rota.id, m_cafe.id);
        QCOMPARE(byId.days.at(1).level, std::optional(TimeslotStatus::BelowIdeal));
        // A rota that does not run in the period is not listed.
        const RotaStatus::Period before = RotaStatus::compute(*m_workspace, Monday.addDays(-60), Monday.addDays(-40), {m_shop.id});
        QVERIFY(before.rotas.isEmpty());
        QCOMPARE(before.days.size(), 21);
        QVERIFY(before.days.first().closed);
    }

    void anEmptyOrReversedPeriodHasNoDays()
    {
        QVERIFY(RotaStatus::compute(*m_workspace, Monday, Monday.addDays(-1)).days.isEmpty());
        QVERIFY(RotaStatus::compute(*m_workspace, QDate(), Monday).days.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRotaStatus)
#include "tst_rotastatus.moc"
