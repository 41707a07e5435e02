#include "app/clitestsupport.h"
#include "core/storage/storagetestsupport.h"

#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::run;

// Drives "rotadesk-cli swap" on a workspace (time zone Europe/London by default) where Ada works
// days 08:00-16:00 on Monday 7 and Tuesday 8 December 2026, Ben is free and Dee is on leave on
// Monday.
class TestCliSwap : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_rota;
    qint64 m_monday = 0;

    static QJsonArray json(const Result &result) { return QJsonDocument::fromJson(result.out.toUtf8()).array(); }

    std::optional<qint64> ownerOf(qint64 shiftId)
    {
        auto workspace = StorageTest::openWorkspace(m_rota, Workspace::OpenMode::OpenExisting);
        return ShiftRepository(*workspace).get(shiftId)->clinician_id;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_rota = m_dir.filePath(StorageTest::testFileName());
        auto workspace = StorageTest::openWorkspace(m_rota);
        QVERIFY(workspace);
        QVERIFY(workspace->setSetting(u"time_zone"_s, u"Europe/London"_s).ok());
        ShiftType day = StorageTest::dayShiftType();
        QVERIFY(ShiftTypeRepository(*workspace).create(day).ok());
        QHash<QString, qint64> people;
        for (const QString &name : {u"Ada"_s, u"Ben"_s, u"Dee"_s}) {
            Clinician person = StorageTest::clinician(name);
            QVERIFY(ClinicianRepository(*workspace).create(person).ok());
            people.insert(name, person.id);
        }
        for (int d = 0; d < 2; ++d) {
            Shift shift = StorageTest::shift(people[u"Ada"_s], day.id, QDate(2026, 12, 7 + d));
            QVERIFY(ShiftRepository(*workspace).create(shift).ok());
            if (d == 0)
                m_monday = shift.id;
        }
        LeaveRequest leave;
        leave.clinician_id = people[u"Dee"_s];
        leave.start_date = leave.end_date = QDate(2026, 12, 7);
        leave.status = LeaveRequest::Status::Approved;
        leave.processed_at = u"2026-11-20T09:00:00Z"_s;
        QVERIFY(LeaveRequestRepository(*workspace).create(leave).ok());
    }

    void createListAndTake()
    {
        const Result created = run({u"swap"_s, u"create"_s, m_rota, u"--clinician"_s, u"Ada"_s, u"--shift"_s, QString::number(m_monday),
                                    u"--description"_s, u"Wedding"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY(created.out.contains(u"Swap request 1 created."_s));
        const QJsonArray listed = json(run({u"swap"_s, u"list"_s, m_rota, u"--open"_s, u"--json"_s}));
        QCOMPARE(listed.size(), 1);
        const QJsonObject swap = listed.at(0).toObject();
        QCOMPARE(swap.value(u"beneficiary"_s).toString(), u"Ada"_s);
        QCOMPARE(swap.value(u"swap_start"_s).toString(), u"2026-12-07 08:00"_s);
        QCOMPARE(swap.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(swap.value(u"description"_s).toString(), u"Wedding"_s);

        const Result refused = run({u"swap"_s, u"take"_s, m_rota, u"1"_s, u"--clinician"_s, u"Dee"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"Dee cannot take this swap"_s), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"leave"_s, Qt::CaseInsensitive));
        QCOMPARE(ownerOf(m_monday), ownerOf(m_monday + 1));

        const Result taken = run({u"swap"_s, u"take"_s, m_rota, u"1"_s, u"--clinician"_s, u"Ben"_s});
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
        QVERIFY(taken.out.contains(u"Swap request 1 taken by Ben"_s));
        QVERIFY(ownerOf(m_monday) != ownerOf(m_monday + 1));
        QVERIFY(json(run({u"swap"_s, u"list"_s, m_rota, u"--open"_s, u"--json"_s})).isEmpty());
        const QJsonArray byBen = json(run({u"swap"_s, u"list"_s, m_rota, u"--benefactor"_s, u"Ben"_s, u"--json"_s}));
        QCOMPARE(byBen.size(), 1);
        QCOMPARE(byBen.at(0).toObject().value(u"status"_s).toString(), u"taken"_s);
        QCOMPARE(run({u"swap"_s, u"delete"_s, m_rota, u"1"_s}).exitCode, 1);
    }

    void aTimeRangeAndItsDeletion()
    {
        const Result created = run({u"swap"_s, u"create"_s, m_rota, u"--clinician"_s, u"Ada"_s, u"--from"_s, u"2026-12-07T00:00"_s,
                                    u"--to"_s, u"2026-12-09T00:00"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const Result table = run({u"swap"_s, u"list"_s, m_rota, u"--after"_s, u"2026-12-06"_s});
        QVERIFY(table.out.contains(u"1\t2026-12-07 00:00\t2026-12-09 00:00\tAda\topen"_s));
        QVERIFY(!run({u"swap"_s, u"list"_s, m_rota, u"--after"_s, u"2026-12-07"_s}).out.contains(u"Ada"_s));
        QCOMPARE(run({u"swap"_s, u"delete"_s, m_rota, u"1"_s}).exitCode, 0);
        QVERIFY(json(run({u"swap"_s, u"list"_s, m_rota, u"--json"_s})).isEmpty());
    }

    void errors()
    {
        QCOMPARE(run({u"swap"_s, u"create"_s, m_rota, u"--clinician"_s, u"Ada"_s}).exitCode, 2);
        QCOMPARE(run({u"swap"_s, u"create"_s, m_rota, u"--clinician"_s, u"Ada"_s, u"--from"_s, u"2026-12-07"_s, u"--to"_s,
                      u"2026-12-08T00:00"_s})
                     .exitCode,
                 2);
        const Result nothing = run({u"swap"_s, u"create"_s, m_rota, u"--clinician"_s, u"Ben"_s, u"--from"_s, u"2026-12-07T00:00"_s,
                                    u"--to"_s, u"2026-12-08T00:00"_s});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(nothing.err.contains(u"nothing to swap"_s));
        QCOMPARE(run({u"swap"_s, u"take"_s, m_rota, u"x"_s, u"--clinician"_s, u"Ben"_s}).exitCode, 2);
        QCOMPARE(run({u"swap"_s, u"take"_s, m_rota, u"7"_s, u"--clinician"_s, u"Ben"_s}).exitCode, 1);
        QCOMPARE(run({u"swap"_s, u"list"_s, m_rota, u"--beneficiary"_s, u"Zed"_s}).exitCode, 1);
        QCOMPARE(run({u"swap"_s, u"swop"_s, m_rota}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSwap)
#include "tst_cliswap.moc"
