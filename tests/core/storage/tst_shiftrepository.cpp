#include "storagetestsupport.h"

#include "storage/cachedquery.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

class TestShiftRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_ada = 0;
    qint64 m_ben = 0;
    qint64 m_type = 0;

    qint64 add(std::optional<qint64> clinicianId, QDate date, QTime start = QTime(8, 0), QTime end = QTime(16, 0))
    {
        Shift record = shift(clinicianId, m_type, date, start, end);
        const StorageError error = ShiftRepository(*m_workspace).create(record);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return record.id;
    }

    static QList<qint64> ids(const QList<Shift> &shifts)
    {
        QList<qint64> result;
        for (const Shift &record : shifts)
            result << record.id;
        return result;
    }

    // The SQL the repository runs for `query`, as SQLite saw it.
    QString statementOf(const std::function<void()> &query)
    {
        const StatementTrace trace(m_workspace->handle());
        query();
        return trace.statements().value(0);
    }

    QString queryPlan(const QString &sql, const QVariantList &values)
    {
        QStringList steps;
        CachedQuery plan(*m_workspace, u"EXPLAIN QUERY PLAN "_s + sql, values);
        while (plan.next())
            steps << plan.value(3).toString();
        return steps.join(u"; "_s);
    }

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
        Clinician ada = clinician(u"Ada Obi"_s);
        Clinician ben = clinician(u"Ben Carr"_s);
        ShiftType type = dayShiftType();
        QVERIFY(ClinicianRepository(*m_workspace).create(ada).ok());
        QVERIFY(ClinicianRepository(*m_workspace).create(ben).ok());
        QVERIFY(ShiftTypeRepository(*m_workspace).create(type).ok());
        m_ada = ada.id;
        m_ben = ben.id;
        m_type = type.id;
    }

    void cleanup() { m_workspace.reset(); }

    void windowIncludesBothEnds()
    {
        add(m_ada, QDate(2026, 11, 30));
        const qint64 first = add(m_ada, QDate(2026, 12, 1));
        const qint64 last = add(m_ada, QDate(2026, 12, 7));
        add(m_ada, QDate(2026, 12, 8));
        ShiftRepository shifts(*m_workspace);
        QCOMPARE(ids(shifts.inWindow(QDate(2026, 12, 1), QDate(2026, 12, 7))), (QList<qint64>{first, last}));
        QCOMPARE(shifts.countInWindow(QDate(2026, 12, 1), QDate(2026, 12, 7)), 2);
        QCOMPARE(ids(shifts.inWindow(QDate(2026, 12, 7), QDate(2026, 12, 7))), QList<qint64>{last});
        QVERIFY(shifts.inWindow(QDate(2026, 12, 2), QDate(2026, 12, 6)).isEmpty());
        QCOMPARE(shifts.countInWindow(QDate(2026, 12, 2), QDate(2026, 12, 6)), 0);
    }

    // An overnight shift belongs to the date it starts on.
    void overnightShiftCountsOnItsStartDate()
    {
        const qint64 night = add(m_ada, QDate(2026, 12, 31), QTime(20, 0), QTime(8, 0));
        ShiftRepository shifts(*m_workspace);
        QCOMPARE(ids(shifts.inWindow(QDate(2026, 12, 31), QDate(2026, 12, 31))), QList<qint64>{night});
        QVERIFY(shifts.inWindow(QDate(2027, 1, 1), QDate(2027, 1, 1)).isEmpty());
    }

    void orderedByDateClinicianAndStart()
    {
        const qint64 benLate = add(m_ben, QDate(2026, 12, 1), QTime(12, 0), QTime(20, 0));
        const qint64 adaSecondDay = add(m_ada, QDate(2026, 12, 2));
        const qint64 benEarly = add(m_ben, QDate(2026, 12, 1), QTime(7, 0), QTime(11, 0));
        const qint64 adaFirstDay = add(m_ada, QDate(2026, 12, 1));
        const qint64 open = add(std::nullopt, QDate(2026, 12, 1));
        ShiftRepository shifts(*m_workspace);
        QCOMPARE(ids(shifts.inWindow(QDate(2026, 12, 1), QDate(2026, 12, 2))),
                 (QList<qint64>{open, adaFirstDay, benEarly, benLate, adaSecondDay}));
        QCOMPARE(ids(shifts.inWindow(QDate(2026, 12, 1), QDate(2026, 12, 2), m_ben)), (QList<qint64>{benEarly, benLate}));
        QCOMPARE(ids(shifts.inWindow(QDate(2026, 12, 1), QDate(2026, 12, 2), m_ada)), (QList<qint64>{adaFirstDay, adaSecondDay}));
    }

    // The window read takes its own path from SQLite to the shift; it must give what get() gives.
    void windowReadGivesEveryField()
    {
        Shift full = shift(m_ada, m_type, QDate(2026, 10, 24), QTime(20, 0), QTime(8, 0));
        QVERIFY(full.setLocalTimes(QDate(2026, 10, 24), QTime(20, 0), QTime(8, 0), "Europe/London").isEmpty());
        full.server_id = 9001;
        full.status = Shift::Status::NeedsReassignment;
        full.is_pinned = true;
        full.counts_as_worked = false;
        full.counts_toward_minimum = false;
        full.claim_code = u"NIGHT-7"_s;
        full.notes = u"Handover, bleep 4021; café\nsecond line"_s;
        ShiftRepository shifts(*m_workspace);
        QVERIFY(shifts.create(full).ok());
        full.notes += u" (changed)"_s;
        QVERIFY(shifts.update(full).ok());
        Shift whole = shift(std::nullopt, m_type, QDate(2026, 10, 25));
        whole.setWholeDay(QDate(2026, 10, 25), "America/Denver", 480);
        QVERIFY(shifts.create(whole).ok());

        const QList<Shift> window = shifts.inWindow(QDate(2026, 10, 24), QDate(2026, 10, 25));
        QCOMPARE(window.size(), 2);
        QCOMPARE(window.at(0), *shifts.get(full.id));
        QCOMPARE(window.at(1), *shifts.get(whole.id));
        QVERIFY(!window.at(0).modified_at.isEmpty());
        QCOMPARE(window.at(0).duration_minutes, 13 * 60);
    }

    void pinningIsJournaled()
    {
        const qint64 id = add(m_ada, QDate(2026, 12, 1));
        ShiftRepository shifts(*m_workspace);
        Journal journal(*m_workspace);
        QVERIFY(shifts.setPinned(id, true).ok());
        QVERIFY(shifts.get(id)->is_pinned);
        JournalEntry entry = journal.entries(journal.lastId() - 1).constFirst();
        QCOMPARE(entry.operation, u"pin"_s);
        QCOMPARE(entry.record_type, u"shift"_s);
        QCOMPARE(entry.local_id, id);
        QCOMPARE(entry.before.value(u"is_pinned"_s), QJsonValue(false));
        QCOMPARE(entry.after.value(u"is_pinned"_s), QJsonValue(true));

        QVERIFY(shifts.setPinned(id, false).ok());
        QVERIFY(!shifts.get(id)->is_pinned);
        entry = journal.entries(journal.lastId() - 1).constFirst();
        QCOMPARE(entry.operation, u"unpin"_s);
        QCOMPARE(entry.before.value(u"is_pinned"_s), QJsonValue(true));
        QCOMPARE(entry.after.value(u"is_pinned"_s), QJsonValue(false));

        const StorageError missing = shifts.setPinned(9999, true);
        QCOMPARE(missing.kind, StorageError::Kind::NotFound);
        QCOMPARE(journal.lastId(), entry.id);
    }

    void bulkInsertRunsInTheCallersTransaction()
    {
        QList<Shift> batch{shift(m_ada, m_type, QDate(2026, 12, 1)), shift(m_ben, m_type, QDate(2026, 12, 2))};
        ShiftRepository shifts(*m_workspace);
        {
            Transaction transaction(*m_workspace);
            QVERIFY(shifts.insertBulk(batch).ok());
            QVERIFY(batch.at(0).id > 0 && batch.at(1).id > batch.at(0).id);
            QCOMPARE(shifts.get(batch.at(1).id)->clinician_id, m_ben);
        }
        QCOMPARE(shifts.count(), 0);

        QList<Shift> invalid{shift(m_ada, m_type, QDate(2026, 12, 1)), shift(m_ada, 0, QDate(2026, 12, 2))};
        Transaction transaction(*m_workspace);
        const StorageError error = shifts.insertBulk(invalid);
        QCOMPARE(error.kind, StorageError::Kind::Validation);
        QCOMPARE(error.fieldErrors.value(0).field, u"shift_type_id"_s);
    }

    // The window queries are answered from the date indexes, not by reading every shift.
    void windowQueriesUseTheIndexes()
    {
        for (int day = 0; day < 40; ++day)
            add(day % 2 ? m_ada : m_ben, QDate(2026, 11, 1).addDays(day));
        ShiftRepository shifts(*m_workspace);
        const QDate from(2026, 11, 10);
        const QDate to(2026, 11, 16);
        const QVariantList window{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};

        const QString all = statementOf([&] { shifts.inWindow(from, to); });
        QVERIFY2(all.startsWith(u"SELECT"_s), qPrintable(all));
        QString plan = queryPlan(all, window);
        QVERIFY2(plan.contains(u"USING INDEX shifts_date (date>? AND date<?)"_s), qPrintable(plan));

        const QString counted = statementOf([&] { shifts.countInWindow(from, to); });
        plan = queryPlan(counted, window);
        QVERIFY2(plan.contains(u"USING COVERING INDEX shifts_date (date>? AND date<?)"_s), qPrintable(plan));

        const QString oneClinician = statementOf([&] { shifts.inWindow(from, to, m_ada); });
        plan = queryPlan(oneClinician, window + QVariantList{m_ada});
        QVERIFY2(plan.contains(u"USING INDEX shifts_clinician_date (clinician_id=? AND date>? AND date<?)"_s), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestShiftRepository)
#include "tst_shiftrepository.moc"
