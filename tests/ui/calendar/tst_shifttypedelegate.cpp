#include "calendar/shifttablemodel.h"
#include "calendar/shifttypedelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
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

class TestShiftTypeDelegate : public QObject
{
    Q_OBJECT

private slots:
    void codeTextContrastsWithTypeColour_data();
    void codeTextContrastsWithTypeColour();
    void paintsChipInTypeColour();
    void sizeHintFitsCodeAndName();
};

void TestShiftTypeDelegate::codeTextContrastsWithTypeColour_data()
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

void TestShiftTypeDelegate::codeTextContrastsWithTypeColour()
{
    QFETCH(QColor, background);
    QFETCH(QColor, text);

    const QColor chosen = ShiftTypeDelegate::textColourOn(background);
    QCOMPARE(chosen, text);
    const QColor other = chosen == QColor(Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
    QVERIFY(contrast(chosen, background) >= contrast(other, background));
    // At least the WCAG minimum for large text, whatever the colour.
    QVERIFY(contrast(chosen, background) >= 3.0);
}

void TestShiftTypeDelegate::paintsChipInTypeColour()
{
    QStandardItemModel model(1, 1);
    const QColor navy(u"#1F3A5F"_s);
    model.setData(model.index(0, 0), u"N"_s, Qt::DisplayRole);
    model.setData(model.index(0, 0), navy, Qt::DecorationRole);
    model.setData(model.index(0, 0), u"Night"_s, ShiftTableModel::TypeNameRole);

    ShiftTypeDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), QSize(200, 30));
    option.palette.setColor(QPalette::Base, Qt::white);
    option.palette.setColor(QPalette::Text, Qt::black);
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    int chipPixels = 0;
    int codePixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width() / 3; ++x) {
            const QColor pixel = image.pixelColor(x, y);
            chipPixels += pixel == navy;
            codePixels += pixel == QColor(Qt::white);
        }
    }
    QVERIFY2(chipPixels > 50, qPrintable(QString::number(chipPixels)));
    // The white code is drawn on the navy chip (and white is the background outside it).
    QVERIFY(codePixels > 0);
}

void TestShiftTypeDelegate::sizeHintFitsCodeAndName()
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), u"LD"_s, Qt::DisplayRole);
    model.setData(model.index(0, 0), QColor(u"#009E73"_s), Qt::DecorationRole);
    ShiftTypeDelegate delegate;
    QStyleOptionViewItem option;
    model.setData(model.index(0, 0), u"Day"_s, ShiftTableModel::TypeNameRole);
    const int shortWidth = delegate.sizeHint(option, model.index(0, 0)).width();
    // A long (translated) name widens the column instead of being cut off.
    model.setData(model.index(0, 0), u"Langer Tagdienst mit Rufbereitschaft"_s, ShiftTableModel::TypeNameRole);
    const int longWidth = delegate.sizeHint(option, model.index(0, 0)).width();
    QVERIFY(longWidth >= shortWidth + option.fontMetrics.horizontalAdvance(u"Langer Tagdienst mit Rufbereitschaft"_s)
                             - option.fontMetrics.horizontalAdvance(u"Day"_s));
}

QTEST_MAIN(TestShiftTypeDelegate)
#include "tst_shifttypedelegate.moc"
