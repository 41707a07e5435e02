#include "swatchlegend.h"

#include <QPainter>

namespace {

constexpr int Spacing = 14;

} // namespace

SwatchLegend::SwatchLegend(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void SwatchLegend::setEntries(const QStringList &texts)
{
    m_texts = texts;
    updateGeometry();
    update();
}

QList<QRect> SwatchLegend::layout(int width, int *height) const
{
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height() + 6;
    QList<QRect> rects;
    int x = 0;
    int y = 0;
    for (const QString &text : m_texts) {
        const int w = metrics.height() * 2 + 6 + metrics.horizontalAdvance(text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight;
        }
        rects.append(QRect(x, y, w, lineHeight));
        x += w + Spacing;
    }
    *height = y + lineHeight;
    return rects;
}

int SwatchLegend::heightForWidth(int width) const
{
    int height = 0;
    layout(width, &height);
    return height;
}

QSize SwatchLegend::sizeHint() const
{
    const int w = std::max(width(), 600);
    return {w, heightForWidth(w)};
}

QSize SwatchLegend::minimumSizeHint() const
{
    return {100, heightForWidth(std::max(width(), 100))};
}

void SwatchLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintAt(painter, width());
}

void SwatchLegend::paintAt(QPainter &painter, int width) const
{
    const QFontMetrics metrics(font());
    painter.setFont(font());
    int height = 0;
    const QList<QRect> rects = layout(width, &height);
    for (int i = 0; i < m_texts.size(); ++i) {
        const QRect rect = rects.at(i);
        const QRect swatch(rect.left(), rect.top() + 3, metrics.height() * 2, metrics.height());
        paintSwatch(painter, i, swatch);
        painter.setPen(textColour());
        painter.drawText(QRect(swatch.right() + 6, rect.top(), rect.width(), rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         m_texts.at(i));
    }
}
