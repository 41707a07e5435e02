#include "app/clitestsupport.h"
#include "core/storage/storagetestsupport.h"

#include "storage/clinicianrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/timeslotrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::run;

// Drives "rotadesk-cli rota list|status" on a workspace with a volunteer shop's rota: on Mondays
// a 09:00-17:00 slot for 1 to 3 people (ideal 2) and an overnight slot 20:00-08:00 for exactly one;
// nothing on other days. Monday 30 November 2026 has one person on the day slot and nobody at night.
class TestCliRota : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_rota;

    static QJsonObject json(const Result &result)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rota = m_dir.filePath(u"shop.rota"_s);
        auto workspace = StorageTest::openWorkspace(m_rota);
        QVERIFY(workspace);
        ShiftType day = StorageTest::dayShiftType();
        QVERIFY(ShiftTypeRepository(*workspace).create(day).ok());
        Clinician ada = StorageTest::clinician(u"Ada Lovelace"_s);
        QVERIFY(ClinicianRepository(*workspace).create(ada).ok());
        ShiftPattern week;
        week.name = u"Shop week"_s;
        QVERIFY(ShiftPatternRepository(*workspace).create(week).ok());
        Timeslot daySlot;
        daySlot.shift_pattern_id = week.id;
        daySlot.weekday = 1;
        daySlot.start_time = QTime(9, 0);
        daySlot.end_time = QTime(17, 0);
        daySlot.shift_type_id = day.id;
        daySlot.minimum = 1;
        daySlot.ideal = 2;
        daySlot.maximum = 3;
        QVERIFY(TimeslotRepository(*workspace).create(daySlot).ok());
        Timeslot nightSlot = daySlot;
        nightSlot.id = 0;
        nightSlot.start_time = QTime(20, 0);
        nightSlot.end_time = QTime(8, 0);
        nightSlot.shift_type_id.reset();
        nightSlot.minimum = nightSlot.ideal = nightSlot.maximum = 1;
        QVERIFY(TimeslotRepository(*workspace).create(nightSlot).ok());
        Rota shop;
        shop.name = u"Shop"_s;
        shop.shift_pattern_id = week.id;
        shop.start_date = QDate(2026, 11, 1);
        QVERIFY(RotaRepository(*workspace).create(shop).ok());
        Rota old = shop;
        old.id = 0;
        old.name = u"Old shop"_s;
        old.archived = true;
        QVERIFY(RotaRepository(*workspace).create(old).ok());
        Shift shift = StorageTest::shift(ada.id, day.id, QDate(2026, 11, 30), QTime(9, 0), QTime(17, 0));
        shift.rota_id = shop.id;
        shift.timeslot_id = daySlot.id;
        QVERIFY(ShiftRepository(*workspace).create(shift).ok());
    }

    void listLeavesArchivedRotasOut()
    {
        const Result listed = run({u"rota"_s, u"list"_s, m_rota});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(u"Shop\t\tShop week\t2026-11-01\t\tno"_s));
        QVERIFY(!listed.out.contains(u"Old shop"_s));
        const Result all = run({u"rota"_s, u"list"_s, m_rota, u"--archived"_s});
        QVERIFY(all.out.contains(u"Old shop\t\tShop week\t2026-11-01\t\tyes"_s));
    }

    void statusOfAMondayInAssemblesShape()
    {
        const Result result = run({u"rota"_s, u"status"_s, m_rota, u"--from"_s, u"2026-11-30"_s, u"--to"_s, u"2026-12-01"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject document = json(result);
        QCOMPARE(document.value(u"start_date"_s).toString(), u"2026-11-30"_s);
        QCOMPARE(document.value(u"end_date"_s).toString(), u"2026-12-01"_s);
        const QJsonArray dates = document.value(u"dates"_s).toArray();
        QCOMPARE(dates.size(), 2);
        const QJsonObject monday = dates.at(0).toObject();
        QCOMPARE(monday.value(u"date"_s).toString(), u"2026-11-30"_s);
        QCOMPARE(monday.value(u"below_minimum"_s).toBool(), true);
        QCOMPARE(monday.value(u"status"_s).toInt(), -2);
        QCOMPARE(monday.value(u"status_text"_s).toString(), u"below-minimum"_s);
        QCOMPARE(monday.value(u"closed"_s).toBool(), false);
        const QJsonArray hours = monday.value(u"hours"_s).toArray();
        QCOMPARE(hours.size(), 2);
        const QJsonObject dayHour = hours.at(0).toObject();
        QCOMPARE(dayHour.value(u"start_time"_s).toString(), u"2026-11-30 09:00:00"_s);
        QCOMPARE(dayHour.value(u"end_time"_s).toString(), u"2026-11-30 17:00:00"_s);
        QCOMPARE(dayHour.value(u"required"_s).toInt(), 2);
        QCOMPARE(dayHour.value(u"shift_count"_s).toInt(), 1);
        QCOMPARE(dayHour.value(u"status"_s).toInt(), -1);
        QCOMPARE(dayHour.value(u"status_text"_s).toString(), u"below-ideal"_s);
        QCOMPARE(dayHour.value(u"min"_s).toInt(), 1);
        QCOMPARE(dayHour.value(u"max"_s).toInt(), 3);
        const QJsonObject nightHour = hours.at(1).toObject();
        QCOMPARE(nightHour.value(u"end_time"_s).toString(), u"2026-12-01 08:00:00"_s);
        QCOMPARE(nightHour.value(u"status_text"_s).toString(), u"below-minimum"_s);
        const QJsonObject pattern = monday.value(u"shift_patterns"_s).toArray().at(1).toObject();
        QCOMPARE(pattern.value(u"weekday_start"_s).toString(), u"monday"_s);
        QCOMPARE(pattern.value(u"weekday_end"_s).toString(), u"tuesday"_s);
        QCOMPARE(pattern.value(u"start_time"_s).toString(), u"20:00:00"_s);

        const QJsonObject tuesday = dates.at(1).toObject();
        QCOMPARE(tuesday.value(u"closed"_s).toBool(), true);
        QVERIFY(tuesday.value(u"status"_s).isNull());
        QVERIFY(tuesday.value(u"hours"_s).toArray().isEmpty());
    }

    void detailedListsEachRotaWithItsShifts()
    {
        const Result result = run({u"rota"_s, u"status"_s, m_rota, u"--from"_s, u"2026-11-30"_s, u"--to"_s, u"2026-11-30"_s,
                                   u"--rota"_s, u"old shop"_s, u"--rota"_s, u"Shop"_s, u"--detailed"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray rotas = json(result).value(u"dates"_s).toArray().at(0).toObject().value(u"rotas"_s).toArray();
        QCOMPARE(rotas.size(), 2); // an archived rota counts when named
        QCOMPARE(rotas.at(0).toObject().value(u"name"_s).toString(), u"Old shop"_s);
        QVERIFY(rotas.at(0).toObject().value(u"shifts"_s).toArray().isEmpty());
        const QJsonObject shop = rotas.at(1).toObject();
        QCOMPARE(shop.value(u"status_text"_s).toString(), u"below-minimum"_s);
        const QJsonArray shifts = shop.value(u"shifts"_s).toArray();
        QCOMPARE(shifts.size(), 1);
        const QJsonObject shift = shifts.at(0).toObject();
        QCOMPARE(shift.value(u"user"_s).toObject().value(u"display_name"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(shift.value(u"start_time"_s).toString(), u"2026-11-30 09:00"_s);
        QCOMPARE(shift.value(u"overnight_shift"_s).toBool(), false);
        QCOMPARE(shop.value(u"hours"_s).toArray().size(), 2);
    }

    void errors()
    {
        const Result unknown = run({u"rota"_s, u"status"_s, m_rota, u"--rota"_s, u"Cafe"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"Cafe"_s));
        QVERIFY(unknown.out.isEmpty());
        const Result badDate = run({u"rota"_s, u"status"_s, m_rota, u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-03-01"_s});
        QCOMPARE(badDate.exitCode, 2);
        const Result oneEnd = run({u"rota"_s, u"status"_s, m_rota, u"--from"_s, u"2026-11-30"_s});
        QCOMPARE(oneEnd.exitCode, 2);
        QCOMPARE(run({u"rota"_s, u"rename"_s, m_rota}).exitCode, 2);
        QCOMPARE(run({u"rota"_s, u"list"_s, m_dir.filePath(u"missing.rota"_s)}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRota)
#include "tst_clirota.moc"
