#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShiftRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_anna = 0;
    qint64 m_ben = 0;
    qint64 m_night = 0;

    qint64 addShift(qint64 clinician, QDate date, QTime start, QTime end)
    {
        Shift shift;
        shift.clinician_id = clinician;
        shift.shift_type_id = m_night;
        if (!shift.setLocalTimes(date, start, end, "Europe/London").isEmpty())
            return 0;
        return ShiftRepository(*m_workspace).create(shift).ok() ? shift.id : 0;
    }

    QString queryPlan(const QString &sql)
    {
        QSqlQuery query(m_workspace->database());
        query.exec(u"EXPLAIN QUERY PLAN "_s + sql);
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        return plan.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        StorageError error;
        m_workspace = Workspace::open(m_dir.filePath(u"shifts.rota"_s), Workspace::OpenMode::CreateNew, &error);
        QVERIFY(m_workspace);
        for (auto [name, id] : {std::pair{u"Anna"_s, &m_anna}, std::pair{u"Ben"_s, &m_ben}}) {
            Clinician clinician;
            clinician.name = name;
            QVERIFY(ClinicianRepository(*m_workspace).create(clinician).ok());
            *id = clinician.id;
        }
        ShiftType night;
        night.code = u"N"_s;
        night.name = u"Night"_s;
        night.colour = u"#CC79A7"_s;
        night.duration_minutes = 720;
        QVERIFY(ShiftTypeRepository(*m_workspace).create(night).ok());
        m_night = night.id;
        QVERIFY(addShift(m_anna, QDate(2026, 3, 1), QTime(20, 0), QTime(8, 0)));
        QVERIFY(addShift(m_ben, QDate(2026, 3, 1), QTime(8, 0), QTime(20, 0)));
        QVERIFY(addShift(m_anna, QDate(2026, 3, 7), QTime(20, 0), QTime(8, 0)));
        QVERIFY(addShift(m_ben, QDate(2026, 3, 8), QTime(20, 0), QTime(8, 0)));
    }

    void windowIncludesBothEnds()
    {
        ShiftRepository shifts(*m_workspace);
        QCOMPARE(shifts.inWindow(QDate(2026, 3, 1), QDate(2026, 3, 7)).size(), 3);
        QCOMPARE(shifts.inWindow(QDate(2026, 3, 2), QDate(2026, 3, 6)).size(), 0);
        QCOMPARE(shifts.inWindow(QDate(2026, 3, 8), QDate(2026, 3, 8)).size(), 1);
        QCOMPARE(shifts.countInWindow(QDate(2026, 3, 1), QDate(2026, 3, 31)), 4);
        const QList<Shift> anna = shifts.inWindow(QDate(2026, 3, 1), QDate(2026, 3, 31), m_anna);
        QCOMPARE(anna.size(), 2);
        QVERIFY(anna[0].date < anna[1].date);
        // An overnight shift belongs to the day it starts on.
        QCOMPARE(anna[0].localEnd().date(), QDate(2026, 3, 2));
    }

    void windowQueriesUseTheIndexes()
    {
        QVERIFY(queryPlan(u"SELECT id FROM shifts WHERE date BETWEEN '2026-03-01' AND '2026-03-07'"_s).contains(u"shifts_date"_s));
        QVERIFY(queryPlan(u"SELECT id FROM shifts WHERE clinician_id = 1 AND date BETWEEN '2026-03-01' AND '2026-03-07'"_s)
                    .contains(u"shifts_clinician_date"_s));
    }

    void pinAndUnpinAreJournaledActions()
    {
        ShiftRepository shifts(*m_workspace);
        const qint64 id = shifts.inWindow(QDate(2026, 3, 1), QDate(2026, 3, 1)).constFirst().id;
        QVERIFY(shifts.setPinned(id, true).ok());
        QVERIFY(shifts.get(id)->is_pinned);
        JournalEntry last = Journal(*m_workspace).entries(Journal(*m_workspace).lastId() - 1).constLast();
        QCOMPARE(last.operation, u"pin"_s);
        QCOMPARE(last.local_id, id);
        QCOMPARE(last.before.value(u"is_pinned"_s).toBool(), false);
        QCOMPARE(last.after.value(u"is_pinned"_s).toBool(), true);
        QVERIFY(shifts.setPinned(id, false).ok());
        last = Journal(*m_workspace).entries(Journal(*m_workspace).lastId() - 1).constLast();
        QCOMPARE(last.operation, u"unpin"_s);
        QCOMPARE(shifts.setPinned(987654, true).kind, StorageError::Kind::NotFound);
    }

    void bulkInsertIsValidatedAndAllOrNothing()
    {
        ShiftRepository shifts(*m_workspace);
        const qint64 before = shifts.count();
        QList<Shift> batch(3);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            batch[i].clinician_id = m_ben;
            batch[i].shift_type_id = m_night;
            QVERIFY(batch[i].setLocalTimes(QDate(2026, 4, 1).addDays(i), QTime(20, 0), QTime(8, 0), "Europe/London").isEmpty());
        }
        batch[2].duration_minutes = 0;
        {
            Transaction transaction(*m_workspace);
            QCOMPARE(shifts.insertBulk(batch).kind, StorageError::Kind::Validation);
        }
        QCOMPARE(shifts.count(), before);
        batch[2].duration_minutes = 720;
        {
            Transaction transaction(*m_workspace);
            QVERIFY(shifts.insertBulk(batch).ok());
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(shifts.count(), before + 3);
        QVERIFY(batch[0].id > 0 && batch[1].id == batch[0].id + 1);
    }
};

QTEST_GUILESS_MAIN(TestShiftRepository)
#include "tst_shiftrepository.moc"
