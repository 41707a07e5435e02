#include "timelineview.h"

#include "calendarpalette.h"
#include "timelinemodel.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int MinutesPerDay = 24 * 60;
constexpr int MorningHour = 7; // where the grid opens: the start of the usual day shift
constexpr qreal MinZoom = 12;
constexpr qreal MaxZoom = 240;
constexpr int Padding = 3;

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.85);
    else
        small.setPixelSize(std::max(6, font.pixelSize() * 85 / 100));
    return small;
}

// A small triangle pointing up or down (or left or right) inside `area`, marking a cut edge.
void drawMark(QPainter &painter, const QRectF &area, Qt::Edge edge, const QColor &colour)
{
    QPolygonF triangle;
    const QPointF c = area.center();
    const qreal r = std::min(area.width(), area.height()) / 2;
    switch (edge) {
    case Qt::TopEdge: triangle << QPointF(c.x() - r, c.y() + r / 2) << QPointF(c.x() + r, c.y() + r / 2) << QPointF(c.x(), c.y() - r / 2); break;
    case Qt::BottomEdge: triangle << QPointF(c.x() - r, c.y() - r / 2) << QPointF(c.x() + r, c.y() - r / 2) << QPointF(c.x(), c.y() + r / 2); break;
    case Qt::LeftEdge: triangle << QPointF(c.x() + r / 2, c.y() - r) << QPointF(c.x() + r / 2, c.y() + r) << QPointF(c.x() - r / 2, c.y()); break;
    case Qt::RightEdge: triangle << QPointF(c.x() - r / 2, c.y() - r) << QPointF(c.x() - r / 2, c.y() + r) << QPointF(c.x() + r / 2, c.y()); break;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(triangle);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model()) {
        disconnect(old, nullptr, this, nullptr);
        disconnect(old, nullptr, viewport(), nullptr);
    }
    m_model = qobject_cast<TimelineModel *>(model);
    QAbstractItemView::setModel(model);
    if (model) {
        // Connected after the selection model's own reset, which clears the current index.
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::restoreCurrent);
    }
    if (m_model)
        connect(m_model, &TimelineModel::calendarChanged, viewport(), qOverload<>(&QWidget::update));
    invalidateLayout();
}

void TimelineView::reset()
{
    QAbstractItemView::reset();
    invalidateLayout();
}

void TimelineView::restoreCurrent()
{
    // After a reload the shift that was current stays current, on the day it was seen.
    if (!m_model || m_currentShiftId == 0)
        return;
    ensureLayout();
    QModelIndex found;
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).shiftId != m_currentShiftId)
            continue;
        if (!found.isValid() || m_items.at(row).day == m_currentDay)
            found = m_model->index(row);
    }
    if (found.isValid())
        setCurrentIndex(found);
}

void TimelineView::invalidateLayout()
{
    m_layoutDirty = true;
    viewport()->update();
}

int TimelineView::headerHeight() const
{
    return fontMetrics().height() + QFontMetrics(smallFont(font())).height() + 3 * Padding;
}

int TimelineView::allDayRowHeight() const
{
    return fontMetrics().height() + 4;
}

int TimelineView::allDayRowsShown() const
{
    // The strip takes at most a third of the view, so the hours stay in sight.
    const int rows = m_model ? m_model->allDayRows() : 0;
    const int room = std::max(1, viewport()->height() / 3 / (allDayRowHeight() + 1));
    return std::clamp(rows, 1, room);
}

int TimelineView::gridTop() const
{
    return headerHeight() + allDayRowsShown() * (allDayRowHeight() + 1) + 2 * Padding + 1;
}

int TimelineView::gridHeight() const
{
    return std::max(0, viewport()->height() - gridTop());
}

int TimelineView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(u"00:00"_s) + 3 * Padding;
}

qreal TimelineView::columnWidth() const
{
    const int days = m_model ? std::max(1, m_model->dayCount()) : 1;
    return std::max(1.0, qreal(viewport()->width() - gutterWidth()) / days);
}

qreal TimelineView::columnLeft(int day) const
{
    return gutterWidth() + day * columnWidth();
}

int TimelineView::dayAt(qreal x) const
{
    if (!m_model || x < gutterWidth())
        return -1;
    const int day = int((x - gutterWidth()) / columnWidth());
    return day < m_model->dayCount() ? day : -1;
}

int TimelineView::yForMinute(int minute) const
{
    return gridTop() + qRound(minute * m_pixelsPerHour / 60) - verticalOffset();
}

void TimelineView::ensureLayout() const
{
    if (!m_layoutDirty)
        return;
    m_layoutDirty = false;
    m_items.clear();
    m_dayItems.clear();
    m_moreCount.clear();
    if (!m_model)
        return;
    const int days = m_model->dayCount();
    m_dayItems.resize(days);
    m_moreCount.fill(0, days);
    const int rows = allDayRowsShown();
    const int rowHeight = allDayRowHeight();
    const qreal width = columnWidth();
    const int count = m_model->rowCount();
    m_items.reserve(count);
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_model->index(row);
        Item item;
        item.day = index.data(TimelineModel::DayRole).toInt();
        item.allDay = index.data(TimelineModel::AllDayRole).toBool();
        item.continuesBefore = index.data(TimelineModel::ContinuesBeforeRole).toBool();
        item.continuesAfter = index.data(TimelineModel::ContinuesAfterRole).toBool();
        item.cancelled = index.data(TimelineModel::CancelledRole).toBool();
        item.pending = index.data(TimelineModel::PendingRole).toBool();
        const QVariant leaveType = index.data(TimelineModel::LeaveTypeRole);
        item.leaveType = leaveType.isValid() ? leaveType.toInt() : -1;
        item.colour = index.data(TimelineModel::ColourRole).value<QColor>();
        item.title = index.data(TimelineModel::TitleRole).toString();
        item.times = index.data(TimelineModel::TimesRole).toString();
        item.shiftId = index.data(TimelineModel::ShiftIdRole).toLongLong();
        const int lane = index.data(TimelineModel::LaneRole).toInt();
        const int lanes = std::max(1, index.data(TimelineModel::LaneCountRole).toInt());
        const qreal left = columnLeft(item.day);
        if (item.allDay) {
            // A day with more all-day items than rows gives its last row to "+N more".
            const bool overflow = lanes > rows;
            item.hidden = overflow && lane >= rows - 1;
            if (item.hidden)
                ++m_moreCount[item.day];
            const qreal top = headerHeight() + Padding + lane * (rowHeight + 1);
            item.rect = QRectF(left + 2, top, width - 4, rowHeight);
        } else {
            // A sliver stays on the right of every column, so a click there hits no shift.
            const qreal laneWidth = (width - 6) / lanes;
            const qreal top = index.data(TimelineModel::StartMinuteRole).toInt() * m_pixelsPerHour / 60;
            const qreal bottom = index.data(TimelineModel::EndMinuteRole).toInt() * m_pixelsPerHour / 60;
            item.rect = QRectF(left + 1 + lane * laneWidth, top, laneWidth - 1, std::max(bottom - top, 6.0));
        }
        if (item.day >= 0 && item.day < days)
            m_dayItems[item.day].append(row);
        m_items.append(item);
    }
}

QRectF TimelineView::toViewport(const Item &item) const
{
    if (item.allDay)
        return item.rect;
    return item.rect.translated(0, gridTop() - verticalOffset());
}

QRect TimelineView::moreRect(int day) const
{
    const int rows = allDayRowsShown();
    const int top = headerHeight() + Padding + (rows - 1) * (allDayRowHeight() + 1);
    return QRectF(columnLeft(day) + 2, top, columnWidth() - 4, allDayRowHeight()).toAlignedRect();
}

QRect TimelineView::visualRect(const QModelIndex &index) const
{
    ensureLayout();
    if (!index.isValid() || index.model() != model() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    if (item.hidden)
        return {};
    // Rounded inwards so that the rects of neighbouring blocks do not share pixels.
    const QRectF rect = toViewport(item);
    return QRect(QPoint(int(std::ceil(rect.left())), int(std::ceil(rect.top()))),
                 QPoint(int(std::floor(rect.right())) - 1, int(std::floor(rect.bottom())) - 1));
}

QModelIndex TimelineView::indexAt(const QPoint &point) const
{
    ensureLayout();
    const int day = dayAt(point.x());
    if (!m_model || day < 0 || point.y() < headerHeight())
        return {};
    const bool inStrip = point.y() < gridTop();
    if (!inStrip && point.y() >= viewport()->height())
        return {};
    const QList<int> &rows = m_dayItems.at(day);
    // Later items are painted on top; the topmost one is hit.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const Item &item = m_items.at(*it);
        if (item.allDay == inStrip && !item.hidden && visualRect(m_model->index(*it)).contains(point))
            return m_model->index(*it);
    }
    return {};
}

void TimelineView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    ensureLayout();
    if (!index.isValid() || index.row() >= m_items.size())
        return;
    const Item &item = m_items.at(index.row());
    if (item.allDay)
        return; // the strip does not scroll
    const int top = int(item.rect.top());
    const int bottom = int(std::ceil(item.rect.bottom()));
    const int height = gridHeight();
    const int offset = verticalOffset();
    int target = offset;
    switch (hint) {
    case EnsureVisible:
        if (top < offset || bottom - top > height)
            target = top;
        else if (bottom > offset + height)
            target = bottom - height;
        break;
    case PositionAtTop: target = top; break;
    case PositionAtBottom: target = bottom - height; break;
    case PositionAtCenter: target = (top + bottom - height) / 2; break;
    }
    verticalScrollBar()->setValue(target);
}

QModelIndex TimelineView::firstVisible(int day) const
{
    for (const int row : m_dayItems.value(day)) {
        if (!m_items.at(row).hidden)
            return m_model->index(row);
    }
    return {};
}

QModelIndex TimelineView::nearestIn(int day, const Item &from) const
{
    // The block of that day closest in time (or the all-day item on the same row), so that
    // Left and Right follow a night from one day to the next.
    QModelIndex best;
    qreal bestDistance = 0;
    const QPointF centre = from.rect.center();
    for (const int row : m_dayItems.value(day)) {
        const Item &item = m_items.at(row);
        if (item.hidden)
            continue;
        qreal distance = 0;
        if (item.allDay != from.allDay)
            distance = 1e9 + (item.allDay ? 0 : item.rect.top());
        else
            distance = std::abs(item.rect.center().y() - centre.y()) * 4 + std::abs(item.rect.center().x() - centre.x() - (day - from.day) * columnWidth());
        if (!best.isValid() || distance < bestDistance) {
            best = m_model->index(row);
            bestDistance = distance;
        }
    }
    return best;
}

QModelIndex TimelineView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    ensureLayout();
    if (!m_model || m_items.isEmpty())
        return {};
    const QModelIndex current = currentIndex();
    if (!current.isValid() || current.row() >= m_items.size() || m_items.at(current.row()).hidden) {
        for (int day = 0; day < m_dayItems.size(); ++day) {
            if (const QModelIndex first = firstVisible(day); first.isValid())
                return first;
        }
        return {};
    }
    const Item &item = m_items.at(current.row());
    const QList<int> rows = m_dayItems.value(item.day);
    QList<int> shown;
    for (const int row : rows) {
        if (!m_items.at(row).hidden)
            shown.append(row);
    }
    const qsizetype position = shown.indexOf(current.row());
    const bool forward = layoutDirection() == Qt::LeftToRight;
    switch (cursorAction) {
    case MoveUp:
        return position > 0 ? m_model->index(shown.at(position - 1)) : current;
    case MoveDown:
        return position + 1 < shown.size() ? m_model->index(shown.at(position + 1)) : current;
    case MoveHome:
    case MovePageUp:
        return m_model->index(shown.constFirst());
    case MoveEnd:
    case MovePageDown:
        return m_model->index(shown.constLast());
    case MoveLeft:
    case MoveRight: {
        const int step = (cursorAction == MoveRight) == forward ? 1 : -1;
        for (int day = item.day + step; day >= 0 && day < m_dayItems.size(); day += step) {
            if (const QModelIndex next = nearestIn(day, item); next.isValid())
                return next;
        }
        return current;
    }
    case MoveNext:
    case MovePrevious: {
        const int step = cursorAction == MoveNext ? 1 : -1;
        for (int row = current.row() + step; row >= 0 && row < m_items.size(); row += step) {
            if (!m_items.at(row).hidden)
                return m_model->index(row);
        }
        return current;
    }
    }
    return current;
}

int TimelineView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int TimelineView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool TimelineView::isIndexHidden(const QModelIndex &index) const
{
    ensureLayout();
    return index.isValid() && index.row() < m_items.size() && m_items.at(index.row()).hidden;
}

void TimelineView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    ensureLayout();
    if (!m_model || !selectionModel())
        return;
    const QRect area = rect.normalized();
    QItemSelection selection;
    for (int row = 0; row < m_items.size(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (visualRect(index).intersects(area))
            selection.select(index, index);
    }
    selectionModel()->select(selection, command);
}

QRegion TimelineView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QModelIndex &index : selection.indexes())
        region += visualRect(index).adjusted(-2, -2, 2, 2);
    return region;
}

void TimelineView::updateGeometries()
{
    invalidateLayout();
    const int content = qRound(24 * m_pixelsPerHour);
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, std::max(0, content - gridHeight()));
    bar->setPageStep(std::max(1, gridHeight()));
    bar->setSingleStep(std::max(1, qRound(m_pixelsPerHour / 2)));
    horizontalScrollBar()->setRange(0, 0);
    if (!m_scrolledToMorning && gridHeight() > 0) {
        m_scrolledToMorning = true;
        // 07:00 a little below the top, so that its label is not cut in half.
        bar->setValue(qRound(MorningHour * m_pixelsPerHour) - QFontMetrics(smallFont(font())).height());
    }
    QAbstractItemView::updateGeometries();
}

void TimelineView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    invalidateLayout();
    QAbstractItemView::rowsInserted(parent, start, end);
}

void TimelineView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    invalidateLayout();
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
}

void TimelineView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    invalidateLayout();
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void TimelineView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    if (current.isValid()) {
        m_currentShiftId = current.data(TimelineModel::ShiftIdRole).toLongLong();
        m_currentDay = current.data(TimelineModel::DayRole).toInt();
    }
    viewport()->update();
}

qint64 TimelineView::currentShiftId() const
{
    return currentIndex().data(TimelineModel::ShiftIdRole).toLongLong();
}

void TimelineView::setZoom(qreal pixelsPerHour)
{
    setZoomAround(pixelsPerHour, gridTop());
}

void TimelineView::setZoomAround(qreal pixelsPerHour, int anchorY)
{
    const qreal zoom = std::clamp(pixelsPerHour, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_pixelsPerHour))
        return;
    // The time under the anchor stays where it is.
    const qreal minute = (anchorY - gridTop() + verticalOffset()) * 60 / m_pixelsPerHour;
    m_pixelsPerHour = zoom;
    updateGeometries();
    verticalScrollBar()->setValue(qRound(minute * m_pixelsPerHour / 60) - (anchorY - gridTop()));
    viewport()->update();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(viewport());
    const CalendarPalette colours(palette());
    painter.fillRect(viewport()->rect(), colours.base());
    if (!m_model)
        return;
    paintGrid(painter);
    paintAllDay(painter);
    paintHeader(painter);
}

void TimelineView::paintHeader(QPainter &painter) const
{
    const CalendarPalette colours(palette());
    const QFont small = smallFont(font());
    const QFontMetrics metrics = fontMetrics();
    const QFontMetrics smallMetrics(small);
    const int height = headerHeight();
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    for (int day = 0; day < m_model->dayCount(); ++day) {
        const QDate date = m_model->date(day);
        const QString holiday = m_model->holiday(date);
        const QRectF cell(columnLeft(day), 0, columnWidth(), height);
        if (!holiday.isEmpty())
            painter.fillRect(cell, colours.holidayBackground());
        else if (date.dayOfWeek() >= Qt::Saturday)
            painter.fillRect(cell, colours.weekendBackground());
        const bool today = date == m_model->today();
        const QRectF text = cell.adjusted(Padding, Padding, -Padding, -Padding);
        // The long form when it fits ("Mon 23 Nov"), else the day of the month alone.
        QString label = locale.toString(date, tr("ddd d MMM", "a day in the week view's header"));
        if (metrics.horizontalAdvance(label) > text.width())
            label = locale.toString(date, tr("ddd d", "a day in a narrow week view header"));
        painter.setFont(today ? bold : font());
        painter.setPen(today ? colours.todayOutline() : colours.text());
        painter.drawText(QRectF(text.left(), text.top(), text.width(), metrics.height()), Qt::AlignCenter,
                         metrics.elidedText(label, Qt::ElideRight, int(text.width())));
        if (!holiday.isEmpty()) {
            painter.setFont(small);
            painter.setPen(colours.text());
            painter.drawText(QRectF(text.left(), text.top() + metrics.height(), text.width(), smallMetrics.height()), Qt::AlignCenter,
                             smallMetrics.elidedText(holiday, Qt::ElideRight, int(text.width())));
        }
        if (today) {
            painter.setPen(QPen(colours.todayOutline(), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.adjusted(1, 1, -1, -1));
        }
    }
    painter.setPen(colours.gridLine());
    painter.drawLine(QPointF(0, height - 0.5), QPointF(viewport()->width(), height - 0.5));
}

void TimelineView::paintAllDay(QPainter &painter) const
{
    const CalendarPalette colours(palette());
    const int top = headerHeight();
    const int bottom = gridTop() - 1;
    painter.fillRect(QRect(0, top, viewport()->width(), bottom - top), colours.base());
    for (int day = 0; day < m_model->dayCount(); ++day) {
        const QDate date = m_model->date(day);
        const QRectF cell(columnLeft(day), top, columnWidth(), bottom - top);
        if (!m_model->holiday(date).isEmpty())
            painter.fillRect(cell, colours.holidayBackground());
        else if (date.dayOfWeek() >= Qt::Saturday)
            painter.fillRect(cell, colours.weekendBackground());
    }
    const QFont small = smallFont(font());
    painter.setFont(small);
    painter.setPen(withAlpha(colours.text(), 170));
    painter.drawText(QRect(0, top, gutterWidth() - Padding, allDayRowHeight() + Padding), Qt::AlignRight | Qt::AlignVCenter,
                     tr("All day", "label of the week view's strip of whole-day shifts and leave"));

    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    for (const Item &item : std::as_const(m_items)) {
        if (!item.allDay || item.hidden)
            continue;
        const QRectF rect = item.rect;
        QColor textColour = colours.text();
        if (item.leaveType >= 0) {
            painter.fillRect(rect, colours.base());
            painter.fillRect(rect, colours.leaveBrush(LeaveRequest::Type(item.leaveType), item.pending));
        } else {
            painter.setPen(item.cancelled ? QPen(item.colour, 1.5) : QPen(withAlpha(colours.text(), 70), 1));
            painter.setBrush(item.cancelled ? QBrush(colours.base()) : QBrush(item.colour));
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            if (!item.cancelled)
                textColour = CalendarPalette::textColourOn(item.colour);
        }
        const qreal mark = metrics.height() * 0.6;
        if (item.continuesBefore)
            drawMark(painter, QRectF(rect.left() + 2, rect.center().y() - mark / 2, mark * 0.6, mark), Qt::LeftEdge, textColour);
        if (item.continuesAfter)
            drawMark(painter, QRectF(rect.right() - 2 - mark * 0.6, rect.center().y() - mark / 2, mark * 0.6, mark), Qt::RightEdge, textColour);
        const QRectF textRect = rect.adjusted(Padding + mark * 0.6, 0, -Padding - mark * 0.6, 0);
        QFont itemFont = font();
        itemFont.setStrikeOut(item.cancelled);
        painter.setFont(itemFont);
        painter.setPen(textColour);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(item.title, Qt::ElideRight, int(textRect.width())));
    }
    painter.setFont(small);
    painter.setPen(colours.text());
    for (int day = 0; day < m_moreCount.size(); ++day) {
        if (m_moreCount.at(day) > 0)
            painter.drawText(moreRect(day).adjusted(Padding, 0, -Padding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("+%n more", "all-day items not shown", m_moreCount.at(day)));
    }

    // Selection and focus of the all-day items, drawn over them.
    const QModelIndex current = currentIndex();
    for (int row = 0; row < m_items.size(); ++row) {
        const Item &item = m_items.at(row);
        if (!item.allDay || item.hidden)
            continue;
        const bool selected = selectionModel() && selectionModel()->isSelected(m_model->index(row));
        if (selected || current.row() == row) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.drawRoundedRect(item.rect.adjusted(1, 1, -1, -1), 3, 3);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(colours.gridLine());
    painter.drawLine(QPointF(0, bottom + 0.5), QPointF(viewport()->width(), bottom + 0.5));
    for (int day = 0; day <= m_model->dayCount(); ++day)
        painter.drawLine(QPointF(columnLeft(day) - 0.5, 0), QPointF(columnLeft(day) - 0.5, bottom));
}

void TimelineView::paintGrid(QPainter &painter) const
{
    const CalendarPalette colours(palette());
    const int top = gridTop();
    const QRect area(0, top, viewport()->width(), gridHeight());
    painter.save();
    painter.setClipRect(area);
    const int offset = verticalOffset();
    const qreal dayHeight = 24 * m_pixelsPerHour;
    for (int day = 0; day < m_model->dayCount(); ++day) {
        const QDate date = m_model->date(day);
        const QRectF column(columnLeft(day), top - offset, columnWidth(), dayHeight);
        if (!m_model->holiday(date).isEmpty())
            painter.fillRect(column, colours.holidayBackground());
        else if (date.dayOfWeek() >= Qt::Saturday)
            painter.fillRect(column, colours.weekendBackground());
    }

    // Hour lines, and fainter half-hour lines once there is room for them.
    const QFont small = smallFont(font());
    const QFontMetrics smallMetrics(small);
    painter.setFont(small);
    QColor halfHour = colours.gridLine();
    halfHour.setAlphaF(0.45);
    for (int hour = 0; hour <= 24; ++hour) {
        const qreal y = std::floor(top - offset + hour * m_pixelsPerHour) + 0.5;
        painter.setPen(colours.gridLine());
        painter.drawLine(QPointF(gutterWidth() - Padding, y), QPointF(viewport()->width(), y));
        if (hour < 24 && m_pixelsPerHour >= 30) {
            painter.setPen(halfHour);
            const qreal half = std::floor(y + m_pixelsPerHour / 2) + 0.5;
            painter.drawLine(QPointF(gutterWidth(), half), QPointF(viewport()->width(), half));
        }
        // Labels sit on their line; 00:00 sits below it so that it is not cut off.
        if (hour == 24 || (m_pixelsPerHour < 2 * smallMetrics.height() && hour % 2 == 1))
            continue;
        const QString label = QTime(hour, 0).toString(u"HH:mm"_s);
        QRectF labelRect(0, y - smallMetrics.height() / 2.0, gutterWidth() - 2 * Padding, smallMetrics.height());
        if (hour == 0)
            labelRect.moveTop(y + 1);
        painter.setPen(withAlpha(colours.text(), 170));
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, label);
    }
    painter.setPen(colours.gridLine());
    for (int day = 0; day <= m_model->dayCount(); ++day)
        painter.drawLine(QPointF(columnLeft(day) - 0.5, top), QPointF(columnLeft(day) - 0.5, top + gridHeight()));

    const QModelIndex current = currentIndex();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int row = 0; row < m_items.size(); ++row) {
        const Item &item = m_items.at(row);
        if (item.allDay)
            continue;
        const bool selected = selectionModel() && selectionModel()->isSelected(m_model->index(row));
        paintBlock(painter, item, current.row() == row, selected);
    }

    // Now, across today's column.
    const int todayColumn = m_model->today().isValid() ? int(m_model->firstDay().daysTo(m_model->today())) : -1;
    if (todayColumn >= 0 && todayColumn < m_model->dayCount() && m_model->nowMinute() >= 0) {
        const qreal y = top - offset + m_model->nowMinute() * m_pixelsPerHour / 60;
        painter.setPen(QPen(colours.todayOutline(), 2));
        painter.drawLine(QPointF(columnLeft(todayColumn), y), QPointF(columnLeft(todayColumn + 1) - 1, y));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.todayOutline());
        painter.drawEllipse(QPointF(columnLeft(todayColumn) + 1, y), 4, 4);
    }
    painter.restore();
}

void TimelineView::paintBlock(QPainter &painter, const Item &item, bool current, bool selected) const
{
    const CalendarPalette colours(palette());
    const QRectF rect = toViewport(item).adjusted(0, 0.5, 0, -0.5);
    const qreal radius = 3;
    // Rounded corners where the shift really starts or ends; square ones where it is cut.
    QPainterPath path;
    path.addRoundedRect(rect, radius, radius);
    if (item.continuesBefore)
        path.addRect(QRectF(rect.left(), rect.top(), rect.width(), radius * 2));
    if (item.continuesAfter)
        path.addRect(QRectF(rect.left(), rect.bottom() - radius * 2, rect.width(), radius * 2));
    path.setFillRule(Qt::WindingFill);
    path = path.simplified();

    QColor textColour = CalendarPalette::textColourOn(item.colour);
    if (item.cancelled) {
        // A cancelled shift keeps only an outline of its colour, so it does not read as cover.
        painter.setPen(QPen(item.colour, 1.5, Qt::DashLine));
        painter.setBrush(colours.base());
        textColour = withAlpha(colours.text(), 150);
    } else {
        painter.setPen(QPen(withAlpha(colours.base(), 200), 1));
        painter.setBrush(item.colour);
    }
    painter.drawPath(path);

    const QFontMetrics metrics = fontMetrics();
    // Many parallel shifts leave lanes too narrow for a line of text: their title then runs
    // down the block, in a font no taller than the lane is wide.
    // The same when the times would break mid-word across lines.
    const bool tooNarrow = rect.width() < 5 * metrics.averageCharWidth() || metrics.horizontalAdvance(item.times) > rect.width() - 2 * Padding;
    const bool vertical = tooNarrow && rect.height() >= 3 * rect.width() && rect.width() >= 9;
    const qreal mark = std::min<qreal>(metrics.height() * 0.6, rect.width() * (vertical ? 0.8 : 0.33));
    const qreal markX = vertical ? rect.center().x() - mark / 2 : rect.right() - mark - 2;
    if (item.continuesBefore)
        drawMark(painter, QRectF(markX, rect.top() + 2, mark, mark / 2 + 2), Qt::TopEdge, textColour);
    if (item.continuesAfter)
        drawMark(painter, QRectF(markX, rect.bottom() - mark / 2 - 4, mark, mark / 2 + 2), Qt::BottomEdge, textColour);

    QFont blockFont = font();
    blockFont.setStrikeOut(item.cancelled);
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(textColour);
    if (vertical) {
        QFont narrow = smallFont(blockFont);
        if (QFontMetrics(narrow).height() > rect.width() - 1)
            narrow.setPixelSize(std::max(7, int(rect.width()) - 2));
        const QFontMetrics narrowMetrics(narrow);
        const qreal top = rect.top() + (item.continuesBefore ? mark / 2 + 5 : Padding);
        const qreal length = rect.bottom() - (item.continuesAfter ? mark / 2 + 5 : Padding) - top;
        painter.setFont(narrow);
        painter.translate(rect.center().x(), top);
        painter.rotate(90);
        const QString line = tr("%1  %2", "title and times of a short block").arg(item.title, item.times);
        painter.drawText(QRectF(0, -rect.width() / 2, length, rect.width()), Qt::AlignLeft | Qt::AlignVCenter,
                         narrowMetrics.elidedText(line, Qt::ElideRight, int(length)));
    } else {
        const QRectF textArea = rect.adjusted(Padding, 1, -Padding - (item.continuesBefore || item.continuesAfter ? mark + 2 : 0), -1);
        const int width = int(textArea.width());
        painter.setFont(blockFont);
        // Title, then the times on the next line when the block is tall enough, else after it.
        if (width > 4 && textArea.height() >= 3 * metrics.height() && metrics.horizontalAdvance(item.title) > width) {
            // A tall block too narrow for its title on one line wraps it at the words.
            painter.drawText(textArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             tr("%1\n%2", "title and times of a tall block").arg(item.title, item.times));
        } else if (width > 4 && textArea.height() >= 2 * metrics.height()) {
            painter.drawText(QRectF(textArea.left(), textArea.top(), textArea.width(), metrics.height()), Qt::AlignLeft | Qt::AlignTop,
                             metrics.elidedText(item.title, Qt::ElideRight, width));
            painter.drawText(QRectF(textArea.left(), textArea.top() + metrics.height(), textArea.width(), metrics.height()),
                             Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(item.times, Qt::ElideRight, width));
        } else if (width > 4 && textArea.height() >= metrics.height() * 0.7) {
            const QString line = tr("%1  %2", "title and times of a short block").arg(item.title, item.times);
            painter.drawText(textArea, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(line, Qt::ElideRight, width));
        }
    }
    painter.restore();

    if (selected || current) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
        if (hasFocus() && current) {
            painter.setPen(QPen(colours.base(), 1, Qt::DotLine));
            painter.drawRoundedRect(rect.adjusted(2.5, 2.5, -2.5, -2.5), radius, radius);
        }
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QAbstractItemView::mouseDoubleClickEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.isValid()) {
        if (const qint64 id = index.data(TimelineModel::ShiftIdRole).toLongLong())
            emit shiftActivated(id);
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentShiftId() != 0) {
        event->accept();
        emit shiftActivated(currentShiftId());
        return;
    }
    QAbstractItemView::keyPressEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QAbstractItemView::wheelEvent(event);
    event->accept();
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        setZoomAround(m_pixelsPerHour * std::pow(1.2, steps), std::max(gridTop(), int(event->position().y())));
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !m_model)
        return QAbstractItemView::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QPoint pos = help->pos();
    QString text;
    ensureLayout();
    if (const QModelIndex index = indexAt(pos); index.isValid()) {
        text = index.data(Qt::ToolTipRole).toString();
    } else if (const int day = dayAt(pos.x()); day >= 0) {
        if (m_moreCount.value(day) > 0 && moreRect(day).contains(pos)) {
            QStringList hidden;
            for (const int row : m_dayItems.at(day)) {
                if (m_items.at(row).hidden)
                    hidden.append(m_model->index(row).data(Qt::DisplayRole).toString());
            }
            text = hidden.join(u'\n');
        } else if (pos.y() < headerHeight()) {
            const QDate date = m_model->date(day);
            text = QLocale().toString(date, QLocale::LongFormat);
            if (const QString holiday = m_model->holiday(date); !holiday.isEmpty())
                text += u'\n' + holiday;
        }
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, viewport());
    return true;
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractItemView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometries();
}
