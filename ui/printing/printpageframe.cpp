#include "printpageframe.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

QFont PrintPageFrame::font(qreal points, bool bold)
{
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

void PrintPageFrame::measure(const QPaintDevice &device)
{
    m_dpi = device.logicalDpiY();
    m_page = QRectF(0, 0, device.width(), device.height());
    const QFontMetricsF title(font(13, true), &device);
    const QFontMetricsF subtitle(font(9), &device);
    const QFontMetricsF small(font(6), &device);
    m_headerHeight = title.height() + subtitle.height() + mm(3);
    m_footerHeight = small.height() + mm(1.5);
    setKeyHeight(0);
}

void PrintPageFrame::setKeyHeight(qreal height)
{
    m_content = QRectF(0, m_headerHeight, m_page.width(), m_page.height() - m_headerHeight - height - m_footerHeight - mm(3));
}

QList<QRectF> PrintPageFrame::keyPlaces(const QList<qreal> &itemWidths, qreal lineHeight, qreal *height) const
{
    const qreal width = m_page.width();
    QList<QRectF> places;
    qreal x = 0;
    qreal y = lineHeight; // below the heading
    for (qreal itemWidth : itemWidths) {
        // A little slack: elidedText() drops letters for the smallest rounding shortfall.
        itemWidth = std::min(itemWidth + mm(0.5), width);
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += lineHeight;
        }
        places.append(QRectF(x, y, itemWidth, lineHeight));
        x += itemWidth + mm(5);
    }
    if (height)
        *height = y + lineHeight;
    return places;
}

void PrintPageFrame::paintHeader(QPainter &painter, const QColor &text, const QString &title, const QString &printedAt,
                                 const QString &subtitle, const QString &pageNumber) const
{
    const QFont titleFont = font(13, true);
    const QFont subtitleFont = font(9);
    const QFont smallFont = font(6);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF subtitleMetrics(subtitleFont, painter.device());
    const QFontMetricsF small(smallFont, painter.device());
    const QRectF area = m_page;

    painter.setPen(text);
    // Both on the title's baseline, so that text extraction reads them as one line in order.
    const qreal printedWidth = small.horizontalAdvance(printedAt);
    painter.setFont(smallFont);
    painter.drawText(QPointF(area.right() - printedWidth, titleMetrics.ascent()), printedAt);
    painter.setFont(titleFont);
    painter.drawText(QPointF(0, titleMetrics.ascent()),
                     titleMetrics.elidedText(title, Qt::ElideRight, area.width() - printedWidth - mm(5)));

    painter.setFont(subtitleFont);
    painter.drawText(QRectF(0, titleMetrics.height(), area.width(), subtitleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     subtitleMetrics.elidedText(subtitle, Qt::ElideRight, area.width()));
    painter.setPen(QPen(text, mm(0.3)));
    const qreal rule = titleMetrics.height() + subtitleMetrics.height() + mm(1);
    painter.drawLine(QPointF(0, rule), QPointF(area.right(), rule));

    painter.setFont(smallFont);
    painter.setPen(text);
    painter.drawText(QRectF(0, area.bottom() - small.height(), area.width(), small.height()), Qt::AlignRight | Qt::AlignVCenter,
                     pageNumber);
}

void PrintPageFrame::paintKey(QPainter &painter, const QColor &text, const QColor &rule, const QString &heading,
                              const QStringList &items, const QList<QRectF> &places, const SwatchPainter &paintSwatch) const
{
    const QFont smallFont = font(6);
    const QFontMetricsF small(smallFont, painter.device());
    const qreal top = m_content.bottom() + mm(1.5);
    const qreal width = m_page.width();

    painter.setPen(QPen(rule, mm(0.2)));
    painter.drawLine(QPointF(0, top), QPointF(width, top));
    painter.setFont(font(6, true));
    painter.setPen(text);
    painter.drawText(QRectF(0, top, width, small.height() + mm(1)), Qt::AlignLeft | Qt::AlignVCenter, heading);

    for (int i = 0; i < items.size() && i < places.size(); ++i) {
        const QRectF place = places.at(i).translated(0, top);
        const qreal x = paintSwatch(i, place);
        painter.setFont(smallFont);
        painter.setPen(text);
        const QRectF textRect(x, place.top(), place.right() - x, place.height());
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         small.elidedText(items.at(i), Qt::ElideRight, textRect.width()));
    }
}

bool PrintPageFrame::printPages(QPagedPaintDevice &device, int pageCount, const std::function<void(QPainter &, int page)> &paintPage,
                                QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("The pages cannot be painted: the printer or the file is not ready."));
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return fail(tr("Page %1 cannot be started.").arg(page + 1));
        }
        paintPage(painter, page);
    }
    if (!painter.end())
        return fail(tr("The pages could not be finished."));
    return true;
}
