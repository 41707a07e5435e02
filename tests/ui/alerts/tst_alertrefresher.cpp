#include "alerts/alertrefresher.h"
#include "storage/alertrepository.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

// A late finish on Tuesday 24 November 2026 and an early start the next morning: 10 h of rest.
class TestAlertRefresher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    Clinician m_alice;
    ShiftType m_late;
    ShiftType m_early;

    QList<Alert> active() const { return AlertRepository(*m_session->workspace()).list(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<WorkspaceSession>();
        openEmpty(*m_session, m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + u".rota"_s));
        Workspace &ws = *m_session->workspace();
        m_alice = addClinician(ws, u"Alice Smith"_s);
        m_late = addType(ws, u"L"_s, u"Late"_s, u"#E69F00"_s, QTime(13, 0), QTime(21, 0), 480);
        m_early = addType(ws, u"E"_s, u"Early"_s, u"#56B4E9"_s, QTime(7, 0), QTime(15, 0), 480);
    }

    void cleanup() { m_session.reset(); }

    void raisesAndResolvesAfterTheEventLoop()
    {
        AlertRefresher refresher(m_session.get());
        QSignalSpy refreshed(&refresher, &AlertRefresher::refreshed);
        QSignalSpy dataChanged(m_session.get(), &WorkspaceSession::dataChanged);
        const Shift late = addShift(*m_session->workspace(), m_alice.id, m_late, monday().addDays(1));
        addShift(*m_session->workspace(), m_alice.id, m_early, monday().addDays(2));
        m_session->notifyDatesChanged(monday().addDays(1), monday().addDays(1));
        QVERIFY(refresher.isPending());
        QVERIFY(active().isEmpty()); // nothing runs before the event loop does

        QTRY_COMPARE(refreshed.size(), 1);
        // The edited day widened by a week each side.
        QCOMPARE(refreshed.constFirst().at(0).toDate(), monday().addDays(1 - 7));
        QCOMPARE(refreshed.constFirst().at(1).toDate(), monday().addDays(1 + 7));
        QCOMPARE(active().size(), 1);
        QCOMPARE(active().constFirst().type, u"rest_too_short"_s);
        QCOMPARE(active().constFirst().date, monday().addDays(2));
        QCOMPARE(dataChanged.size(), 1); // the alert list reloads

        check(ShiftRepository(*m_session->workspace()).remove(late.id));
        m_session->notifyDatesChanged(monday().addDays(1), monday().addDays(1));
        QTRY_COMPARE(refreshed.size(), 2);
        QVERIFY(active().isEmpty());
        const QList<Alert> all = AlertRepository(*m_session->workspace()).list(true);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().status, Alert::Status::Resolved);
    }

    void coalescesABurst()
    {
        AlertRefresher refresher(m_session.get());
        QSignalSpy refreshed(&refresher, &AlertRefresher::refreshed);
        m_session->notifyDatesChanged(monday().addDays(3), monday().addDays(4));
        m_session->notifyDatesChanged(monday(), monday());
        m_session->notifyDatesChanged(monday().addDays(10), monday().addDays(9)); // given backwards
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(refreshed.constFirst().at(0).toDate(), monday().addDays(-7));
        QCOMPARE(refreshed.constFirst().at(1).toDate(), monday().addDays(17));
        QCoreApplication::processEvents();
        QCOMPARE(refreshed.size(), 1);
    }

    void anotherWorkspaceChecksNothing()
    {
        AlertRefresher refresher(m_session.get());
        QSignalSpy refreshed(&refresher, &AlertRefresher::refreshed);
        addShift(*m_session->workspace(), m_alice.id, m_late, monday().addDays(1));
        addShift(*m_session->workspace(), m_alice.id, m_early, monday().addDays(2));
        m_session->notifyDatesChanged(monday().addDays(1), monday().addDays(1));
        // Opening a workspace drops the pending check, and opening one checks nothing by itself.
        QVERIFY(m_session->open(m_session->workspace()->path()).ok());
        QVERIFY(!refresher.isPending());
        QCoreApplication::processEvents();
        QCOMPARE(refreshed.size(), 0);
        QVERIFY(active().isEmpty());
    }
};

QTEST_MAIN(TestAlertRefresher)
#include "tst_alertrefresher.moc"
