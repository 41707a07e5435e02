#pragma once

#include <QAbstractItemView>
#include <QColor>
#include <QDate>

class TimelineModel;

// One day or one week of a TimelineModel on a time axis: day columns under a header (weekday and
// date, bank holiday, today outlined), a strip of all-day items, and an hour grid from 00:00 to
// 24:00 that scrolls vertically under them. Shifts are blocks in their type's colour, side by
// side where they overlap, marked where they continue from the day before or into the next.
// Zoom is pixels per hour (Ctrl+wheel); arrow keys move between blocks.
class TimelineView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    qreal zoom() const { return m_pixelsPerHour; }
    void setZoom(qreal pixelsPerHour); // 12 to 240; the hour at the top of the grid stays
    static constexpr qreal DefaultZoom = 40;

    qint64 currentShiftId() const; // 0 when no shift is current

    // Where a time of day is drawn in the viewport (for the grid's current scroll position).
    int yForMinute(int minute) const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void reset() override;

signals:
    void shiftActivated(qint64 shiftId);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What painting and hit-testing need of one row, read from the model once per layout.
    struct Item
    {
        QRectF rect; // viewport coordinates for all-day items, grid coordinates for timed ones
        int day = 0;
        bool allDay = false;
        bool hidden = false; // an all-day item beyond the strip's rows
        bool continuesBefore = false;
        bool continuesAfter = false;
        bool cancelled = false;
        bool pending = false;
        int leaveType = -1;
        QColor colour;
        QString title;
        QString times;
        qint64 shiftId = 0;
    };

    void ensureLayout() const;
    void invalidateLayout();
    int headerHeight() const;
    int allDayRowHeight() const;
    int allDayRowsShown() const;
    int gridTop() const;
    int gridHeight() const;
    int gutterWidth() const;
    qreal columnWidth() const;
    qreal columnLeft(int day) const;
    int dayAt(qreal x) const;
    QRectF toViewport(const Item &item) const;
    QRect moreRect(int day) const;
    QModelIndex firstVisible(int day) const;
    QModelIndex nearestIn(int day, const Item &from) const;
    void setZoomAround(qreal pixelsPerHour, int anchorY);
    void restoreCurrent();

    void paintHeader(QPainter &painter) const;
    void paintGrid(QPainter &painter) const;
    void paintAllDay(QPainter &painter) const;
    void paintBlock(QPainter &painter, const Item &item, bool current, bool selected) const;

    TimelineModel *m_model = nullptr;
    qreal m_pixelsPerHour = DefaultZoom;
    bool m_scrolledToMorning = false;
    qint64 m_currentShiftId = 0;
    int m_currentDay = 0;
    mutable bool m_layoutDirty = true;
    mutable QList<Item> m_items;
    mutable QList<QList<int>> m_dayItems; // rows of each day, in model order
    mutable QList<int> m_moreCount;       // all-day items of each day not shown
};
