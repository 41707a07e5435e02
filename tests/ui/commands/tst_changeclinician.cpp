#include "commands/changeclinician.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestChangeClinician : public QObject
{
    Q_OBJECT

private slots:
    void changesOnlyTheEditedFields();
    void refusedChangeIsNoUndoStep();
    void failedUndoIsReportedAndDropped();
};

void TestChangeClinician::changesOnlyTheEditedFields()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"c.rota"_s));
    const Clinician before = addClinician(*session.workspace(), u"Anna Kowalski"_s, {}, u"Registrar"_s);
    Clinician after = before;
    after.grade = u"Consultant"_s;
    after.active = false;
    QVERIFY(ChangeClinician::apply(&session, before, after, u"Promote Anna"_s).ok());
    QCOMPARE(session.undoStack()->undoText(), u"Promote Anna"_s);

    ClinicianRepository repository(*session.workspace());
    QCOMPARE(repository.get(before.id)->grade, u"Consultant"_s);
    QCOMPARE(repository.get(before.id)->active, false);
    session.undoStack()->undo();
    QCOMPARE(repository.get(before.id)->grade, u"Registrar"_s);
    QCOMPARE(repository.get(before.id)->active, true);
    QCOMPARE(repository.get(before.id)->name, u"Anna Kowalski"_s);
}

void TestChangeClinician::refusedChangeIsNoUndoStep()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"c.rota"_s));
    const Clinician before = addClinician(*session.workspace(), u"Anna Kowalski"_s);
    Clinician after = before;
    after.email = u"not an address"_s;
    const StorageError error = ChangeClinician::apply(&session, before, after, u"Set e-mail"_s);
    QCOMPARE(error.kind, StorageError::Kind::Validation);
    QCOMPARE(error.fieldErrors.constFirst().field, u"email"_s);
    QCOMPARE(session.undoStack()->count(), 0);
    QCOMPARE(ClinicianRepository(*session.workspace()).get(before.id)->email, QString());
}

void TestChangeClinician::failedUndoIsReportedAndDropped()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"c.rota"_s));
    const Clinician before = addClinician(*session.workspace(), u"Anna Kowalski"_s);
    Clinician after = before;
    after.name = u"Anna Nowak"_s;
    QVERIFY(ChangeClinician::apply(&session, before, after, u"Rename Anna"_s).ok());
    // The clinician is deleted in between (for example by a sync).
    QVERIFY(ClinicianRepository(*session.workspace()).remove(before.id).ok());

    QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
    session.undoStack()->undo();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.constFirst().constFirst().toString().contains(u"Rename Anna"_s));
    QCOMPARE(session.undoStack()->count(), 0);
}

QTEST_MAIN(TestChangeClinician)
#include "tst_changeclinician.moc"
