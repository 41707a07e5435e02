#include "calendar/wheelzoom.h"

#include <QTest>
#include <QWheelEvent>

namespace {

QWheelEvent wheel(int delta, Qt::KeyboardModifiers modifiers)
{
    return QWheelEvent(QPointF(10, 10), QPointF(10, 10), {}, QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
}

} // namespace

class TestWheelZoom : public QObject
{
    Q_OBJECT

private slots:
    void ctrlWheelZoomsByNotches();
    void plainWheelIsLeftToTheView();
};

void TestWheelZoom::ctrlWheelZoomsByNotches()
{
    QList<int> calls;
    const auto zoom = [&](int steps) { calls << steps; };

    QWheelEvent twoNotchesAway = wheel(240, Qt::ControlModifier);
    twoNotchesAway.ignore();
    QVERIFY(WheelZoom::handle(&twoNotchesAway, zoom));
    QVERIFY(twoNotchesAway.isAccepted());

    QWheelEvent oneNotchBack = wheel(-120, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(WheelZoom::handle(&oneNotchBack, zoom));

    // Less than a notch: the event is still the zoom's, but no step is taken.
    QWheelEvent partial = wheel(60, Qt::ControlModifier);
    partial.ignore();
    QVERIFY(WheelZoom::handle(&partial, zoom));
    QVERIFY(partial.isAccepted());

    QCOMPARE(calls, QList<int>({2, -1}));
}

void TestWheelZoom::plainWheelIsLeftToTheView()
{
    bool called = false;
    QWheelEvent scroll = wheel(120, Qt::NoModifier);
    scroll.ignore();
    QVERIFY(!WheelZoom::handle(&scroll, [&](int) { called = true; }));
    QVERIFY(!called);
    QVERIFY(!scroll.isAccepted());
}

QTEST_MAIN(TestWheelZoom)
#include "tst_wheelzoom.moc"
