#pragma once

#include <QAbstractScrollArea>
#include <QDate>
#include <QImage>
#include <QPoint>
#include <QRect>

class HeatmapModel;

// Paints a HeatmapModel without a widget or delegate call per cell: the cells' colours are kept
// in an image of one pixel per cell, scaled onto the screen in one call; patterns, marks, counts
// and grid lines are drawn over it only when cells are large enough to show them. Names and day
// headers stay in place while the cells scroll. A rectangular range of cells can be selected with
// the mouse (drag, Shift+click) or keyboard (arrows, Shift+arrows); Enter or a double-click
// activates the current cell.
class HeatmapGrid : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit HeatmapGrid(QWidget *parent = nullptr);

    void setModel(HeatmapModel *model);
    HeatmapModel *model() const { return m_model; }
    void setHolidays(const QList<QDate> &holidays);
    void setToday(QDate today);

    void setCellSize(QSize size);
    QSize cellSize() const { return m_cell; }

    // Selected cells as model columns (x) and rows (y); empty when nothing is selected.
    QRect selection() const { return m_selection; }
    void setSelection(const QRect &cells);
    QPoint currentCell() const { return m_current; }

    // Where a model cell is in viewport coordinates (for tests), and the cell at a point.
    QRect cellRect(int row, int column) const;
    QPoint cellAt(const QPoint &viewportPos) const; // (column, row), (-1, -1) outside the cells
    QSize contentSize() const; // every row and day with the headers, in pixels
    // Paints every row and day with the headers, the top-left at (0, 0) of the painter.
    void paintAll(QPainter &painter) const;

signals:
    void selectionChanged();
    void activated(int row, int column);
    void zoomRequested(int steps); // Ctrl+wheel: positive = larger cells

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void invalidateImage(); // the cells' colours changed, not the rows or days
    void updateImage() const;
    void updateScrollBars();
    void updateMetrics();
    // Paints the cells of viewport area `area` with the cells scrolled by `scroll`.
    void paint(QPainter &painter, const QRect &area, QPoint scroll) const;
    void paintCells(QPainter &painter, const QRect &cells, QPoint origin) const;
    void paintDayHeader(QPainter &painter, const QRect &area, int originX) const;
    void paintNames(QPainter &painter, const QRect &area, int originY) const;
    void moveCurrent(QPoint cell, bool extend);

    HeatmapModel *m_model = nullptr;
    // One pixel per cell, built when painted: a new grid and palette then cost one build.
    mutable QImage m_image;
    mutable bool m_imageStale = true;
    QList<QDate> m_holidays;
    QDate m_today;
    QSize m_cell{6, 16};
    int m_nameWidth = 120;
    int m_headerHeight = 32;
    QRect m_selection;
    QPoint m_current{-1, -1};
    QPoint m_anchor{-1, -1};
};
