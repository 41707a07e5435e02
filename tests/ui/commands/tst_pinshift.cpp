#include "commands/pinshift.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestPinShift : public QObject
{
    Q_OBJECT

private slots:
    void pinsAndUnpinsThroughTheStack();
    void refusedPinIsNoUndoStep();
    void failedRedoIsReportedAndDropped();

private:
    Shift addNight(WorkspaceSession &session);
};

Shift TestPinShift::addNight(WorkspaceSession &session)
{
    Workspace &ws = *session.workspace();
    const ShiftType night = addType(ws, u"N"_s, u"Night"_s, u"#0072B2"_s, QTime(20, 0), QTime(8, 0), 720);
    return addShift(ws, addClinician(ws, u"Zoe Adeyemi"_s).id, night, monday());
}

void TestPinShift::pinsAndUnpinsThroughTheStack()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"p.rota"_s));
    const Shift shift = addNight(session);
    QSignalSpy changed(&session, &WorkspaceSession::dataChanged);
    QVERIFY(PinShift::apply(&session, shift.id, true, u"N on Monday"_s).ok());
    QCOMPARE(session.undoStack()->undoText(), u"Pin N on Monday"_s);
    QCOMPARE(changed.size(), 1);
    ShiftRepository repository(*session.workspace());
    QVERIFY(repository.get(shift.id)->is_pinned);
    session.undoStack()->undo();
    QVERIFY(!repository.get(shift.id)->is_pinned);
    QCOMPARE(lastJournalEntry(*session.workspace()).operation, u"unpin"_s);
    session.undoStack()->redo();
    QVERIFY(repository.get(shift.id)->is_pinned);
    QCOMPARE(changed.size(), 3);
}

void TestPinShift::refusedPinIsNoUndoStep()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"p.rota"_s));
    const StorageError error = PinShift::apply(&session, 4242, true, u"a shift"_s);
    QCOMPARE(error.kind, StorageError::Kind::NotFound);
    QCOMPARE(session.undoStack()->count(), 0);
}

void TestPinShift::failedRedoIsReportedAndDropped()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"p.rota"_s));
    const Shift shift = addNight(session);
    QVERIFY(PinShift::apply(&session, shift.id, true, u"N on Monday"_s).ok());
    session.undoStack()->undo();
    QVERIFY(ShiftRepository(*session.workspace()).remove(shift.id).ok());

    QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
    session.undoStack()->redo();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(session.undoStack()->count(), 0);
}

QTEST_MAIN(TestPinShift)
#include "tst_pinshift.moc"
