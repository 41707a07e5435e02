#include "alerts/alertlistmodel.h"
#include "alerts/alertview.h"
#include "storage/alertrepository.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

// Two active alerts on Tuesday 24 November 2026 (Alice's rest, then the night cover) and a
// rota whose early shift needs one person each weekday and has nobody.
class TestAlertView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    Clinician m_alice;
    Alert m_rest;
    Alert m_cover;

    Alert addAlert(const QString &type, Alert::Severity severity, std::optional<qint64> clinicianId, const QString &message,
                   const QString &createdAt)
    {
        Alert alert;
        alert.type = type;
        alert.severity = severity;
        alert.date = monday().addDays(1);
        alert.clinician_id = clinicianId;
        alert.message = message;
        alert.created_at = createdAt;
        check(AlertRepository(*m_session->workspace()).create(alert));
        return alert;
    }

    Alert stored(qint64 id) const { return *AlertRepository(*m_session->workspace()).get(id); }

    void selectRows(AlertView &view, const QList<int> &rows)
    {
        view.table()->clearSelection();
        for (int row : rows)
            view.table()->selectionModel()->select(view.model()->index(row, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<WorkspaceSession>();
        openEmpty(*m_session, m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + u".rota"_s));
        m_alice = addClinician(*m_session->workspace(), u"Alice Smith"_s);
        m_cover = addAlert(u"coverage_below_minimum"_s, Alert::Severity::Critical, std::nullopt, u"Nobody on nights."_s,
                           u"2026-11-20T08:00:00Z"_s);
        m_rest = addAlert(u"rest_too_short"_s, Alert::Severity::Warning, m_alice.id, u"Alice rests 9 h."_s, u"2026-11-22T08:00:00Z"_s);
    }

    void cleanup() { m_session.reset(); }

    void resolveIsOneUndoableEdit()
    {
        AlertView view(m_session.get());
        QCOMPARE(view.model()->rowCount(), 2);
        auto *resolve = view.findChild<QPushButton *>(u"resolve"_s);
        QVERIFY(!resolve->isEnabled());
        selectRows(view, {0, 1});
        QVERIFY(resolve->isEnabled());
        resolve->click();

        QCOMPARE(stored(m_rest.id).status, Alert::Status::Resolved);
        QCOMPARE(stored(m_cover.id).status, Alert::Status::Resolved);
        QCOMPARE(stored(m_rest.id).resolved_at, u"2026-11-23T07:30:00Z"_s);
        QCOMPARE(lastJournalEntry(*m_session->workspace()).operation, u"resolve"_s);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(m_session->undoStack()->undoText(), u"Resolve 2 alert(s)"_s);
        QCOMPARE(view.model()->rowCount(), 0); // active only
        QCOMPARE(view.resultText(), u"2 alert(s) resolved."_s);

        m_session->undoStack()->undo();
        QCOMPARE(stored(m_rest.id).status, Alert::Status::Active);
        QCOMPARE(stored(m_rest.id).resolved_at, QString());
        QCOMPARE(stored(m_cover.id).status, Alert::Status::Active);
        QCOMPARE(view.model()->rowCount(), 2);

        m_session->undoStack()->redo();
        QCOMPARE(stored(m_rest.id).status, Alert::Status::Resolved);
        QCOMPARE(lastJournalEntry(*m_session->workspace()).operation, u"resolve"_s);
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void dismissTheSelection()
    {
        AlertView view(m_session.get());
        selectRows(view, {0}); // Alice's rest, raised later
        view.findChild<QPushButton *>(u"dismiss"_s)->click();
        QCOMPARE(stored(m_rest.id).status, Alert::Status::Dismissed);
        QCOMPARE(stored(m_cover.id).status, Alert::Status::Active);
        QCOMPARE(lastJournalEntry(*m_session->workspace()).operation, u"dismiss"_s);
        QCOMPARE(m_session->undoStack()->undoText(), u"Dismiss 1 alert(s)"_s);

        m_session->undoStack()->undo();
        QCOMPARE(stored(m_rest.id).status, Alert::Status::Active);
        m_session->undoStack()->redo();
        QCOMPARE(stored(m_rest.id).status, Alert::Status::Dismissed);
    }

    void filterControls()
    {
        AlertView view(m_session.get());
        selectRows(view, {0});
        view.resolveSelected();
        QCOMPARE(view.model()->rowCount(), 1);

        auto *show = view.findChild<QComboBox *>(u"show"_s);
        show->setCurrentIndex(show->findData(false));
        QCOMPARE(view.model()->rowCount(), 2);
        auto *severity = view.findChild<QComboBox *>(u"severity"_s);
        severity->setCurrentIndex(severity->findText(u"Critical"_s));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->alertAt(0).id, m_cover.id);
        severity->setCurrentIndex(0);
        auto *type = view.findChild<QComboBox *>(u"type"_s);
        type->setCurrentIndex(type->findData(u"rest_too_short"_s));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->alertAt(0).id, m_rest.id);
        type->setCurrentIndex(0);

        view.findChild<QDateEdit *>(u"from"_s)->setDate(monday().addDays(2));
        view.findChild<QDateEdit *>(u"to"_s)->setDate(monday().addDays(9));
        QCOMPARE(view.model()->rowCount(), 2); // the dates apply only once ticked
        view.findChild<QCheckBox *>(u"limitDates"_s)->setChecked(true);
        QCOMPARE(view.model()->rowCount(), 0);
        view.findChild<QDateEdit *>(u"from"_s)->setDate(monday());
        QCOMPARE(view.model()->rowCount(), 2);
    }

    void activatingARowOpensItsDay()
    {
        AlertView view(m_session.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &AlertView::dayActivated);

        const QModelIndex rest = view.model()->index(0, AlertListModel::MessageColumn);
        view.table()->setCurrentIndex(rest);
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().at(0).toDate(), monday().addDays(1));
        QCOMPARE(activated.constFirst().at(1).value<std::optional<qint64>>(), std::optional<qint64>(m_alice.id));

        const QRect cover = view.table()->visualRect(view.model()->index(1, AlertListModel::MessageColumn));
        // A double-click is a click followed by the double-click event.
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cover.center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cover.center());
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(1).value<std::optional<qint64>>(), std::nullopt);
    }

    void checkPeriodReportsCounts()
    {
        addType(*m_session->workspace(), u"E"_s, u"Early"_s, u"#56B4E9"_s, QTime(7, 0), QTime(15, 0), 480);
        ShiftType early = ShiftTypeRepository(*m_session->workspace()).findByCode(u"E"_s).value();
        early.minimum_weekday = 1;
        check(ShiftTypeRepository(*m_session->workspace()).update(early));

        AlertView view(m_session.get());
        // Monday and Tuesday have no early: two new alerts. The two made by hand carry no key of
        // the checker's, so they are no longer found there and are resolved.
        view.checkPeriod(monday(), monday().addDays(1));
        QCOMPARE(view.resultText(), u"Checked %1 to %2: 2 new alert(s), 2 resolved."_s
                                        .arg(QLocale().toString(monday(), QLocale::ShortFormat),
                                             QLocale().toString(monday().addDays(1), QLocale::ShortFormat)));
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(stored(m_cover.id).status, Alert::Status::Resolved);
        QCOMPARE(stored(m_rest.id).status, Alert::Status::Resolved);
        QCOMPARE(m_session->undoStack()->count(), 0); // a check is not an edit

        // Through the button: a dialog asks for the period.
        view.findChild<QPushButton *>(u"check"_s)->click();
        auto *dialog = view.findChild<QDialog *>(u"checkPeriodDialog"_s);
        QVERIFY(dialog);
        dialog->findChild<QDateEdit *>(u"checkFrom"_s)->setDate(monday().addDays(2));
        dialog->findChild<QDateEdit *>(u"checkTo"_s)->setDate(monday().addDays(2));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(view.resultText().endsWith(u": 1 new alert(s), 0 resolved."_s));
        QCOMPARE(view.model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestAlertView)
#include "tst_alertview.moc"
