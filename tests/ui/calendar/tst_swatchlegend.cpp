#include "calendar/swatchlegend.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Records the swatches it is asked to paint.
class RecordingLegend : public SwatchLegend
{
public:
    using SwatchLegend::setEntries;
    mutable QList<std::pair<int, QRect>> painted;

protected:
    void paintSwatch(QPainter &, int entry, const QRect &swatch) const override { painted.append({entry, swatch}); }
    QColor textColour() const override { return Qt::black; }
};

} // namespace

class TestSwatchLegend : public QObject
{
    Q_OBJECT

private slots:
    void entriesFlowOntoMoreLinesWhenNarrow();
    void swatchesAreTwoLinesWideBeforeTheirText();
};

void TestSwatchLegend::entriesFlowOntoMoreLinesWhenNarrow()
{
    RecordingLegend legend;
    legend.setEntries({u"Early"_s, u"Late"_s, u"Night"_s});
    QCOMPARE(legend.entries(), QStringList({u"Early"_s, u"Late"_s, u"Night"_s}));

    const QFontMetrics metrics(legend.font());
    const int line = metrics.height() + 6;
    const auto entryWidth = [&](const QString &text) { return metrics.height() * 2 + 6 + metrics.horizontalAdvance(text); };
    const int oneLine = entryWidth(u"Early"_s) + 14 + entryWidth(u"Late"_s) + 14 + entryWidth(u"Night"_s);
    QCOMPARE(legend.heightForWidth(oneLine), line);
    QCOMPARE(legend.heightForWidth(oneLine - 1), 2 * line); // "Night" moves to a second line
    QCOMPARE(legend.heightForWidth(1), 3 * line); // one entry a line, never none
}

void TestSwatchLegend::swatchesAreTwoLinesWideBeforeTheirText()
{
    RecordingLegend legend;
    legend.setEntries({u"Early"_s, u"Late"_s});
    const QFontMetrics metrics(legend.font());
    QImage image(400, 100, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setFont(legend.font());
    legend.paintAt(painter, 1); // too narrow for both on a line
    painter.end();

    const int h = metrics.height();
    QCOMPARE(legend.painted.size(), 2);
    QCOMPARE(legend.painted.at(0), std::make_pair(0, QRect(0, 3, 2 * h, h)));
    QCOMPARE(legend.painted.at(1), std::make_pair(1, QRect(0, h + 6 + 3, 2 * h, h)));
}

QTEST_MAIN(TestSwatchLegend)
#include "tst_swatchlegend.moc"
