#include "calendar/shifttablemodel.h"
#include "calendar/shifttypedelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShiftTypeDelegate : public QObject
{
    Q_OBJECT

private slots:
    void paintsChipInTypeColour();
    void sizeHintFitsCodeAndName();
};

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
