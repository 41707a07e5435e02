#include "heatmapgrid.h"

#include "calendar/calendarpalette.h"
#include "calendar/wheelzoom.h"
#include "heatmapmodel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

using RowKind = HeatmapModel::RowKind;

// Below this size a cell shows its colour only: patterns, marks and lines would be noise.
constexpr int DetailSize = 8;

} // namespace

HeatmapGrid::HeatmapGrid(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    updateMetrics();
}

void HeatmapGrid::setModel(HeatmapModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &HeatmapGrid::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &HeatmapGrid::invalidateImage);
    }
    rebuild();
}

void HeatmapGrid::setHolidays(const QList<QDate> &holidays)
{
    m_holidays = holidays;
    viewport()->update();
}

void HeatmapGrid::setToday(QDate today)
{
    m_today = today;
    viewport()->update();
}

void HeatmapGrid::setCellSize(QSize size)
{
    size = size.expandedTo(QSize(1, 4));
    if (size == m_cell)
        return;
    m_cell = size;
    updateScrollBars();
    viewport()->update();
}

void HeatmapGrid::rebuild()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int columns = m_model ? m_model->columnCount() : 0;
    if (!QRect(0, 0, columns, rows).contains(m_current))
        m_current = m_anchor = QPoint(-1, -1);
    const QRect clipped = m_selection.intersected(QRect(0, 0, columns, rows));
    if (clipped != m_selection) {
        m_selection = clipped;
        emit selectionChanged();
    }
    updateMetrics();
    invalidateImage();
    updateScrollBars();
}

void HeatmapGrid::invalidateImage()
{
    m_imageStale = true;
    viewport()->update();
}

void HeatmapGrid::updateImage() const
{
    if (!m_imageStale)
        return;
    m_imageStale = false;
    const int rows = m_model ? m_model->rowCount() : 0;
    const int days = m_model ? m_model->columnCount() : 0;
    if (rows == 0 || days == 0) {
        m_image = QImage();
        return;
    }
    m_image = QImage(days, rows, QImage::Format_RGB32);
    const AvailabilityGrid &grid = m_model->grid();
    const HeatmapPalette &palette = m_model->palette();
    const QRgb heading = palette.headingBackground().rgb();
    for (int row = 0; row < rows; ++row) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(row));
        switch (m_model->rowKind(row)) {
        case RowKind::Heading:
            std::fill_n(line, days, heading);
            break;
        case RowKind::Person: {
            const quint16 *cells = grid.rowCells(m_model->gridRow(row));
            for (int day = 0; day < days; ++day)
                line[day] = palette.cellColour(AvailabilityGrid::Cell::fromBits(cells[day]));
            break;
        }
        case RowKind::Team: {
            const int group = m_model->groupOfRow(row);
            const QRgb colours[3] = {palette.teamColour(AvailabilityGrid::TeamStatus::Below).rgb(),
                                     palette.teamColour(AvailabilityGrid::TeamStatus::At).rgb(),
                                     palette.teamColour(AvailabilityGrid::TeamStatus::Above).rgb()};
            for (int day = 0; day < days; ++day)
                line[day] = colours[int(grid.teamStatus(group, day))];
            break;
        }
        }
    }
}

void HeatmapGrid::updateMetrics()
{
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int widest = metrics.horizontalAdvance(tr("Name"));
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString name = m_model->headerData(row, Qt::Vertical).toString();
            widest = std::max(widest, (m_model->rowKind(row) == RowKind::Person ? metrics : boldMetrics).horizontalAdvance(name));
        }
    }
    m_nameWidth = std::clamp(widest + 16, 90, 280);
    m_headerHeight = 2 * (metrics.height() + 3);
}

QSize HeatmapGrid::contentSize() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int days = m_model ? m_model->columnCount() : 0;
    return {m_nameWidth + days * m_cell.width(), m_headerHeight + rows * m_cell.height()};
}

void HeatmapGrid::updateScrollBars()
{
    const QSize content = contentSize();
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - view.width()));
    horizontalScrollBar()->setPageStep(std::max(1, view.width() - m_nameWidth));
    horizontalScrollBar()->setSingleStep(std::max(m_cell.width(), 8));
    verticalScrollBar()->setRange(0, std::max(0, content.height() - view.height()));
    verticalScrollBar()->setPageStep(std::max(1, view.height() - m_headerHeight));
    verticalScrollBar()->setSingleStep(m_cell.height());
}

QRect HeatmapGrid::cellRect(int row, int column) const
{
    return QRect(m_nameWidth + column * m_cell.width() - horizontalScrollBar()->value(),
                 m_headerHeight + row * m_cell.height() - verticalScrollBar()->value(), m_cell.width(), m_cell.height());
}

QPoint HeatmapGrid::cellAt(const QPoint &pos) const
{
    if (!m_model || pos.x() < m_nameWidth || pos.y() < m_headerHeight)
        return {-1, -1};
    const int column = (pos.x() - m_nameWidth + horizontalScrollBar()->value()) / m_cell.width();
    const int row = (pos.y() - m_headerHeight + verticalScrollBar()->value()) / m_cell.height();
    if (column >= m_model->columnCount() || row >= m_model->rowCount())
        return {-1, -1};
    return {column, row};
}

void HeatmapGrid::setSelection(const QRect &cells)
{
    const QRect clipped = m_model ? cells.normalized().intersected(QRect(0, 0, m_model->columnCount(), m_model->rowCount())) : QRect();
    if (clipped == m_selection)
        return;
    m_selection = clipped;
    viewport()->update();
    emit selectionChanged();
}

void HeatmapGrid::paintAll(QPainter &painter) const
{
    paint(painter, QRect(QPoint(0, 0), contentSize()), QPoint(0, 0));
}

void HeatmapGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    paint(painter, viewport()->rect(), QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
}

void HeatmapGrid::paint(QPainter &painter, const QRect &area, QPoint scroll) const
{
    if (!m_model) {
        painter.fillRect(area, this->palette().color(QPalette::Base));
        return;
    }
    const HeatmapPalette &palette = m_model->palette();
    painter.fillRect(area, palette.base());
    const QRect cellsArea(area.left() + m_nameWidth, area.top() + m_headerHeight, area.width() - m_nameWidth,
                          area.height() - m_headerHeight);
    const QPoint origin(cellsArea.left() - scroll.x(), cellsArea.top() - scroll.y());
    const int days = m_model->columnCount();
    const int rows = m_model->rowCount();
    if (days > 0 && rows > 0 && cellsArea.isValid()) {
        const int c0 = std::clamp(scroll.x() / m_cell.width(), 0, days - 1);
        const int c1 = std::clamp((scroll.x() + cellsArea.width() - 1) / m_cell.width(), 0, days - 1);
        const int r0 = std::clamp(scroll.y() / m_cell.height(), 0, rows - 1);
        const int r1 = std::clamp((scroll.y() + cellsArea.height() - 1) / m_cell.height(), 0, rows - 1);
        painter.save();
        painter.setClipRect(cellsArea);
        paintCells(painter, QRect(QPoint(c0, r0), QPoint(c1, r1)), origin);
        painter.restore();
    }
    painter.save();
    painter.setClipRect(QRect(cellsArea.left(), area.top(), cellsArea.width(), m_headerHeight));
    paintDayHeader(painter, QRect(cellsArea.left(), area.top(), cellsArea.width(), m_headerHeight), origin.x());
    painter.restore();
    painter.save();
    painter.setClipRect(QRect(area.left(), cellsArea.top(), m_nameWidth, cellsArea.height()));
    paintNames(painter, QRect(area.left(), cellsArea.top(), m_nameWidth, cellsArea.height()), origin.y());
    painter.restore();
    painter.setPen(palette.gridLine());
    painter.drawLine(cellsArea.left() - 1, area.top(), cellsArea.left() - 1, area.bottom());
    painter.drawLine(area.left(), cellsArea.top() - 1, area.right(), cellsArea.top() - 1);
}

void HeatmapGrid::paintCells(QPainter &painter, const QRect &cells, QPoint origin) const
{
    const AvailabilityGrid &grid = m_model->grid();
    const HeatmapPalette &palette = m_model->palette();
    const int cw = m_cell.width();
    const int rh = m_cell.height();
    const auto rectOf = [&](int row, int column) { return QRect(origin.x() + column * cw, origin.y() + row * rh, cw, rh); };
    const QRect target(rectOf(cells.top(), cells.left()).topLeft(), QSize(cells.width() * cw, cells.height() * rh));
    updateImage();
    painter.drawImage(target, m_image, cells);

    const bool detailed = cw >= DetailSize && rh >= DetailSize;
    if (detailed) {
        QFont small = font();
        small.setPointSizeF(std::max(6.0, font().pointSizeF() - 1.5));
        const QFontMetrics smallMetrics(small);
        painter.setFont(small);
        const bool codesFit = rh >= smallMetrics.height() - 2;
        const int mark = std::max(3, std::min(cw, rh) / 3);
        for (int row = cells.top(); row <= cells.bottom(); ++row) {
            const RowKind kind = m_model->rowKind(row);
            if (kind == RowKind::Heading)
                continue;
            if (kind == RowKind::Team) {
                const int group = m_model->groupOfRow(row);
                if (!codesFit || cw < smallMetrics.horizontalAdvance(u"88"_s) + 2)
                    continue;
                for (int column = cells.left(); column <= cells.right(); ++column) {
                    const AvailabilityGrid::TeamStatus status = grid.teamStatus(group, column);
                    painter.setPen(palette.teamText(status));
                    painter.drawText(rectOf(row, column), Qt::AlignCenter, QString::number(grid.teamCount(group, column)));
                }
                continue;
            }
            const quint16 *line = grid.rowCells(m_model->gridRow(row));
            for (int column = cells.left(); column <= cells.right(); ++column) {
                const AvailabilityGrid::Cell cell = AvailabilityGrid::Cell::fromBits(line[column]);
                const QRect rect = rectOf(row, column);
                const QBrush &pattern = palette.cellPattern(cell);
                if (pattern.style() != Qt::NoBrush)
                    painter.fillRect(rect, pattern);
                if (cell.state() == AvailabilityGrid::State::OutOfTerm) {
                    painter.setPen(palette.outOfTermMark());
                    const QRect cross = rect.adjusted(2, 2, -3, -3);
                    painter.drawLine(cross.topLeft(), cross.bottomRight());
                    painter.drawLine(cross.topRight(), cross.bottomLeft());
                } else if (codesFit && (cell.state() == AvailabilityGrid::State::OnShift || cell.state() == AvailabilityGrid::State::OnLeave)) {
                    const QString code = m_model->cellCode(cell);
                    if (smallMetrics.horizontalAdvance(code) + 2 <= cw) {
                        painter.setPen(CalendarPalette::textColourOn(QColor::fromRgb(palette.cellColour(cell))));
                        painter.drawText(rect, Qt::AlignCenter, code);
                    }
                }
                if (cell.pendingLeave()) {
                    const QPoint corner = rect.topRight() + QPoint(1, 0);
                    const QPoint points[3] = {corner, corner - QPoint(mark, 0), corner + QPoint(0, mark)};
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(palette.pendingMark());
                    painter.drawPolygon(points, 3);
                    painter.setBrush(Qt::NoBrush);
                }
            }
        }
        painter.setPen(palette.gridLine());
        for (int column = cells.left(); column <= cells.right() + 1; ++column)
            painter.drawLine(target.left() + (column - cells.left()) * cw, target.top(), target.left() + (column - cells.left()) * cw,
                             target.bottom());
        for (int row = cells.top(); row <= cells.bottom() + 1; ++row)
            painter.drawLine(target.left(), target.top() + (row - cells.top()) * rh, target.right(),
                             target.top() + (row - cells.top()) * rh);
    } else if (cw >= 3) {
        // Week lines keep a long period readable when cells are too small for grid lines.
        painter.setPen(palette.gridLine());
        for (int column = cells.left(); column <= cells.right(); ++column) {
            if (grid.dayAt(column).dayOfWeek() == Qt::Monday)
                painter.drawLine(rectOf(0, column).left(), target.top(), rectOf(0, column).left(), target.bottom());
        }
    }
    // Months and teams are separated at every size.
    QColor strong = palette.text();
    strong.setAlphaF(0.45);
    painter.setPen(strong);
    for (int column = std::max(1, cells.left()); column <= cells.right(); ++column) {
        if (grid.dayAt(column).day() == 1)
            painter.drawLine(rectOf(0, column).left(), target.top(), rectOf(0, column).left(), target.bottom());
    }
    for (int row = std::max(1, cells.top()); row <= cells.bottom(); ++row) {
        if (m_model->groupOfRow(row) != m_model->groupOfRow(row - 1))
            painter.drawLine(target.left(), rectOf(row, 0).top(), target.right(), rectOf(row, 0).top());
    }
    const int todayColumn = grid.dayIndex(m_today);
    if (todayColumn >= cells.left() && todayColumn <= cells.right()) {
        painter.setPen(QPen(palette.todayOutline(), 2));
        const QRect today = rectOf(0, todayColumn);
        painter.drawLine(today.left(), target.top(), today.left(), target.bottom());
        painter.drawLine(today.right() + 1, target.top(), today.right() + 1, target.bottom());
    }

    const QRect selected = m_selection.intersected(cells);
    if (selected.isValid()) {
        QColor fill = this->palette().color(QPalette::Highlight);
        fill.setAlphaF(0.3);
        const QRect area(rectOf(m_selection.top(), m_selection.left()).topLeft(),
                         QSize(m_selection.width() * cw, m_selection.height() * rh));
        painter.fillRect(area, fill);
        painter.setPen(QPen(this->palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(area.adjusted(1, 1, -1, -1));
    }
    if (cells.contains(m_current) && hasFocus()) {
        painter.setPen(QPen(palette.text(), 1, Qt::DotLine));
        painter.drawRect(rectOf(m_current.y(), m_current.x()).adjusted(0, 0, -1, -1));
    }
}

void HeatmapGrid::paintDayHeader(QPainter &painter, const QRect &area, int originX) const
{
    const HeatmapPalette &palette = m_model->palette();
    const AvailabilityGrid &grid = m_model->grid();
    const int days = grid.dayCount();
    const int cw = m_cell.width();
    const int lineHeight = area.height() / 2;
    if (days == 0)
        return;
    const int c0 = std::clamp((area.left() - originX) / cw, 0, days - 1);
    const int c1 = std::clamp((area.right() - originX) / cw, 0, days - 1);
    const QFontMetrics metrics(font());
    const QLocale locale;

    const int dayTop = area.top() + lineHeight;
    for (int column = c0; column <= c1; ++column) {
        const QDate date = grid.dayAt(column);
        const QRect rect(originX + column * cw, dayTop, cw, lineHeight);
        if (m_holidays.contains(date))
            painter.fillRect(rect, palette.holidayBackground());
        else if (date.dayOfWeek() >= Qt::Saturday)
            painter.fillRect(rect, palette.weekendBackground());
    }
    painter.setPen(palette.text());
    // Day numbers when they fit; otherwise the Mondays' dates when a week holds one.
    const bool everyDay = cw >= metrics.horizontalAdvance(u"30"_s) + 2;
    const bool mondays = !everyDay && cw * 7 >= metrics.horizontalAdvance(u"30"_s) + 4;
    for (int column = c0; column <= c1; ++column) {
        const QDate date = grid.dayAt(column);
        const QRect rect(originX + column * cw, dayTop, cw, lineHeight);
        if (everyDay)
            painter.drawText(rect, Qt::AlignCenter, QString::number(date.day()));
        else if (mondays && date.dayOfWeek() == Qt::Monday)
            painter.drawText(QRect(rect.left() + 1, rect.top(), cw * 7, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QString::number(date.day()));
    }
    // Month names, each kept within its own days and in view while the month is.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetrics boldMetrics(bold);
    for (int column = c0; column <= c1;) {
        const QDate date = grid.dayAt(column);
        const int last = std::min(c1, column + date.daysInMonth() - date.day());
        const QRect span(originX + column * cw, area.top(), (last - column + 1) * cw, lineHeight);
        const QRect visible = span.intersected(area);
        const QString longName = locale.toString(date, u"MMMM yyyy"_s);
        const QString shortName = locale.toString(date, u"MMM"_s);
        const QString name = boldMetrics.horizontalAdvance(longName) + 4 <= visible.width() ? longName : shortName;
        if (boldMetrics.horizontalAdvance(name) <= visible.width() + 2)
            painter.drawText(visible.adjusted(3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, name);
        QColor line = palette.text();
        line.setAlphaF(0.45);
        painter.setPen(line);
        if (date.day() == 1)
            painter.drawLine(span.left(), area.top(), span.left(), area.bottom());
        painter.setPen(palette.text());
        column = last + 1;
    }
    painter.setFont(font());
    const int todayColumn = grid.dayIndex(m_today);
    if (todayColumn >= c0 && todayColumn <= c1) {
        painter.setPen(QPen(palette.todayOutline(), 2));
        const QRect today(originX + todayColumn * cw, dayTop, cw, lineHeight);
        painter.drawRect(today.adjusted(1, 1, -1, -1));
    }
}

void HeatmapGrid::paintNames(QPainter &painter, const QRect &area, int originY) const
{
    const HeatmapPalette &palette = m_model->palette();
    const int rows = m_model->rowCount();
    const int rh = m_cell.height();
    if (rows == 0)
        return;
    const int r0 = std::clamp((area.top() - originY) / rh, 0, rows - 1);
    const int r1 = std::clamp((area.bottom() - originY) / rh, 0, rows - 1);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font());
    // Names need most of a row; smaller rows show the teams only.
    const bool names = rh >= metrics.height() - 3;
    for (int row = r0; row <= r1; ++row) {
        const QRect rect(area.left(), originY + row * rh, area.width(), rh);
        const RowKind kind = m_model->rowKind(row);
        if (kind == RowKind::Heading)
            painter.fillRect(rect, palette.headingBackground());
        if (kind == RowKind::Person && !names)
            continue;
        painter.setFont(kind == RowKind::Person ? font() : bold);
        painter.setPen(palette.text());
        const QString text = m_model->headerData(row, Qt::Vertical).toString();
        const QRect textRect = rect.adjusted(kind == RowKind::Person ? 12 : 4, 0, -4, 0);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(painter.font()).elidedText(text, Qt::ElideRight, textRect.width()));
        if (row > 0 && m_model->groupOfRow(row) != m_model->groupOfRow(row - 1)) {
            QColor line = palette.text();
            line.setAlphaF(0.45);
            painter.setPen(line);
            painter.drawLine(rect.topLeft(), rect.topRight());
        }
    }
    painter.setFont(font());
}

void HeatmapGrid::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HeatmapGrid::scrollContentsBy(int, int)
{
    viewport()->update();
}

void HeatmapGrid::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        rebuild();
}

bool HeatmapGrid::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPoint pos = help->pos();
        QString tip;
        const QPoint cell = cellAt(pos);
        if (cell.x() >= 0) {
            tip = m_model->data(m_model->index(cell.y(), cell.x()), Qt::ToolTipRole).toString();
        } else if (pos.x() < m_nameWidth && pos.y() >= m_headerHeight) {
            const int row = (pos.y() - m_headerHeight + verticalScrollBar()->value()) / m_cell.height();
            tip = m_model->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString();
        } else if (pos.y() < m_headerHeight && pos.x() >= m_nameWidth) {
            const int column = (pos.x() - m_nameWidth + horizontalScrollBar()->value()) / m_cell.width();
            tip = m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void HeatmapGrid::moveCurrent(QPoint cell, bool extend)
{
    if (!m_model || m_model->rowCount() == 0 || m_model->columnCount() == 0)
        return;
    cell.setX(std::clamp(cell.x(), 0, m_model->columnCount() - 1));
    cell.setY(std::clamp(cell.y(), 0, m_model->rowCount() - 1));
    m_current = cell;
    if (!extend || m_anchor.x() < 0)
        m_anchor = cell;
    setSelection(QRect(m_anchor, m_current).normalized());
    // Keep the current cell in view.
    const QRect rect = cellRect(cell.y(), cell.x());
    QScrollBar *h = horizontalScrollBar();
    QScrollBar *v = verticalScrollBar();
    if (rect.left() < m_nameWidth)
        h->setValue(h->value() - (m_nameWidth - rect.left()));
    else if (rect.right() > viewport()->width())
        h->setValue(h->value() + rect.right() - viewport()->width());
    if (rect.top() < m_headerHeight)
        v->setValue(v->value() - (m_headerHeight - rect.top()));
    else if (rect.bottom() > viewport()->height())
        v->setValue(v->value() + rect.bottom() - viewport()->height());
    viewport()->update();
}

void HeatmapGrid::mousePressEvent(QMouseEvent *event)
{
    if (!m_model || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const QPoint cell = cellAt(pos);
    if (cell.x() >= 0) {
        moveCurrent(cell, extend);
    } else if (pos.x() < m_nameWidth && pos.y() >= m_headerHeight) {
        // A name selects the whole row (Shift: down to it), a day header the whole column.
        const int row = (pos.y() - m_headerHeight + verticalScrollBar()->value()) / m_cell.height();
        if (row < m_model->rowCount()) {
            const int from = extend && m_anchor.y() >= 0 ? m_anchor.y() : row;
            if (!extend)
                m_anchor = QPoint(0, row);
            m_current = QPoint(0, row);
            setSelection(QRect(QPoint(0, std::min(from, row)), QPoint(m_model->columnCount() - 1, std::max(from, row))));
        }
    } else if (pos.y() < m_headerHeight && pos.x() >= m_nameWidth) {
        const int column = (pos.x() - m_nameWidth + horizontalScrollBar()->value()) / m_cell.width();
        if (column < m_model->columnCount()) {
            const int from = extend && m_anchor.x() >= 0 ? m_anchor.x() : column;
            if (!extend)
                m_anchor = QPoint(column, 0);
            m_current = QPoint(column, 0);
            setSelection(QRect(QPoint(std::min(from, column), 0), QPoint(std::max(from, column), m_model->rowCount() - 1)));
        }
    }
    setFocus(Qt::MouseFocusReason);
}

void HeatmapGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor.x() < 0) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const QPoint cell((pos.x() - m_nameWidth + horizontalScrollBar()->value()) / std::max(1, m_cell.width()),
                      (pos.y() - m_headerHeight + verticalScrollBar()->value()) / std::max(1, m_cell.height()));
    moveCurrent(cell, true);
}

void HeatmapGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.x() >= 0) {
        moveCurrent(cell, false);
        emit activated(cell.y(), cell.x());
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void HeatmapGrid::keyPressEvent(QKeyEvent *event)
{
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const QPoint current = m_current.x() < 0 ? QPoint(0, 0) : m_current;
    switch (event->key()) {
    case Qt::Key_Left: moveCurrent(current - QPoint(1, 0), extend); return;
    case Qt::Key_Right: moveCurrent(current + QPoint(1, 0), extend); return;
    case Qt::Key_Up: moveCurrent(current - QPoint(0, 1), extend); return;
    case Qt::Key_Down: moveCurrent(current + QPoint(0, 1), extend); return;
    case Qt::Key_Home: moveCurrent(QPoint(0, current.y()), extend); return;
    case Qt::Key_End: moveCurrent(QPoint(m_model ? m_model->columnCount() - 1 : 0, current.y()), extend); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current.x() >= 0)
            emit activated(m_current.y(), m_current.x());
        return;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void HeatmapGrid::wheelEvent(QWheelEvent *event)
{
    if (!WheelZoom::handle(event, [this](int steps) { emit zoomRequested(steps); }))
        QAbstractScrollArea::wheelEvent(event);
}
