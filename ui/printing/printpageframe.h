#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

// What every printed page has around its content, the same on the rota's and the heatmap's pages:
// a header (the workspace, a line naming the period, view and filter, the print time), a key
// above the footer that wraps onto as many lines as it needs, and the page number in the footer.
// Measured on the device in points and millimetres. The texts come translated from the documents.
class PrintPageFrame
{
    Q_DECLARE_TR_FUNCTIONS(PrintPageFrame)

public:
    // Draws one key item's sample in its place and returns where the item's text starts.
    using SwatchPainter = std::function<qreal(int item, const QRectF &place)>;

    // Paints pageCount pages on the device, one paintPage call each; false with the reason in
    // `error` when the device cannot start, turn or finish a page.
    static bool printPages(QPagedPaintDevice &device, int pageCount, const std::function<void(QPainter &, int page)> &paintPage,
                           QString *error);

    static QFont font(qreal points, bool bold = false);

    // Reads the device's page and resolution; the content area follows once the key is measured.
    void measure(const QPaintDevice &device);
    void setKeyHeight(qreal height);

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal dpi() const { return m_dpi; }
    QRectF page() const { return m_page; }
    QRectF content() const { return m_content; } // between the header and the key

    // Places for the key's items of the given widths, flowing across the page below the key's
    // heading, relative to the key's top; `height` receives the key's whole height.
    QList<QRectF> keyPlaces(const QList<qreal> &itemWidths, qreal lineHeight, qreal *height) const;

    void paintHeader(QPainter &painter, const QColor &text, const QString &title, const QString &printedAt,
                     const QString &subtitle, const QString &pageNumber) const;
    void paintKey(QPainter &painter, const QColor &text, const QColor &rule, const QString &heading, const QStringList &items,
                  const QList<QRectF> &places, const SwatchPainter &paintSwatch) const;

private:
    qreal m_dpi = 72;
    QRectF m_page;
    QRectF m_content;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
};
