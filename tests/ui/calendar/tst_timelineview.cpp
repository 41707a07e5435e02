#include "calendar/timelinemodel.h"
#include "calendar/timelineview.h"
#include "storage/leaverequestrepository.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void indexAtFindsEveryItemAtItsCentre();
    void opensAtSevenInTheMorning();
    void doubleClickActivatesTheShift();
    void arrowKeysMoveBetweenBlocks();
    void blocksArePaintedInTheirColour();
    void zoomIsPixelsPerHour();

private:
    void load();
    QModelIndex segment(qint64 shiftId, int day) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<TimelineView> m_view;
    Shift m_aliceTuesday;
    Shift m_bobTuesday;
    Shift m_night;
    Shift m_aliceWednesday;
    Shift m_onCall;
};

void TestTimelineView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<WorkspaceSession>();
    openEmpty(*m_session, m_dir->filePath(u"week.rota"_s));
    Workspace &ws = *m_session->workspace();
    const auto [day, night, onCall, alice, bob, carol] = addCalendarPeople(ws);
    const QDate tuesday = monday().addDays(1);
    m_aliceTuesday = addShift(ws, alice.id, day, tuesday);
    m_bobTuesday = addShift(ws, bob.id, day, tuesday);
    m_night = addShift(ws, bob.id, night, tuesday);
    m_aliceWednesday = addShift(ws, alice.id, day, tuesday.addDays(1));
    m_onCall = addShift(ws, alice.id, onCall, tuesday.addDays(2));
    addLeave(ws, bob.id, tuesday.addDays(3), tuesday.addDays(4), LeaveRequest::Status::Approved);

    m_model = std::make_unique<TimelineModel>();
    m_view = std::make_unique<TimelineView>();
    m_view->setModel(m_model.get());
    m_view->resize(1000, 700);
    load();
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

void TestTimelineView::load()
{
    StorageError error;
    auto period = std::make_shared<const RotaPeriod>(
        RotaPeriod::load(*m_session->workspace(), monday().addDays(-1), monday().addDays(6), {}, &error));
    check(error);
    m_model->setPeriod(period, monday(), 7);
}

QModelIndex TestTimelineView::segment(qint64 shiftId, int day) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(TimelineModel::ShiftIdRole).toLongLong() == shiftId && index.data(TimelineModel::DayRole).toInt() == day)
            return index;
    }
    return {};
}

void TestTimelineView::indexAtFindsEveryItemAtItsCentre()
{
    // Five shifts, the night in two segments, and two days of leave.
    QCOMPARE(m_model->rowCount(), 8);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        m_view->scrollTo(index);
        const QRect rect = m_view->visualRect(index);
        QVERIFY2(rect.isValid() && m_view->viewport()->rect().contains(rect.center()), qPrintable(QString::number(row)));
        QCOMPARE(m_view->indexAt(rect.center()), index);
        QCOMPARE(m_view->indexAt(rect.topLeft()), index);
        QCOMPARE(m_view->indexAt(rect.bottomRight()), index);
    }
    // Overlapping shifts lie side by side, in their day's column.
    const QRect alice = m_view->visualRect(segment(m_aliceTuesday.id, 1));
    const QRect bob = m_view->visualRect(segment(m_bobTuesday.id, 1));
    QCOMPARE(alice.top(), bob.top());
    QVERIFY(alice.right() < bob.left());
    QVERIFY(m_view->visualRect(segment(m_aliceWednesday.id, 2)).left() > bob.right());
    // Eight hours of a day shift at the default 40 pixels an hour.
    QVERIFY(qAbs(alice.height() - 8 * 40) <= 2);
    // An all-day item lies above the hours.
    QVERIFY(m_view->visualRect(segment(m_onCall.id, 3)).bottom() < m_view->yForMinute(0) || m_view->verticalScrollBar()->value() > 0);
    QVERIFY(!m_view->indexAt(QPoint(2, m_view->viewport()->height() / 2)).isValid());
}

void TestTimelineView::opensAtSevenInTheMorning()
{
    // 07:00 is just below the top of the grid, with room for its label above the line.
    const int offset = m_view->verticalScrollBar()->value();
    QVERIFY2(offset > 6 * 40 + 20 && offset < 7 * 40, qPrintable(QString::number(offset)));
    QCOMPARE(m_view->yForMinute(7 * 60), m_view->yForMinute(0) + 7 * 40);
    const QRect evening = m_view->visualRect(segment(m_night.id, 1));
    QCOMPARE(evening.top(), m_view->yForMinute(20 * 60));
}

void TestTimelineView::doubleClickActivatesTheShift()
{
    QSignalSpy activated(m_view.get(), &TimelineView::shiftActivated);
    const QModelIndex bob = segment(m_bobTuesday.id, 1);
    m_view->scrollTo(bob);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(bob).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_bobTuesday.id);

    // The morning part of the night is the same shift.
    const QModelIndex morning = segment(m_night.id, 2);
    m_view->scrollTo(morning);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(morning).center());
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toLongLong(), m_night.id);

    // Empty time activates nothing; neither does leave, which is not a shift.
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(m_view->visualRect(bob).center().x(), m_view->yForMinute(18 * 60)));
    const QModelIndex leave = segment(0, 4);
    QVERIFY(leave.isValid());
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(leave).center());
    QCOMPARE(activated.size(), 2);

    m_view->setCurrentIndex(segment(m_aliceWednesday.id, 2));
    QCOMPARE(m_view->currentShiftId(), m_aliceWednesday.id);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated.size(), 3);
    QCOMPARE(activated.at(2).at(0).toLongLong(), m_aliceWednesday.id);

    // A reload keeps the current shift.
    load();
    QCOMPARE(m_view->currentIndex(), segment(m_aliceWednesday.id, 2));
}

void TestTimelineView::arrowKeysMoveBetweenBlocks()
{
    m_view->setFocus();
    m_view->setCurrentIndex(segment(m_aliceTuesday.id, 1));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->currentIndex(), segment(m_bobTuesday.id, 1));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->currentIndex(), segment(m_night.id, 1));
    QTest::keyClick(m_view.get(), Qt::Key_Down); // the last of Tuesday stays
    QCOMPARE(m_view->currentIndex(), segment(m_night.id, 1));
    // Right from the evening of a night goes to the next day's block nearest in time.
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentIndex(), segment(m_aliceWednesday.id, 2));
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_view->currentIndex(), segment(m_night.id, 2));
    QCOMPARE(m_view->currentShiftId(), m_night.id);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->currentIndex().data(TimelineModel::DayRole).toInt(), 1);
    // Thursday holds only the all-day on-call; Right from Wednesday's day shift reaches it.
    m_view->setCurrentIndex(segment(m_aliceWednesday.id, 2));
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentIndex(), segment(m_onCall.id, 3));
    QVERIFY(m_view->selectionModel()->isSelected(segment(m_onCall.id, 3)));
}

void TestTimelineView::blocksArePaintedInTheirColour()
{
    const QModelIndex alice = segment(m_aliceTuesday.id, 1);
    m_view->scrollTo(alice);
    const QImage image = m_view->viewport()->grab().toImage();
    const QRect rect = m_view->visualRect(alice);
    // The lower part of the block holds no text.
    QCOMPARE(image.pixelColor(rect.center().x(), rect.bottom() - 6), QColor(u"#56B4E9"_s));
    const QRect onCall = m_view->visualRect(segment(m_onCall.id, 3));
    QCOMPARE(image.pixelColor(onCall.right() - 4, onCall.center().y()), QColor(u"#D55E00"_s));
    // Outside the blocks: the base colour on a weekday.
    QCOMPARE(image.pixelColor(rect.center().x(), m_view->yForMinute(17 * 60 + 30) + 5), m_view->palette().color(QPalette::Base));
}

void TestTimelineView::zoomIsPixelsPerHour()
{
    QCOMPARE(m_view->zoom(), TimelineView::DefaultZoom);
    m_view->verticalScrollBar()->setValue(6 * 40);
    m_view->setZoom(80);
    QCOMPARE(m_view->zoom(), 80.0);
    // The hour at the top stays there.
    QCOMPARE(m_view->verticalScrollBar()->value(), 6 * 80);
    const QModelIndex alice = segment(m_aliceTuesday.id, 1);
    QVERIFY(qAbs(m_view->visualRect(alice).height() - 8 * 80) <= 2);
    m_view->setZoom(1000);
    QCOMPARE(m_view->zoom(), 240.0);

    // Ctrl+wheel zooms; the wheel alone scrolls.
    m_view->setZoom(40);
    const QPoint at = m_view->viewport()->rect().center();
    QWheelEvent zoomIn(at, m_view->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                       Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &zoomIn);
    QVERIFY(m_view->zoom() > 40);
    const qreal zoomed = m_view->zoom();
    QWheelEvent scroll(at, m_view->viewport()->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
    const int before = m_view->verticalScrollBar()->value();
    QCoreApplication::sendEvent(m_view->viewport(), &scroll);
    QCOMPARE(m_view->zoom(), zoomed);
    QVERIFY(m_view->verticalScrollBar()->value() > before);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
