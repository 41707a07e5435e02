#include "commands/changeworkingterm.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestChangeWorkingTerm : public QObject
{
    Q_OBJECT

private slots:
    // A new term can make days cannot-work or must-work days: their checks must run again.
    void termChangesRecheckTheDaysItCovers()
    {
        QTemporaryDir dir;
        WorkspaceSession session;
        openEmpty(session, dir.filePath(u"t.rota"_s));
        const Clinician zoe = addClinician(*session.workspace(), u"Zoe Adeyemi"_s);
        WorkingTerm term;
        term.clinician_id = zoe.id;
        term.start_date = QDate(2026, 12, 1);
        term.end_date = QDate(2027, 2, 28);
        term.cannot_work_days = WeekdaySet::fromList({3});
        QSignalSpy days(&session, &WorkspaceSession::datesChanged);
        qint64 id = 0;
        QVERIFY(ChangeWorkingTerm::apply(&session, std::nullopt, term, u"New term"_s, &id).ok());
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.last().at(0).toDate(), QDate(2026, 12, 1));
        QCOMPARE(days.last().at(1).toDate(), QDate(2027, 2, 28));

        // Open-ended: up to a year ahead of today. Undo rechecks the same days.
        WorkingTerm stored = term;
        stored.id = id;
        WorkingTerm openEnded = stored;
        openEnded.end_date = QDate();
        QVERIFY(ChangeWorkingTerm::apply(&session, stored, openEnded, u"Edit term"_s).ok());
        QCOMPARE(days.last().at(1).toDate(), session.today().addYears(1));
        session.undoStack()->undo();
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.last().at(0).toDate(), QDate(2026, 12, 1));
    }
};

QTEST_MAIN(TestChangeWorkingTerm)
#include "tst_changeworkingterm.moc"
