#include "commands/changeworkingterm.h"
#include "staff/cliniciandetails.h"
#include "staff/cliniciandialog.h"
#include "staff/cliniciantablemodel.h"
#include "staff/clinicianview.h"
#include "staff/workingtermdialog.h"
#include "staff/workingtermtablemodel.h"
#include "storage/workingtermrepository.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestClinicianView : public QObject
{
    Q_OBJECT

private slots:
    void searchFieldAndShownFilterTheList();
    void followsTheOpenWorkspace();
    void newClinicianIsUndoable();
    void editThroughTheDialogIsUndoable();
    void deactivateAndReactivate();
    void deleteWithHistoryIsRefusedAndOffersDeactivate();
    void deleteWithoutHistoryTakesTermsAndComesBack();
    void detailsShowStatsAndCurrentTerm();
    void termsAreCreatedEditedAndDeletedUndoably();
};

namespace {

WorkingTerm addTerm(Workspace &workspace, qint64 clinicianId, QDate from, QDate to, double percentage)
{
    WorkingTerm term;
    term.clinician_id = clinicianId;
    term.start_date = from;
    term.end_date = to;
    term.percentage = percentage;
    term.annual_leave_entitlement = 6.0;
    check(WorkingTermRepository(workspace).create(term));
    return term;
}

} // namespace

void TestClinicianView::searchFieldAndShownFilterTheList()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"staff.rota"_s));
    addClinician(*session.workspace(), u"Anna Kowalski"_s);
    addClinician(*session.workspace(), u"Hannah Said"_s, {}, {}, false);
    addClinician(*session.workspace(), u"Zoe Adeyemi"_s);
    ClinicianView view(&session);
    QCOMPARE(view.model()->rowCount(), 3);

    QTest::keyClicks(view.searchField(), u"ann"_s);
    QCOMPARE(view.model()->filter().search, u"ann"_s);
    QCOMPARE(view.model()->rowCount(), 2);

    view.shownBox()->setCurrentIndex(view.shownBox()->findText(u"Active"_s));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, ClinicianTableModel::NameColumn).data().toString(), u"Anna Kowalski"_s);

    view.shownBox()->setCurrentIndex(view.shownBox()->findText(u"Inactive"_s));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, ClinicianTableModel::NameColumn).data().toString(), u"Hannah Said"_s);

    view.searchField()->clear();
    QCOMPARE(view.model()->rowCount(), 1);
    view.shownBox()->setCurrentIndex(view.shownBox()->findText(u"All"_s));
    QCOMPARE(view.model()->rowCount(), 3);
}

void TestClinicianView::followsTheOpenWorkspace()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    ClinicianView view(&session);
    QCOMPARE(view.model()->rowCount(), 0);
    openEmpty(session, dir.filePath(u"first.rota"_s));
    addClinician(*session.workspace(), u"Anna Kowalski"_s);
    session.notifyDataChanged();
    QCOMPARE(view.model()->rowCount(), 1);
    openEmpty(session, dir.filePath(u"second.rota"_s));
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestClinicianView::newClinicianIsUndoable()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"staff.rota"_s));
    const Team medicine = addTeam(*session.workspace(), u"Medicine"_s);
    ClinicianView view(&session);
    view.setDialogRunner([&](ClinicianDialog &dialog) {
        dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Ben Carr"_s);
        auto *team = dialog.findChild<QComboBox *>(u"team"_s);
        team->setCurrentIndex(team->findText(u"Medicine"_s));
        dialog.findChild<QLineEdit *>(u"grade"_s)->setText(u"Registrar"_s);
        return true;
    });
    view.newClinician();

    ClinicianRepository repository(*session.workspace());
    const std::optional<Clinician> ben = repository.findByName(u"Ben Carr"_s);
    QVERIFY(ben);
    QCOMPARE(ben->team_id, std::optional<qint64>(medicine.id));
    QCOMPARE(ben->grade, u"Registrar"_s);
    QCOMPARE(view.selectedClinician(), std::optional<qint64>(ben->id));
    QCOMPARE(session.undoStack()->undoText(), u"Add Ben Carr"_s);

    session.undoStack()->undo();
    QVERIFY(!repository.get(ben->id));
    QCOMPARE(view.model()->rowCount(), 0);
    session.undoStack()->redo();
    QCOMPARE(repository.get(ben->id)->name, u"Ben Carr"_s);
    QCOMPARE(view.model()->rowCount(), 1);

    // A cancelled dialog changes nothing.
    view.setDialogRunner([](ClinicianDialog &) { return false; });
    view.newClinician();
    QCOMPARE(repository.count(), 1);
    QCOMPARE(session.undoStack()->count(), 1);
}

void TestClinicianView::editThroughTheDialogIsUndoable()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"staff.rota"_s));
    const Clinician anna = addClinician(*session.workspace(), u"Anna Kowalski"_s, {}, u"Registrar"_s);
    ClinicianView view(&session);
    view.selectClinician(anna.id);
    QString shownName;
    view.setDialogRunner([&](ClinicianDialog &dialog) {
        shownName = dialog.clinician().name;
        dialog.findChild<QLineEdit *>(u"grade"_s)->setText(u"Consultant"_s);
        dialog.findChild<QLineEdit *>(u"email"_s)->setText(u"anna@example.org"_s);
        return true;
    });
    view.editSelected();
    QCOMPARE(shownName, u"Anna Kowalski"_s);
    ClinicianRepository repository(*session.workspace());
    QCOMPARE(repository.get(anna.id)->grade, u"Consultant"_s);
    QCOMPARE(repository.get(anna.id)->email, u"anna@example.org"_s);
    QCOMPARE(session.undoStack()->undoText(), u"Edit Anna Kowalski"_s);
    session.undoStack()->undo();
    QCOMPARE(repository.get(anna.id)->grade, u"Registrar"_s);
    QCOMPARE(repository.get(anna.id)->email, QString());
}

void TestClinicianView::deactivateAndReactivate()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"staff.rota"_s));
    const Clinician anna = addClinician(*session.workspace(), u"Anna Kowalski"_s);
    ClinicianView view(&session);
    view.selectClinician(anna.id);
    QCOMPARE(view.activeButton()->text(), u"&Deactivate"_s);
    view.activeButton()->click();
    ClinicianRepository repository(*session.workspace());
    QCOMPARE(repository.get(anna.id)->active, false);
    QCOMPARE(view.activeButton()->text(), u"&Reactivate"_s);
    view.activeButton()->click();
    QCOMPARE(repository.get(anna.id)->active, true);
    session.undoStack()->undo();
    QCOMPARE(repository.get(anna.id)->active, false);
    session.undoStack()->undo();
    QCOMPARE(repository.get(anna.id)->active, true);
    QCOMPARE(view.activeButton()->text(), u"&Deactivate"_s);
}

void TestClinicianView::deleteWithHistoryIsRefusedAndOffersDeactivate()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"staff.rota"_s));
    Workspace &workspace = *session.workspace();
    const ShiftType day = addType(workspace, u"D"_s, u"Day"_s, u"#56B4E9"_s, QTime(8, 0), QTime(16, 0), 480);
    const Clinician ben = addClinician(workspace, u"Ben Carr"_s);
    addShift(workspace, ben.id, day, monday());
    addShift(workspace, ben.id, day, monday().addDays(1));
    addLeave(workspace, ben.id, monday().addDays(14), monday().addDays(18), LeaveRequest::Status::Approved);
    ClinicianView view(&session);
    view.selectClinician(ben.id);

    QStringList messages;
    QList<bool> offered;
    view.setDeleteRefusedHandler([&](const QString &message, bool canDeactivate) {
        messages << message;
        offered << canDeactivate;
        return ClinicianView::DeleteChoice::Cancel;
    });
    view.deleteSelected();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().startsWith(u"Ben Carr has 2 shifts and 1 leave request."_s), qPrintable(messages.constFirst()));
    QVERIFY(messages.constFirst().contains(u"deactivate them instead?"_s));
    QCOMPARE(offered.constFirst(), true);
    ClinicianRepository repository(workspace);
    QVERIFY(repository.get(ben.id));
    QCOMPARE(repository.get(ben.id)->active, true);
    QCOMPARE(session.undoStack()->count(), 0);

    view.setDeleteRefusedHandler([&](const QString &message, bool canDeactivate) {
        messages << message;
        offered << canDeactivate;
        return ClinicianView::DeleteChoice::Deactivate;
    });
    view.deleteSelected();
    QCOMPARE(repository.get(ben.id)->active, false);
    QCOMPARE(session.undoStack()->count(), 1);

    // Someone already inactive is not offered it again.
    view.deleteSelected();
    QCOMPARE(offered.constLast(), false);
    QVERIFY(!messages.constLast().contains(u"instead"_s));
    QCOMPARE(session.undoStack()->count(), 1);

    session.undoStack()->undo();
    QCOMPARE(repository.get(ben.id)->active, true);
}

void TestClinicianView::deleteWithoutHistoryTakesTermsAndComesBack()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"staff.rota"_s));
    Workspace &workspace = *session.workspace();
    const Clinician zoe = addClinician(workspace, u"Zoe Adeyemi"_s);
    const WorkingTerm term = addTerm(workspace, zoe.id, QDate(2026, 1, 1), QDate(), 80.0);
    ClinicianView view(&session);
    view.setDeleteRefusedHandler([](const QString &, bool) {
        qFatal("a clinician without history is deleted without asking");
        return ClinicianView::DeleteChoice::Cancel;
    });
    view.selectClinician(zoe.id);
    view.deleteSelected();

    ClinicianRepository clinicians(workspace);
    WorkingTermRepository terms(workspace);
    QVERIFY(!clinicians.get(zoe.id));
    QVERIFY(!terms.get(term.id));
    QCOMPARE(view.model()->rowCount(), 0);
    // The term's removal is journaled, not left to the cascade.
    QCOMPARE(lastJournalEntry(workspace).record_type, u"clinician"_s);

    session.undoStack()->undo();
    QCOMPARE(clinicians.get(zoe.id)->name, u"Zoe Adeyemi"_s);
    QCOMPARE(terms.get(term.id)->percentage, 80.0);
    session.undoStack()->redo();
    QVERIFY(!clinicians.get(zoe.id));
}

void TestClinicianView::detailsShowStatsAndCurrentTerm()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"staff.rota"_s));
    Workspace &workspace = *session.workspace();
    const ShiftType day = addType(workspace, u"D"_s, u"Day"_s, u"#56B4E9"_s, QTime(8, 0), QTime(16, 0), 480);
    const Clinician anna = addClinician(workspace, u"Anna Kowalski"_s);
    addTerm(workspace, anna.id, QDate(2025, 1, 1), QDate(2025, 12, 31), 100.0);
    addTerm(workspace, anna.id, QDate(2026, 1, 1), QDate(), 60.0);
    addShift(workspace, anna.id, day, monday().addDays(-7)); // past: completed
    addShift(workspace, anna.id, day, monday());             // today on: scheduled
    addShift(workspace, anna.id, day, monday().addDays(1));
    ClinicianView view(&session);
    ClinicianDetails *details = view.details();
    QVERIFY(!details->clinician());
    view.selectClinician(anna.id);
    QCOMPARE(details->clinician(), std::optional<qint64>(anna.id));
    QCOMPARE(details->statText(u"completed_shifts"_s), u"1"_s);
    QCOMPARE(details->statText(u"scheduled_shifts"_s), u"2"_s);
    QCOMPARE(details->statText(u"total_shifts"_s), u"3"_s);
    // Alone in the duty pool, Anna has worked all the department's duty: no deficiency.
    QCOMPARE(details->statText(u"current_deficiency"_s), u"0.0 shifts"_s);
    // 6 weeks at 60 % for the whole leave year.
    QCOMPARE(details->statText(u"leave_balance_remaining"_s), u"3.6 weeks"_s);
    QVERIFY(details->statText(u"as_of_date"_s).contains(u"2026"_s));

    QCOMPARE(details->termModel()->rowCount(), 2);
    QCOMPARE(details->termModel()->currentRow(), 0); // newest first, in effect today
    const QModelIndex current = details->termModel()->index(0, WorkingTermTableModel::PercentageColumn);
    QCOMPARE(current.data().toString(), u"60"_s);
    QVERIFY(current.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!details->termModel()->index(1, 0).data(Qt::FontRole).isValid());
    const QString since = QLocale().toString(QDate(2026, 1, 1), QLocale::ShortFormat);
    QVERIFY2(details->currentTermText().contains(u"60 % FTE, since %1, open-ended"_s.arg(since)), qPrintable(details->currentTermText()));
    // The current term is selected, ready for Edit term.
    QCOMPARE(details->termTable()->selectionModel()->selectedRows().constFirst().row(), 0);
}

void TestClinicianView::termsAreCreatedEditedAndDeletedUndoably()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"staff.rota"_s));
    Workspace &workspace = *session.workspace();
    const Clinician anna = addClinician(workspace, u"Anna Kowalski"_s);
    const WorkingTerm first = addTerm(workspace, anna.id, QDate(2026, 1, 1), QDate(2026, 6, 30), 100.0);
    ClinicianView view(&session);
    view.selectClinician(anna.id);
    ClinicianDetails *details = view.details();
    WorkingTermRepository terms(workspace);

    // A new term starts the day after the latest ends.
    QDate offeredStart;
    details->setTermDialogRunner([&](WorkingTermDialog &dialog) {
        offeredStart = dialog.term().start_date;
        dialog.findChild<QDoubleSpinBox *>(u"percentage"_s)->setValue(50.0);
        return true;
    });
    details->newTerm();
    QCOMPARE(offeredStart, QDate(2026, 7, 1));
    QCOMPARE(terms.forClinician(anna.id).size(), 2);
    const WorkingTerm second = terms.forClinician(anna.id).constFirst();
    QCOMPARE(second.percentage, 50.0);
    QCOMPARE(details->termModel()->rowCount(), 2);

    details->termTable()->selectRow(1); // the first term
    details->setTermDialogRunner([](WorkingTermDialog &dialog) {
        dialog.findChild<QDoubleSpinBox *>(u"percentage"_s)->setValue(90.0);
        return true;
    });
    details->editCurrentTerm();
    QCOMPARE(terms.get(first.id)->percentage, 90.0);

    details->termTable()->selectRow(0);
    details->deleteCurrentTerm();
    QVERIFY(!terms.get(second.id));

    session.undoStack()->undo();
    QCOMPARE(terms.get(second.id)->percentage, 50.0);
    session.undoStack()->undo();
    QCOMPARE(terms.get(first.id)->percentage, 100.0);
    session.undoStack()->undo();
    QVERIFY(!terms.get(second.id));
    session.undoStack()->redo();
    QCOMPARE(terms.get(second.id)->percentage, 50.0);

    // The command refuses an overlap even without the dialog, naming both terms.
    WorkingTerm overlapping = first;
    overlapping.id = 0;
    overlapping.start_date = QDate(2026, 6, 1);
    overlapping.end_date = QDate(2026, 7, 31);
    const int steps = session.undoStack()->count();
    const StorageError error = ChangeWorkingTerm::apply(&session, std::nullopt, overlapping, u"Add overlapping"_s);
    QCOMPARE(error.kind, StorageError::Kind::Validation);
    QCOMPARE(error.fieldErrors.size(), 2);
    QVERIFY(error.fieldErrors.at(0).message.contains(u"2026-06-01 to 2026-07-31"_s));
    QVERIFY(error.fieldErrors.at(0).message.contains(u"2026-01-01 to 2026-06-30"_s));
    QVERIFY(error.fieldErrors.at(1).message.contains(u"2026-07-01, open-ended"_s));
    QCOMPARE(session.undoStack()->count(), steps);
    QCOMPARE(terms.forClinician(anna.id).size(), 2);
}

QTEST_MAIN(TestClinicianView)
#include "tst_clinicianview.moc"
