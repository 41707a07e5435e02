#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"
#include "storage/workspacechecker.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspaceChecker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<qint64> m_shiftIds;
    qint64 m_clinicianId = 0;
    qint64 m_termId = 0;
    int m_files = 0;

    // Changes a stored row behind the repositories' back, as a damaged file or another program
    // would; foreign keys are off so that dangling references can be made too.
    bool corrupt(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_workspace->database());
        query.exec(u"PRAGMA foreign_keys = OFF"_s);
        bool ok = query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = ok && query.exec();
        query.exec(u"PRAGMA foreign_keys = ON"_s);
        return ok;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        StorageError error;
        const QString path = m_dir.filePath(u"%1.rota"_s.arg(++m_files));
        m_workspace = Workspace::open(path, Workspace::OpenMode::CreateNew, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
        m_workspace->setClock([] { return QDateTime(QDate(2026, 3, 18), QTime(7, 30), Qt::UTC); });

        Team team;
        team.name = u"Acute Medicine"_s;
        QVERIFY(TeamRepository(*m_workspace).create(team).ok());
        Clinician clinician;
        clinician.name = u"Ngozi Okonkwo"_s;
        clinician.team_id = team.id;
        QVERIFY(ClinicianRepository(*m_workspace).create(clinician).ok());
        m_clinicianId = clinician.id;
        WorkingTerm term;
        term.clinician_id = clinician.id;
        term.start_date = QDate(2025, 8, 6);
        term.end_date = QDate(2026, 12, 31);
        term.percentage = 80;
        term.cannot_work_days = WeekdaySet::fromList({5});
        QVERIFY(WorkingTermRepository(*m_workspace).create(term).ok());
        m_termId = term.id;
        ShiftType day;
        day.code = u"D"_s;
        day.name = u"Day"_s;
        day.colour = u"#56B4E9"_s;
        day.start_time = QTime(8, 0);
        day.end_time = QTime(17, 0);
        day.duration_minutes = 540;
        QVERIFY(ShiftTypeRepository(*m_workspace).create(day).ok());

        m_shiftIds.clear();
        ShiftRepository shifts(*m_workspace);
        for (int i = 0; i < 10; ++i) {
            Shift shift;
            shift.clinician_id = clinician.id;
            shift.shift_type_id = day.id;
            QVERIFY(shift.setLocalTimes(QDate(2026, 3, 2).addDays(i), day.start_time, day.end_time, "Europe/London").isEmpty());
            const StorageError created = shifts.create(shift);
            QVERIFY2(created.ok(), qPrintable(created.message));
            m_shiftIds.append(shift.id);
        }
    }

    void cleanup() { m_workspace.reset(); }

    void soundWorkspaceHasNoProblems()
    {
        WorkspaceChecker checker(*m_workspace);
        const auto problems = checker.run();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.constFirst().toString()));
        QCOMPARE(checker.recordsChecked(), 14);
    }

    void brokenFieldIsNamed_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("zero duration") << u"shifts"_s << u"duration_minutes"_s << QVariant(0);
        QTest::newRow("unknown status") << u"shifts"_s << u"status"_s << QVariant(u"lost"_s);
        QTest::newRow("boolean out of range") << u"shifts"_s << u"is_pinned"_s << QVariant(7);
        QTest::newRow("empty name") << u"clinicians"_s << u"name"_s << QVariant(u""_s);
        QTest::newRow("percentage above 100") << u"working_terms"_s << u"percentage"_s << QVariant(150.0);
        QTest::newRow("weekday set not a list") << u"working_terms"_s << u"cannot_work_days"_s << QVariant(u"Friday"_s);
        QTest::newRow("colour not a colour") << u"shift_types"_s << u"colour"_s << QVariant(u"blue"_s);
    }

    void brokenFieldIsNamed()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QSqlQuery query(m_workspace->database());
        QVERIFY(query.exec(u"SELECT MAX(id) FROM "_s + table) && query.next());
        const qint64 id = query.value(0).toLongLong();
        QVERIFY(corrupt(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(table, column), {value, id}));

        const auto problems = WorkspaceChecker(*m_workspace).run();
        QVERIFY(!problems.isEmpty());
        const bool named = std::any_of(problems.cbegin(), problems.cend(), [&](const WorkspaceChecker::Problem &p) {
            return p.table == table && p.id == id && p.field == column && !p.message.isEmpty();
        });
        QVERIFY2(named, qPrintable(problems.constFirst().toString()));
        QVERIFY(problems.constFirst().toString().startsWith(u"%1 #%2 "_s.arg(table).arg(id)));
    }

    void danglingReferenceIsNamed()
    {
        QVERIFY(corrupt(u"UPDATE shifts SET clinician_id = ? WHERE id = ?"_s, {999, m_shiftIds.at(3)}));
        const auto problems = WorkspaceChecker(*m_workspace).run();
        const bool named = std::any_of(problems.cbegin(), problems.cend(), [&](const WorkspaceChecker::Problem &p) {
            return p.table == u"shifts"_s && p.id == m_shiftIds.at(3) && p.field == u"clinician_id"_s
                && p.message.contains(u"clinicians #999"_s);
        });
        QVERIFY(named);
    }

    void overlappingTermsAreFound()
    {
        WorkingTerm later;
        later.clinician_id = m_clinicianId;
        later.start_date = QDate(2027, 1, 1);
        QVERIFY(WorkingTermRepository(*m_workspace).create(later).ok());
        QVERIFY(WorkspaceChecker(*m_workspace).run().isEmpty());
        QVERIFY(corrupt(u"UPDATE working_terms SET start_date = ? WHERE id = ?"_s, {u"2026-12-01"_s, later.id}));
        const auto problems = WorkspaceChecker(*m_workspace).run();
        const bool named = std::any_of(problems.cbegin(), problems.cend(), [&](const WorkspaceChecker::Problem &p) {
            return p.table == u"working_terms"_s && p.id == later.id && p.message.contains(u"#%1"_s.arg(m_termId));
        });
        QVERIFY(named);
    }

    void readsInPagesToTheEnd()
    {
        QVERIFY(corrupt(u"UPDATE shifts SET duration_minutes = 0 WHERE id = ?"_s, {m_shiftIds.constLast()}));
        WorkspaceChecker checker(*m_workspace);
        checker.setPageSize(3);
        const auto problems = checker.run();
        QCOMPARE(checker.recordsChecked(), 14);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().id, m_shiftIds.constLast());
    }

    void problemsBeyondTheLimitAreCounted()
    {
        for (const qint64 id : std::as_const(m_shiftIds))
            QVERIFY(corrupt(u"UPDATE shifts SET status = ? WHERE id = ?"_s, {u"lost"_s, id}));
        WorkspaceChecker checker(*m_workspace);
        checker.setProblemLimit(4);
        QCOMPARE(checker.run().size(), 4);
        QCOMPARE(checker.problemCount(), 10);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceChecker)
#include "tst_workspacechecker.moc"
