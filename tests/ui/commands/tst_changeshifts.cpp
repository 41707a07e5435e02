#include "commands/changeshifts.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestChangeShifts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createUndoRedoKeepsTheId();
    void moveOnlyWritesTheChangedFields();
    void deleteUndoRestoresTheSameShift();
    void severalChangesAreOneTransactionAndOneStep();
    void refusedChangeWritesNothing();
    void pinChangeIsJournaledAsTheAction();

private:
    QTemporaryDir *m_dir = nullptr;
    WorkspaceSession *m_session = nullptr;
    ShiftType m_day;
    Clinician m_zoe;
    Clinician m_yan;
    ShiftRepository repository() const { return ShiftRepository(*m_session->workspace()); }
};

void TestChangeShifts::init()
{
    m_dir = new QTemporaryDir;
    m_session = new WorkspaceSession;
    openEmpty(*m_session, m_dir->filePath(u"c.rota"_s));
    Workspace &ws = *m_session->workspace();
    m_day = addType(ws, u"D"_s, u"Day"_s, u"#E69F00"_s, QTime(8, 0), QTime(16, 0), 480);
    m_zoe = addClinician(ws, u"Zoe Adeyemi"_s);
    m_yan = addClinician(ws, u"Yan Bell"_s);
}

void TestChangeShifts::cleanup()
{
    delete m_session;
    delete m_dir;
}

void TestChangeShifts::createUndoRedoKeepsTheId()
{
    Shift shift;
    shift.clinician_id = m_zoe.id;
    shift.shift_type_id = m_day.id;
    QVERIFY(shift.setLocalTimes(monday(), QTime(8, 0), QTime(16, 0), zone()).isEmpty());
    QList<qint64> created;
    QSignalSpy changed(m_session, &WorkspaceSession::dataChanged);
    QSignalSpy days(m_session, &WorkspaceSession::datesChanged);
    QVERIFY(ChangeShifts::apply(m_session, {{std::nullopt, shift}}, u"New shift"_s, &created).ok());
    // The days whose checks must run again: the shift's day and the next (it may run over midnight).
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.first().at(0).toDate(), monday());
    QCOMPARE(days.first().at(1).toDate(), monday().addDays(1));
    QCOMPARE(created.size(), 1);
    QVERIFY(repository().get(created.first()));
    QCOMPARE(m_session->undoStack()->undoText(), u"New shift"_s);
    m_session->undoStack()->undo();
    QVERIFY(!repository().get(created.first()));
    QCOMPARE(lastJournalEntry(*m_session->workspace()).operation, u"delete"_s);
    m_session->undoStack()->redo();
    // Redone under the same id, so later steps on the stack still find it.
    QVERIFY(repository().get(created.first()));
    QCOMPARE(repository().count(), 1);
    QCOMPARE(changed.size(), 3);
}

void TestChangeShifts::moveOnlyWritesTheChangedFields()
{
    const Shift before = addShift(*m_session->workspace(), m_zoe.id, m_day, monday());
    Shift after = before;
    after.clinician_id = m_yan.id;
    QVERIFY(after.moveToDate(monday().addDays(2)).isEmpty());
    QVERIFY(ChangeShifts::apply(m_session, {{before, after}}, u"Move"_s).ok());

    // Meanwhile something else (a sync) changes the notes of the stored shift.
    Shift synced = *repository().get(before.id);
    synced.notes = u"Handover at 07:45"_s;
    QVERIFY(repository().update(synced).ok());

    m_session->undoStack()->undo();
    const Shift undone = *repository().get(before.id);
    QCOMPARE(undone.clinician_id, before.clinician_id);
    QCOMPARE(undone.date, before.date);
    QCOMPARE(undone.start_utc, before.start_utc);
    QCOMPARE(undone.notes, u"Handover at 07:45"_s);
    m_session->undoStack()->redo();
    QCOMPARE(repository().get(before.id)->clinician_id, std::optional<qint64>(m_yan.id));
    QCOMPARE(repository().get(before.id)->date, monday().addDays(2));
}

void TestChangeShifts::deleteUndoRestoresTheSameShift()
{
    Shift shift = addShift(*m_session->workspace(), m_zoe.id, m_day, monday());
    shift.notes = u"Teaching"_s;
    QVERIFY(repository().update(shift).ok());
    shift = *repository().get(shift.id);
    QVERIFY(ChangeShifts::apply(m_session, {{shift, std::nullopt}}, u"Delete"_s).ok());
    QVERIFY(!repository().get(shift.id));
    m_session->undoStack()->undo();
    QCOMPARE(repository().get(shift.id), std::optional<Shift>(shift));
    m_session->undoStack()->redo();
    QVERIFY(!repository().get(shift.id));
}

void TestChangeShifts::severalChangesAreOneTransactionAndOneStep()
{
    Workspace &ws = *m_session->workspace();
    const Shift a = addShift(ws, m_zoe.id, m_day, monday());
    const Shift b = addShift(ws, m_yan.id, m_day, monday());
    Shift a2 = a;
    a2.clinician_id = m_yan.id;
    Shift b2 = b;
    b2.clinician_id = m_zoe.id;
    const qint64 journalBefore = Journal(ws).lastId();
    QVERIFY(ChangeShifts::apply(m_session, {{a, a2}, {b, b2}}, u"Swap shifts"_s).ok());
    QCOMPARE(m_session->undoStack()->count(), 1);
    const QList<JournalEntry> entries = Journal(ws).entries(journalBefore);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).batch_id, entries.at(1).batch_id);
    QCOMPARE(repository().get(a.id)->clinician_id, std::optional<qint64>(m_yan.id));
    QCOMPARE(repository().get(b.id)->clinician_id, std::optional<qint64>(m_zoe.id));
    m_session->undoStack()->undo();
    QCOMPARE(repository().get(a.id)->clinician_id, std::optional<qint64>(m_zoe.id));
    QCOMPARE(repository().get(b.id)->clinician_id, std::optional<qint64>(m_yan.id));
}

void TestChangeShifts::refusedChangeWritesNothing()
{
    Workspace &ws = *m_session->workspace();
    const Shift a = addShift(ws, m_zoe.id, m_day, monday());
    Shift moved = a;
    moved.clinician_id = m_yan.id;
    Shift invalid = a;
    invalid.id = 0;
    invalid.shift_type_id = 0; // not a valid reference
    const qint64 journalBefore = Journal(ws).lastId();
    const StorageError error = ChangeShifts::apply(m_session, {{a, moved}, {std::nullopt, invalid}}, u"Bad"_s);
    QVERIFY(!error.ok());
    QVERIFY(error.message.contains(u"shift_type_id"_s));
    // The first change was rolled back with the second.
    QCOMPARE(repository().get(a.id)->clinician_id, std::optional<qint64>(m_zoe.id));
    QCOMPARE(repository().count(), 1);
    QCOMPARE(Journal(ws).lastId(), journalBefore);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestChangeShifts::pinChangeIsJournaledAsTheAction()
{
    Workspace &ws = *m_session->workspace();
    const Shift shift = addShift(ws, m_zoe.id, m_day, monday());
    Shift pinned = shift;
    pinned.is_pinned = true;
    QVERIFY(ChangeShifts::apply(m_session, {{shift, pinned}}, u"Pin"_s).ok());
    QCOMPARE(lastJournalEntry(ws).operation, u"pin"_s);
    QVERIFY(repository().get(shift.id)->is_pinned);
    m_session->undoStack()->undo();
    QCOMPARE(lastJournalEntry(ws).operation, u"unpin"_s);
    QVERIFY(!repository().get(shift.id)->is_pinned);

    // A field change with a pin: an update and the pin action, in one batch.
    Shift both = shift;
    both.notes = u"Cover for theatre list"_s;
    both.is_pinned = true;
    const qint64 journalBefore = Journal(ws).lastId();
    QVERIFY(ChangeShifts::apply(m_session, {{shift, both}}, u"Edit"_s).ok());
    const QList<JournalEntry> entries = Journal(ws).entries(journalBefore);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).operation, u"update"_s);
    QCOMPARE(entries.at(1).operation, u"pin"_s);
    QCOMPARE(entries.at(0).batch_id, entries.at(1).batch_id);
}

QTEST_MAIN(TestChangeShifts)
#include "tst_changeshifts.moc"
