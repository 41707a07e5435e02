#include "statisticsexport.h"

#include "io/csvwriter.h"
#include "statisticsroles.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QWidget>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString cellText(const QAbstractItemModel &model, int row, int column, int role)
{
    const QModelIndex index = model.index(row, column);
    const QVariant value = model.data(index, role);
    return value.isValid() ? value.toString() : model.data(index, Qt::DisplayRole).toString();
}

QFont sizedFont(qreal points, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Title and subtitle at the top of a page, painted unless only measured; returns the height
// they take with a line of space below.
qreal pageHeader(QPainter &painter, const QRectF &page, const StatisticsExport::Report &report, bool paint)
{
    constexpr int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    painter.setPen(Qt::black);
    painter.setFont(sizedFont(15, true));
    const QRectF title = painter.boundingRect(page, flags, report.title);
    if (paint)
        painter.drawText(page, flags, report.title);
    painter.setFont(sizedFont(9));
    const QRectF below = page.adjusted(0, title.height(), 0, 0);
    const QRectF subtitle = painter.boundingRect(below, flags, report.subtitle);
    if (paint)
        painter.drawText(below, flags, report.subtitle);
    return title.height() + subtitle.height() + QFontMetricsF(painter.font()).height();
}

void paintPageFooter(QPainter &painter, const QRectF &page, int number, int count)
{
    painter.setPen(Qt::black);
    painter.setFont(sizedFont(8));
    painter.drawText(page, Qt::AlignRight | Qt::AlignBottom, StatisticsExport::tr("Page %1 of %2").arg(number).arg(count));
}

// Column widths from the widest text of each column (with a little slack, so that rounding
// never elides the widest), shrunk in proportion to fit `width`.
QList<qreal> columnWidths(const QFontMetricsF &metrics, const QFontMetricsF &bold, const QStringList &header, const QList<QStringList> &rows,
                          qreal width, qreal padding)
{
    QList<qreal> widths;
    for (const QString &text : header)
        widths.append(bold.horizontalAdvance(text) + 3 * padding);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths.at(column), metrics.horizontalAdvance(row.at(column)) + 3 * padding);
    }
    qreal total = 0;
    for (const qreal w : std::as_const(widths))
        total += w;
    if (total > width) {
        for (qreal &w : widths)
            w *= width / total;
    }
    return widths;
}

} // namespace

QStringList StatisticsExport::header(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    return texts;
}

QList<QStringList> StatisticsExport::rows(const QAbstractItemModel &model, int role)
{
    QList<QStringList> result;
    result.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(cellText(model, row, column, role));
        result.append(cells);
    }
    return result;
}

QString StatisticsExport::writeCsv(const QAbstractItemModel &model, const QString &file)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(QFileInfo(file).fileName(), out.errorString());
    if (const QString error = CsvWriter::write(out, header(model), rows(model, StatisticsRoles::ExportRole)); !error.isEmpty())
        return tr("%1 cannot be written: %2").arg(QFileInfo(file).fileName(), error);
    if (!out.commit())
        return tr("%1 cannot be written: %2").arg(QFileInfo(file).fileName(), out.errorString());
    return {};
}

QImage StatisticsExport::image(QWidget *chart, qreal scale)
{
    QImage image(chart->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(chart->palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

QString StatisticsExport::writePng(QWidget *chart, const QString &file)
{
    if (!chart)
        return tr("This page has no chart to save.");
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || !image(chart).save(&out, "PNG") || !out.commit())
        return tr("%1 cannot be written: %2").arg(QFileInfo(file).fileName(), out.errorString());
    return {};
}

QString StatisticsExport::writePdf(const Report &report, const QString &file)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(QFileInfo(file).fileName(), out.errorString());
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(report.title);
    writer.setCreator(u"RotaDesk"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("%1 cannot be written.").arg(QFileInfo(file).fileName());
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(0, 0, writer.width(), writer.height());

    // Lay out the table first, so that every page can say how many there are.
    const qreal padding = QFontMetricsF(sizedFont(9), &writer).height() * 0.3;
    const QFont cellFont = sizedFont(9);
    const QFont headFont = sizedFont(9, true);
    const QFontMetricsF cellMetrics(cellFont, &writer);
    const QFontMetricsF headMetrics(headFont, &writer);
    const QStringList head = report.table ? header(*report.table) : QStringList();
    const QList<QStringList> cells = report.table ? rows(*report.table, Qt::DisplayRole) : QList<QStringList>();
    const qreal rowHeight = cellMetrics.height() + 2 * padding;
    const qreal footerHeight = QFontMetricsF(sizedFont(8), &writer).height() * 1.5;
    const qreal titleHeight = pageHeader(painter, page, report, false);
    const qreal tableTop = titleHeight;
    const int rowsPerPage = std::max(1, int((page.height() - tableTop - footerHeight - rowHeight) / rowHeight));
    const int tablePages = report.table ? std::max(1, int(std::ceil(double(cells.size()) / rowsPerPage))) : 0;
    const int pageCount = (report.chart ? 1 : 0) + tablePages;

    int pageNumber = 0;
    if (report.chart) {
        ++pageNumber;
        pageHeader(painter, page, report, true);
        const QRectF area(page.left(), page.top() + titleHeight, page.width(), page.height() - titleHeight - footerHeight);
        const QSizeF size = report.chart->size();
        const qreal scale = std::min(area.width() / size.width(), area.height() / size.height());
        painter.save();
        painter.translate(area.left() + (area.width() - size.width() * scale) / 2, area.top());
        painter.scale(scale, scale);
        report.chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
        paintPageFooter(painter, page, pageNumber, pageCount);
    }
    if (report.table) {
        const QList<qreal> widths = columnWidths(cellMetrics, headMetrics, head, cells, page.width(), padding);
        QList<Qt::Alignment> alignments;
        for (int column = 0; column < head.size(); ++column) {
            const QVariant alignment = cells.isEmpty() ? QVariant() : report.table->index(0, column).data(Qt::TextAlignmentRole);
            alignments.append(alignment.isValid() ? Qt::Alignment(alignment.toInt()) & Qt::AlignHorizontal_Mask : Qt::AlignLeft);
        }
        const auto paintRow = [&](qreal top, const QStringList &texts, const QFontMetricsF &metrics, bool shaded) {
            if (shaded)
                painter.fillRect(QRectF(page.left(), top, page.width(), rowHeight), QColor(0xEE, 0xEE, 0xEE));
            qreal left = page.left();
            for (qsizetype column = 0; column < texts.size() && column < widths.size(); ++column) {
                const QRectF cell(left + padding, top, widths.at(column) - 2 * padding, rowHeight);
                const QString text = metrics.elidedText(texts.at(column), Qt::ElideRight, cell.width());
                painter.drawText(cell, int(alignments.value(column, Qt::AlignLeft) | Qt::AlignVCenter), text);
                left += widths.at(column);
            }
        };
        for (int tablePage = 0; tablePage < tablePages; ++tablePage) {
            if (pageNumber > 0 && !writer.newPage()) {
                painter.end();
                return tr("%1 cannot be written.").arg(QFileInfo(file).fileName());
            }
            ++pageNumber;
            pageHeader(painter, page, report, true);
            qreal top = page.top() + tableTop;
            painter.setPen(Qt::black);
            painter.setFont(headFont);
            paintRow(top, head, headMetrics, false);
            top += rowHeight;
            painter.drawLine(QPointF(page.left(), top), QPointF(page.right(), top));
            painter.setFont(cellFont);
            const int first = tablePage * rowsPerPage;
            for (int row = first; row < std::min<int>(first + rowsPerPage, cells.size()); ++row) {
                paintRow(top, cells.at(row), cellMetrics, (row - first) % 2 == 1);
                top += rowHeight;
            }
            paintPageFooter(painter, page, pageNumber, pageCount);
        }
    }
    if (!painter.end())
        return tr("%1 cannot be written.").arg(QFileInfo(file).fileName());
    if (!out.commit())
        return tr("%1 cannot be written: %2").arg(QFileInfo(file).fileName(), out.errorString());
    return {};
}
