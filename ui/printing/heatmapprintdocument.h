#pragma once

#include "heatmap/heatmappalette.h"
#include "printoptions.h"
#include "printpageframe.h"
#include "scheduling/availability.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class Workspace;

// The printed availability heatmap: clinicians by day, each team led by a row counting who can
// work against what its rota needs. Pages have the rota's frame (PrintPageFrame): a header with the
// workspace, period, view and print time, a key and "Page n of N". Long periods are cut into
// bands of whole months that fit the page width; rows flow over as many pages as they need, with
// the day headers and the team's heading repeated on each page.
class HeatmapPrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(HeatmapPrintDocument)

public:
    struct PageSummary
    {
        QDate from;
        QDate to;
        QStringList rows; // clinician names in print order (team rows not included)
        QStringList teams; // team rows on the page, continued ones too
    };

    HeatmapPrintDocument(const Workspace &workspace, const PrintOptions &options);

    const PrintOptions &options() const { return m_options; }
    QString loadError() const { return m_loadError; }
    QPageLayout pageLayout() const;

    void layout(QPagedPaintDevice &device);
    int pageCount() const { return int(m_pages.size()); }
    PageSummary pageSummary(int page) const;
    void paint(QPainter &painter, int page) const;
    bool print(QPagedPaintDevice &device, QString *error);

private:
    struct Row
    {
        int group = 0;
        int gridRow = -1; // -1: the team's row
    };
    struct Page
    {
        int firstDay = 0;
        int lastDay = 0;
        QList<Row> rows;
    };
    struct LegendItem
    {
        QString text;
        AvailabilityGrid::Cell cell;
        std::optional<AvailabilityGrid::TeamStatus> team;
        QString code;
    };

    qreal mm(qreal millimetres) const { return m_frame.mm(millimetres); }
    static QFont font(qreal points, bool bold = false) { return PrintPageFrame::font(points, bold); }
    QList<std::pair<int, int>> bands(int maxDays) const;
    QList<QRectF> legendPositions(const QPaintDevice *device, qreal *height) const;
    QString periodText() const;
    qreal columnWidth(const Page &page) const;
    void paintHeader(QPainter &painter, int page) const;
    void paintLegend(QPainter &painter) const;
    void paintCells(QPainter &painter, const Page &page) const;

    PrintOptions m_options;
    QString m_workspaceName;
    QString m_printedAt;
    QString m_filterText;
    QString m_loadError;
    AvailabilityGrid m_grid;
    HeatmapPalette m_palette;
    QList<QDate> m_holidays;
    QList<LegendItem> m_legend;
    QList<Page> m_pages;
    PrintPageFrame m_frame;
    qreal m_nameWidth = 0;
    qreal m_rowHeight = 0;
    qreal m_dayHeader = 0;
    qreal m_minColumn = 0;
    qreal m_maxColumn = 0;
};
