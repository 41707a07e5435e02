#include "storagetestsupport.h"

#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/journalreplay.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

// One edit that creates, changes and deletes records, taken back and made again from its journal.
class TestJournalReplay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Clinician m_ada;
    Shift m_shift;
    Team m_team;
    QList<JournalEntry> m_edit;

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
        Workspace &ws = *m_workspace;
        m_ada = clinician(u"Ada Obi"_s);
        QVERIFY(ClinicianRepository(ws).create(m_ada).ok());
        ShiftType day = dayShiftType();
        QVERIFY(ShiftTypeRepository(ws).create(day).ok());
        m_shift = shift(m_ada.id, day.id, QDate(2026, 12, 1));
        QVERIFY(ShiftRepository(ws).create(m_shift).ok());
        m_shift = *ShiftRepository(ws).get(m_shift.id);
        m_ada = *ClinicianRepository(ws).get(m_ada.id);

        const qint64 before = Journal(ws).lastId();
        {
            Transaction transaction(ws);
            m_team.name = u"Surgery"_s;
            QVERIFY(TeamRepository(ws).create(m_team).ok());
            Clinician moved = m_ada;
            moved.team_id = m_team.id;
            moved.grade = u"Consultant"_s;
            QVERIFY(ClinicianRepository(ws).update(moved).ok());
            QVERIFY(ShiftRepository(ws).remove(m_shift.id).ok());
            QVERIFY(transaction.commit().ok());
        }
        m_edit = Journal(ws).entries(before);
        QCOMPARE(m_edit.size(), 3);
    }

    void cleanup() { m_workspace.reset(); }

    void revertPutsEveryRecordBack()
    {
        Workspace &ws = *m_workspace;
        const qint64 journalBefore = Journal(ws).lastId();
        QVERIFY(JournalReplay(ws).revert(m_edit).ok());
        QVERIFY(!TeamRepository(ws).get(m_team.id));
        QCOMPARE(ClinicianRepository(ws).get(m_ada.id)->team_id, std::nullopt);
        QCOMPARE(ClinicianRepository(ws).get(m_ada.id)->grade, m_ada.grade);
        QCOMPARE(ShiftRepository(ws).get(m_shift.id), std::optional<Shift>(m_shift)); // under its old id
        // Journaled as one batch, newest first undone first: shift back, clinician back, team gone.
        const QList<JournalEntry> replayed = Journal(ws).entries(journalBefore);
        QCOMPARE(replayed.size(), 3);
        QCOMPARE(replayed.at(0).operation, u"create"_s);
        QCOMPARE(replayed.at(1).operation, u"update"_s);
        QCOMPARE(replayed.at(2).operation, u"delete"_s);
        QCOMPARE(replayed.at(0).batch_id, replayed.at(2).batch_id);
    }

    void reapplyMakesTheEditAgain()
    {
        Workspace &ws = *m_workspace;
        QVERIFY(JournalReplay(ws).revert(m_edit).ok());
        QVERIFY(JournalReplay(ws).reapply(m_edit).ok());
        QCOMPARE(TeamRepository(ws).get(m_team.id)->name, u"Surgery"_s);
        QCOMPARE(ClinicianRepository(ws).get(m_ada.id)->team_id, std::optional<qint64>(m_team.id));
        QVERIFY(!ShiftRepository(ws).get(m_shift.id));
    }

    void recordChangedSinceIsNotOverwritten()
    {
        Workspace &ws = *m_workspace;
        Clinician changed = *ClinicianRepository(ws).get(m_ada.id);
        changed.email = u"ada@example.org"_s;
        QVERIFY(ClinicianRepository(ws).update(changed).ok());
        const qint64 journalBefore = Journal(ws).count();
        const StorageError error = JournalReplay(ws).revert(m_edit);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QVERIFY2(error.message.contains(u"clinician"_s), qPrintable(error.message));
        // Nothing of the revert happened, not even the records before the conflicting one.
        QVERIFY(!ShiftRepository(ws).get(m_shift.id));
        QVERIFY(TeamRepository(ws).get(m_team.id));
        QCOMPARE(ClinicianRepository(ws).get(m_ada.id)->email, u"ada@example.org"_s);
        QCOMPARE(Journal(ws).count(), journalBefore);
    }
};

QTEST_GUILESS_MAIN(TestJournalReplay)
#include "tst_journalreplay.moc"
