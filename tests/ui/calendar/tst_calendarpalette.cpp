#include "calendar/calendarpalette.h"

#include <QSet>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

double luminance(const QColor &colour)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestCalendarPalette : public QObject
{
    Q_OBJECT

private slots:
    void codeTextContrastsWithTypeColour_data();
    void codeTextContrastsWithTypeColour();
    void leaveTypesDifferInPatternOrHue();
    void pendingLeaveLooksDifferentFromApproved();
    void everyLeaveTypeHasNameAndCode();
};

void TestCalendarPalette::codeTextContrastsWithTypeColour_data()
{
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("text");

    QTest::newRow("yellow") << QColor(u"#F0E442"_s) << QColor(Qt::black);
    QTest::newRow("orange") << QColor(u"#E69F00"_s) << QColor(Qt::black);
    QTest::newRow("sky blue") << QColor(u"#56B4E9"_s) << QColor(Qt::black);
    QTest::newRow("blue") << QColor(u"#0072B2"_s) << QColor(Qt::white);
    QTest::newRow("navy") << QColor(u"#1F3A5F"_s) << QColor(Qt::white);
    QTest::newRow("vermilion") << QColor(u"#D55E00"_s) << QColor(Qt::black);
    QTest::newRow("white") << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("black") << QColor(Qt::black) << QColor(Qt::white);
}

void TestCalendarPalette::codeTextContrastsWithTypeColour()
{
    QFETCH(QColor, background);
    QFETCH(QColor, text);

    const QColor chosen = CalendarPalette::textColourOn(background);
    QCOMPARE(chosen, text);
    const QColor other = chosen == QColor(Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
    QVERIFY(contrast(chosen, background) >= contrast(other, background));
    // At least the WCAG minimum for large text, whatever the colour.
    QVERIFY(contrast(chosen, background) >= 3.0);
}

void TestCalendarPalette::leaveTypesDifferInPatternOrHue()
{
    for (const CalendarPalette &palette : {CalendarPalette::forPrint(), CalendarPalette(QPalette(Qt::black))}) {
        QSet<QString> seen;
        for (LeaveRequest::Type type : CalendarPalette::leaveTypes()) {
            const QBrush brush = palette.leaveBrush(type, false);
            seen.insert(brush.color().name() + QString::number(int(brush.style())));
            // Shift codes drawn in the view's text colour stay readable on the shading.
            QVERIFY2(contrast(brush.color(), palette.text()) >= 4.5, qPrintable(CalendarPalette::leaveName(type)));
        }
        QCOMPARE(seen.size(), CalendarPalette::leaveTypes().size());
    }
}

void TestCalendarPalette::pendingLeaveLooksDifferentFromApproved()
{
    const CalendarPalette palette = CalendarPalette::forPrint();
    for (LeaveRequest::Type type : CalendarPalette::leaveTypes()) {
        const QBrush approved = palette.leaveBrush(type, false);
        const QBrush pending = palette.leaveBrush(type, true);
        QVERIFY(approved.color() != pending.color() || approved.style() != pending.style());
    }
}

void TestCalendarPalette::everyLeaveTypeHasNameAndCode()
{
    QSet<QString> codes;
    for (LeaveRequest::Type type : CalendarPalette::leaveTypes()) {
        QVERIFY(!CalendarPalette::leaveName(type).isEmpty());
        codes.insert(CalendarPalette::leaveCode(type));
    }
    QCOMPARE(codes.size(), CalendarPalette::leaveTypes().size());
}

QTEST_MAIN(TestCalendarPalette)
#include "tst_calendarpalette.moc"
