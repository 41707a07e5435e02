#include "storagetestsupport.h"

#include "storage/clinicianrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftfilter.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/sqlitestatement.h"
#include "storage/teamrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace StorageTest;

// Five shifts in Europe/London: #1 Ada 08:00-12:00 (4 h) on 1 Dec 2026; #2 Ada 08:00-16:00 (8 h) on
// 2 Dec; #3 open 20:00-08:00 (12 h) on 3 Dec with claim code; #4 Ben 08:00-16:00 on 4 Dec, cancelled;
// #5 open 09:00-17:00 on 5 Dec on the Shop rota of the Volunteers team.
class TestShiftFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<qint64> m_ids;

    // The numbers (1-5) of the shifts meeting the conditions.
    QList<int> matching(const QStringList &conditions)
    {
        QString error;
        const std::optional<ShiftFilter> filter = ShiftFilter::parse(*m_workspace, conditions, &error);
        if (!filter) {
            qWarning("%s", qPrintable(error));
            return {-1};
        }
        const QByteArray sql = "SELECT s.id FROM shifts s JOIN shift_types t ON t.id = s.shift_type_id WHERE " + filter->sql(1) + " ORDER BY s.id";
        SqliteStatement statement(m_workspace->handle(), sql.constData());
        filter->bind(statement, 1);
        QList<int> found;
        while (statement.stepRow() == SQLITE_ROW)
            found << int(m_ids.indexOf(statement.columnInt(0))) + 1;
        statement.reset();
        return found;
    }

    QString errorOf(const QStringList &conditions)
    {
        QString error;
        return ShiftFilter::parse(*m_workspace, conditions, &error) ? QString() : error;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = openWorkspace(m_dir.filePath(u"filter.rota"_s));
        QVERIFY(m_workspace);
        QVERIFY(m_workspace->setSetting(u"time_zone"_s, u"Europe/London"_s).ok());
        ShiftType day = dayShiftType();
        QVERIFY(ShiftTypeRepository(*m_workspace).create(day).ok());
        ShiftType night = dayShiftType(u"N"_s);
        QVERIFY(ShiftTypeRepository(*m_workspace).create(night).ok());
        Team volunteers;
        volunteers.name = u"Volunteers"_s;
        QVERIFY(TeamRepository(*m_workspace).create(volunteers).ok());
        Rota shop;
        shop.name = u"Shop"_s;
        shop.team_id = volunteers.id;
        shop.start_date = QDate(2026, 11, 1);
        QVERIFY(RotaRepository(*m_workspace).create(shop).ok());
        Clinician ada = clinician(u"Ada"_s);
        Clinician ben = clinician(u"Ben"_s);
        QVERIFY(ClinicianRepository(*m_workspace).create(ada).ok());
        QVERIFY(ClinicianRepository(*m_workspace).create(ben).ok());
        QList<Shift> shifts{shift(ada.id, day.id, QDate(2026, 12, 1), QTime(8, 0), QTime(12, 0)),
                            shift(ada.id, day.id, QDate(2026, 12, 2), QTime(8, 0), QTime(16, 0)),
                            shift({}, night.id, QDate(2026, 12, 3), QTime(20, 0), QTime(8, 0)),
                            shift(ben.id, day.id, QDate(2026, 12, 4), QTime(8, 0), QTime(16, 0)),
                            shift({}, day.id, QDate(2026, 12, 5), QTime(9, 0), QTime(17, 0))};
        shifts[2].claim_code = u"K7Q2M3X9PA"_s;
        shifts[3].status = Shift::Status::Cancelled;
        shifts[4].rota_id = shop.id;
        for (Shift &s : shifts) {
            QVERIFY(ShiftRepository(*m_workspace).create(s).ok());
            m_ids << s.id;
        }
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void operatorsOnLengths_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("equal") << u"shift_length=8"_s << QList<int>{2, 4, 5};
        QTest::newRow("lt") << u"shift_length__lt=8"_s << QList<int>{1};
        QTest::newRow("lte") << u"shift_length__lte=8"_s << QList<int>{1, 2, 4, 5};
        QTest::newRow("gt") << u"shift_length__gt=8"_s << QList<int>{3};
        QTest::newRow("gte") << u"shift_length__gte=8"_s << QList<int>{2, 3, 4, 5};
        QTest::newRow("ne") << u"shift_length__ne=8"_s << QList<int>{1, 3};
        QTest::newRow("between excludes both ends") << u"shift_length__between=4,12"_s << QList<int>{2, 4, 5};
        QTest::newRow("ibetween includes both") << u"shift_length__ibetween=4,12"_s << QList<int>{1, 2, 3, 4, 5};
        QTest::newRow("lbetween includes the left") << u"shift_length__lbetween=4,12"_s << QList<int>{1, 2, 4, 5};
        QTest::newRow("rbetween includes the right") << u"shift_length__rbetween=4,12"_s << QList<int>{2, 3, 4, 5};
        QTest::newRow("half hours") << u"shift_length__gt=11.5"_s << QList<int>{3};
    }

    void operatorsOnLengths()
    {
        QFETCH(QString, condition);
        QFETCH(QList<int>, expected);
        QCOMPARE(matching({condition}), expected);
    }

    void datesTimesNamesAndFlags()
    {
        QCOMPARE(matching({u"date__ibetween=2026-12-02,2026-12-04"_s}), (QList<int>{2, 3, 4}));
        QCOMPARE(matching({u"date=2026-12-05"_s}), QList<int>{5});
        // Local times: 08:00 in London in December is 08:00 UTC; 09:00 is after it.
        QCOMPARE(matching({u"start_time__gt=2026-12-05T08:30"_s}), QList<int>{5});
        QCOMPARE(matching({u"start_time__lte=2026-12-01T08:00"_s}), QList<int>{1});
        QCOMPARE(matching({u"owner=ada"_s}), (QList<int>{1, 2}));
        QCOMPARE(matching({u"owner__ne=Ada"_s}), (QList<int>{3, 4, 5})); // open shifts too
        QCOMPARE(matching({u"open=true"_s}), (QList<int>{3, 5}));
        QCOMPARE(matching({u"open=0"_s}), (QList<int>{1, 2, 4}));
        QCOMPARE(matching({u"requires_code=True"_s}), QList<int>{3});
        QCOMPARE(matching({u"type=N"_s}), QList<int>{3});
        QCOMPARE(matching({u"rota=Shop"_s}), QList<int>{5});
        QCOMPARE(matching({u"department=Volunteers"_s}), QList<int>{5});
        QCOMPARE(matching({u"department__ne=Volunteers"_s}), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(matching({u"status=cancelled"_s}), QList<int>{4});
        // Several conditions must all hold.
        QCOMPARE(matching({u"open=true"_s, u"shift_length__lt=10"_s}), QList<int>{5});
    }

    void errorsNameTheProblem_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no value") << u"open"_s << u"FIELD=VALUE"_s;
        QTest::newRow("unknown field") << u"colour=red"_s << u"unknown field \"colour\""_s;
        QTest::newRow("unknown operator") << u"date__like=2026"_s << u"unknown operator \"__like\""_s;
        QTest::newRow("order on a name") << u"owner__gt=Ada"_s << u"owner can only be compared"_s;
        QTest::newRow("one value for between") << u"date__between=2026-12-01"_s << u"two values"_s;
        QTest::newRow("bad date") << u"date=2026-02-30"_s << u"\"2026-02-30\" is not a date"_s;
        QTest::newRow("bad time") << u"start_time__gt=2026-12-01 08:00"_s << u"not a date and time"_s;
        QTest::newRow("bad hours") << u"shift_length__gt=eight"_s << u"not a number of hours"_s;
        QTest::newRow("bad flag") << u"open=yes"_s << u"neither true nor false"_s;
        QTest::newRow("unknown clinician") << u"owner=Zed"_s << u"no owner \"Zed\""_s;
        QTest::newRow("unknown status") << u"status=done"_s << u"unknown status"_s;
    }

    void errorsNameTheProblem()
    {
        QFETCH(QString, condition);
        QFETCH(QString, mentions);
        const QString error = errorOf({u"open=true"_s, condition});
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.contains(condition), qPrintable(error));
    }

    // A value is always bound, never part of the SQL.
    void valuesAreBound()
    {
        QString error;
        const std::optional<ShiftFilter> filter = ShiftFilter::parse(*m_workspace, {u"date=2026-12-01"_s, u"owner__ne=Ada"_s}, &error);
        QVERIFY(filter);
        QVERIFY(!filter->sql(3).contains("2026"));
        QVERIFY(filter->sql(3).contains("?3"));
        QVERIFY(filter->sql(3).contains("?4"));
        QCOMPARE(filter->values().size(), 2);
        QVERIFY(!ShiftFilter::parse(*m_workspace, {u"owner=x' OR 1=1 --"_s}, &error));
    }
};

QTEST_GUILESS_MAIN(TestShiftFilter)
#include "tst_shiftfilter.moc"
