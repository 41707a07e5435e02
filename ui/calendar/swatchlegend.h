#pragma once

#include <QStringList>
#include <QWidget>

// A key of entries, each a swatch two text lines wide followed by its text, flowing onto more
// lines when narrow (long translations) so that nothing is cut off. Subclasses name the entries
// and paint each swatch; the calendar's and the heatmap's legends share the layout this way.
class SwatchLegend : public QWidget
{
    Q_OBJECT

public:
    explicit SwatchLegend(QWidget *parent = nullptr);

    QStringList entries() const { return m_texts; } // the texts shown, in order

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Paints the legend laid out for `width` at the painter's origin.
    void paintAt(QPainter &painter, int width) const;

protected:
    void setEntries(const QStringList &texts);
    virtual void paintSwatch(QPainter &painter, int entry, const QRect &swatch) const = 0;
    virtual QColor textColour() const = 0;
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QRect> layout(int width, int *height) const;

    QStringList m_texts;
};
