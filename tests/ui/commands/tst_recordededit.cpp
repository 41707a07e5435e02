#include "commands/recordededit.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestRecordedEdit : public QObject
{
    Q_OBJECT

private slots:
    void severalWritesAreOneUndoStep()
    {
        QTemporaryDir dir;
        WorkspaceSession session;
        openEmpty(session, dir.filePath(u"r.rota"_s));
        Workspace &ws = *session.workspace();
        const ShiftType day = addType(ws, u"D"_s, u"Day"_s, u"#E69F00"_s, QTime(8, 0), QTime(16, 0), 480);
        const Clinician zoe = addClinician(ws, u"Zoe Adeyemi"_s);
        const Shift shift = addShift(ws, zoe.id, day, monday());

        QVERIFY(RecordedEdit::apply(&session, u"Give away"_s, [&] {
                    Transaction transaction(ws);
                    Shift open = *ShiftRepository(ws).get(shift.id);
                    open.clinician_id.reset();
                    if (StorageError error = ShiftRepository(ws).update(open); !error.ok())
                        return error;
                    Clinician away = zoe;
                    away.active = false;
                    if (StorageError error = ClinicianRepository(ws).update(away); !error.ok())
                        return error;
                    return transaction.commit();
                }).ok());
        QCOMPARE(session.undoStack()->count(), 1);
        QVERIFY(ShiftRepository(ws).get(shift.id)->isOpen());
        session.undoStack()->undo();
        QCOMPARE(ShiftRepository(ws).get(shift.id)->clinician_id, std::optional<qint64>(zoe.id));
        QVERIFY(ClinicianRepository(ws).get(zoe.id)->active);
        session.undoStack()->redo();
        QVERIFY(ShiftRepository(ws).get(shift.id)->isOpen());
        QVERIFY(!ClinicianRepository(ws).get(zoe.id)->active);
    }

    void failedWriteIsNoStep()
    {
        QTemporaryDir dir;
        WorkspaceSession session;
        openEmpty(session, dir.filePath(u"r.rota"_s));
        const StorageError error = RecordedEdit::apply(&session, u"Nothing"_s, [] {
            return StorageError{StorageError::Kind::Validation, u"refused"_s, {}};
        });
        QCOMPARE(error.message, u"refused"_s);
        QCOMPARE(session.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestRecordedEdit)
#include "tst_recordededit.moc"
