#include "heatmapprintdocument.h"

#include "calendar/bankholidays.h"
#include "calendar/calendarpalette.h"
#include "heatmap/heatmapmodel.h"
#include "storage/teamrepository.h"
#include "storage/workspace.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

using Cell = AvailabilityGrid::Cell;
using State = AvailabilityGrid::State;
using TeamStatus = AvailabilityGrid::TeamStatus;

constexpr qreal marginMm = 10.0;
// A year of days in bands of about four months on A4 landscape, each day still a visible stripe.
constexpr qreal minColumnMm = 2.2;
constexpr qreal maxColumnMm = 9.0;
constexpr qreal rowMm = 3.6;

// Qt's patterns are a few device pixels wide: scaled so that they look on paper as on screen.
QBrush scaledPattern(const QBrush &pattern, qreal dpi)
{
    QBrush brush(pattern);
    brush.setTransform(QTransform::fromScale(dpi / 96, dpi / 96));
    return brush;
}

} // namespace

HeatmapPrintDocument::HeatmapPrintDocument(const Workspace &workspace, const PrintOptions &options)
    : m_options(options)
{
    if (!m_options.from.isValid())
        m_options.from = m_options.to;
    if (!m_options.to.isValid() || m_options.to < m_options.from)
        m_options.to = m_options.from;
    m_workspaceName = workspace.name();
    const QTimeZone zone(workspace.timeZone());
    const QDateTime printed = zone.isValid() ? workspace.now().toTimeZone(zone) : workspace.now().toLocalTime();
    m_printedAt = tr("Printed %1").arg(QLocale().toString(printed, tr("d MMM yyyy HH:mm", "date format of the print time")));
    m_filterText = tr("All teams");
    if (m_options.filter.teamId) {
        const std::optional<Team> team = TeamRepository(const_cast<Workspace &>(workspace)).get(*m_options.filter.teamId);
        m_filterText = tr("Team: %1").arg(team ? team->name : tr("unknown"));
    }
    if (!m_options.from.isValid()) {
        m_loadError = tr("There are no days to print: the first and last day are not valid dates.");
        return;
    }
    StorageError error;
    m_grid = AvailabilityGrid::load(workspace, m_options.from, m_options.to, m_options.filter, &error);
    if (!error.ok())
        m_loadError = error.message;
    m_palette = HeatmapPalette::forPrint(m_grid.shiftTypes());
    for (const auto &[date, name] : BankHolidays::forWorkspace(workspace).between(m_options.from, m_options.to))
        m_holidays << date;

    for (TeamStatus status : {TeamStatus::Below, TeamStatus::At, TeamStatus::Above})
        m_legend.append({tr("Team row: %1").arg(HeatmapPalette::teamStatusName(status)), {}, status, {}});
    m_legend.append({HeatmapPalette::stateName(State::Available), Cell::make(State::Available, 0, false), {}, {}});
    QList<int> shiftTypes;
    QList<int> leaveTypes;
    QList<State> states;
    bool pending = false;
    for (int row = 0; row < m_grid.rowCount(); ++row) {
        for (int day = 0; day < m_grid.dayCount(); ++day) {
            const Cell cell = m_grid.cell(row, day);
            pending = pending || cell.pendingLeave();
            QList<int> *details = cell.state() == State::OnShift ? &shiftTypes : cell.state() == State::OnLeave ? &leaveTypes : nullptr;
            if (details && !details->contains(cell.detail()))
                details->append(cell.detail());
            if (!states.contains(cell.state()))
                states.append(cell.state());
        }
    }
    std::sort(shiftTypes.begin(), shiftTypes.end());
    for (int type : std::as_const(shiftTypes))
        m_legend.append({tr("On shift: %1").arg(m_grid.shiftTypes().at(type).name), Cell::make(State::OnShift, type, false), {},
                         m_grid.shiftTypes().at(type).code});
    for (LeaveRequest::Type type : CalendarPalette::leaveTypes()) {
        if (leaveTypes.contains(int(type)))
            m_legend.append({CalendarPalette::leaveName(type), Cell::make(State::OnLeave, int(type), false), {},
                             CalendarPalette::leaveCode(type)});
    }
    if (pending)
        m_legend.append({tr("Leave requested, not yet approved (corner mark)"), Cell::make(State::Available, 0, true), {}, {}});
    for (State state : {State::CannotWork, State::OffDay, State::OutOfTerm}) {
        if (states.contains(state))
            m_legend.append({HeatmapPalette::stateName(state), Cell::make(state, 0, false), {}, {}});
    }
}

QPageLayout HeatmapPrintDocument::pageLayout() const
{
    return QPageLayout(m_options.pageSize, m_options.orientation, QMarginsF(marginMm, marginMm, marginMm, marginMm),
                       QPageLayout::Millimeter);
}

QString HeatmapPrintDocument::periodText() const
{
    const QLocale locale;
    const QString format = tr("d MMMM yyyy", "date format of a printed day");
    if (m_options.from == m_options.to)
        return locale.toString(m_options.from, format);
    return tr("%1 – %2", "first and last day").arg(locale.toString(m_options.from, format), locale.toString(m_options.to, format));
}

QList<std::pair<int, int>> HeatmapPrintDocument::bands(int maxDays) const
{
    const int days = m_grid.dayCount();
    QList<std::pair<int, int>> result;
    if (days <= maxDays) {
        result.append({0, days - 1});
        return result;
    }
    // Whole months per band where a month fits; a month too long for a page is cut.
    int start = 0;
    while (start < days) {
        int end = start;
        int next = start;
        while (next < days) {
            const QDate date = m_grid.dayAt(next);
            const int monthEnd = std::min(days - 1, next + date.daysInMonth() - date.day());
            if (monthEnd - start + 1 > maxDays)
                break;
            end = monthEnd;
            next = monthEnd + 1;
        }
        if (next == start)
            end = std::min(days - 1, start + maxDays - 1);
        result.append({start, end});
        start = end + 1;
    }
    return result;
}

QList<QRectF> HeatmapPrintDocument::legendPositions(const QPaintDevice *device, qreal *height) const
{
    const QFontMetricsF text(font(6), device);
    QList<qreal> widths;
    for (const LegendItem &item : m_legend)
        widths.append(mm(5) + mm(1) + text.horizontalAdvance(item.text));
    return m_frame.keyPlaces(widths, text.height() + mm(1.4), height);
}

void HeatmapPrintDocument::layout(QPagedPaintDevice &device)
{
    m_pages.clear();
    m_frame.measure(device);
    qreal legendHeight = 0;
    legendPositions(&device, &legendHeight);
    m_frame.setKeyHeight(legendHeight);
    const QRectF content = m_frame.content();
    const QFontMetricsF small(font(6), &device);
    const QFontMetricsF body(font(7), &device);
    const QFontMetricsF bold(font(7, true), &device);

    qreal widest = 0;
    for (const AvailabilityGrid::Person &person : m_grid.people())
        widest = std::max(widest, body.horizontalAdvance(person.name));
    for (int g = 0; g < m_grid.groups().size(); ++g)
        widest = std::max(widest, bold.horizontalAdvance(HeatmapModel::teamLabel(m_grid, g, 0, m_grid.dayCount() - 1)));
    m_nameWidth = std::clamp(widest + mm(2), mm(25), std::max(mm(25), std::min(mm(50), content.width() * 0.3)));
    m_rowHeight = std::max(mm(rowMm), body.height() + mm(0.4));
    m_dayHeader = 2 * (small.height() + mm(0.6));
    m_minColumn = mm(minColumnMm);
    m_maxColumn = mm(maxColumnMm);
    if (m_grid.dayCount() == 0)
        return;

    const int maxDays = std::max(1, int((content.width() - m_nameWidth) / m_minColumn));
    const int capacity = std::max(2, int((content.height() - m_dayHeader) / m_rowHeight));
    QList<Row> rows;
    for (int g = 0; g < m_grid.groups().size(); ++g) {
        const AvailabilityGrid::Group &group = m_grid.groups().at(g);
        rows.append({g, -1});
        for (int r = group.firstRow; r < group.firstRow + group.rowCount; ++r)
            rows.append({g, r});
    }
    for (const auto &[first, last] : bands(maxDays)) {
        Page page{first, last, {}};
        for (const Row &row : std::as_const(rows)) {
            if (page.rows.size() >= capacity) {
                m_pages.append(page);
                page.rows.clear();
                // The team row is repeated where a team runs onto a new page.
                if (row.gridRow >= 0)
                    page.rows.append({row.group, -1});
            }
            // A team row alone at the bottom of a page moves to the next one.
            if (row.gridRow < 0 && page.rows.size() == capacity - 1) {
                m_pages.append(page);
                page.rows.clear();
            }
            page.rows.append(row);
        }
        if (!page.rows.isEmpty() || rows.isEmpty())
            m_pages.append(page);
    }
}

HeatmapPrintDocument::PageSummary HeatmapPrintDocument::pageSummary(int page) const
{
    PageSummary summary;
    if (page < 0 || page >= m_pages.size())
        return summary;
    const Page &p = m_pages.at(page);
    summary.from = m_grid.dayAt(p.firstDay);
    summary.to = m_grid.dayAt(p.lastDay);
    for (const Row &row : p.rows) {
        if (row.gridRow >= 0)
            summary.rows << m_grid.people().at(row.gridRow).name;
        else
            summary.teams << m_grid.groups().at(row.group).name;
    }
    return summary;
}

bool HeatmapPrintDocument::print(QPagedPaintDevice &device, QString *error)
{
    if (!m_loadError.isEmpty()) {
        if (error)
            *error = m_loadError;
        return false;
    }
    layout(device);
    return PrintPageFrame::printPages(device, pageCount(), [this](QPainter &painter, int page) { paint(painter, page); }, error);
}

void HeatmapPrintDocument::paint(QPainter &painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintHeader(painter, page);
    paintLegend(painter);
    paintCells(painter, m_pages.at(page));
    painter.restore();
}

void HeatmapPrintDocument::paintHeader(QPainter &painter, int page) const
{
    const QString line =
        tr("%1 · %2 · %3", "period, view, filter").arg(periodText(), PrintOptions::viewName(m_options.view), m_filterText);
    m_frame.paintHeader(painter, m_palette.text(), m_workspaceName, m_printedAt, line,
                        tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
}

void HeatmapPrintDocument::paintLegend(QPainter &painter) const
{
    QStringList texts;
    for (const LegendItem &item : m_legend)
        texts << item.text;
    const auto paintSwatch = [&](int index, const QRectF &place) {
        const LegendItem &item = m_legend.at(index);
        const QRectF swatch(place.left(), place.center().y() - mm(1.6), mm(5), mm(3.2));
        QColor background = item.team ? m_palette.teamColour(*item.team) : QColor::fromRgb(m_palette.cellColour(item.cell));
        painter.fillRect(swatch, background);
        if (!item.team) {
            const QBrush &pattern = m_palette.cellPattern(item.cell);
            if (pattern.style() != Qt::NoBrush)
                painter.fillRect(swatch, scaledPattern(pattern, m_frame.dpi()));
            if (item.cell.state() == State::OutOfTerm) {
                painter.setPen(QPen(m_palette.outOfTermMark(), mm(0.15)));
                painter.drawLine(swatch.topLeft(), swatch.bottomRight());
                painter.drawLine(swatch.topRight(), swatch.bottomLeft());
            }
            if (item.cell.pendingLeave()) {
                const QPointF corner = swatch.topRight();
                const QPointF points[3] = {corner, corner - QPointF(mm(1.6), 0), corner + QPointF(0, mm(1.6))};
                painter.setPen(Qt::NoPen);
                painter.setBrush(m_palette.pendingMark());
                painter.drawPolygon(points, 3);
                painter.setBrush(Qt::NoBrush);
            }
        }
        painter.setPen(QPen(m_palette.gridLine(), mm(0.15)));
        painter.drawRect(swatch);
        painter.setFont(font(5.5, true));
        if (item.team) {
            painter.setPen(m_palette.teamText(*item.team));
            painter.drawText(swatch, Qt::AlignCenter, *item.team == TeamStatus::Below ? u"2"_s : u"4"_s);
        } else if (!item.code.isEmpty()) {
            painter.setPen(CalendarPalette::textColourOn(background));
            painter.drawText(swatch, Qt::AlignCenter, item.code);
        }
        return swatch.right() + mm(1);
    };
    m_frame.paintKey(painter, m_palette.text(), m_palette.gridLine(), tr("Key"), texts, legendPositions(painter.device(), nullptr),
                     paintSwatch);
}

qreal HeatmapPrintDocument::columnWidth(const Page &page) const
{
    const int days = page.lastDay - page.firstDay + 1;
    return std::min(m_maxColumn, (m_frame.content().width() - m_nameWidth) / days);
}

void HeatmapPrintDocument::paintCells(QPainter &painter, const Page &page) const
{
    const qreal column = columnWidth(page);
    const qreal left = m_frame.content().left() + m_nameWidth;
    const qreal top = m_frame.content().top();
    const QFont smallFont = font(6);
    const QFont smallBold = font(6, true);
    const QFont body = font(7);
    const QFont bold = font(7, true);
    const QFontMetricsF small(smallFont, painter.device());
    const QFontMetricsF bodyMetrics(body, painter.device());
    const QFontMetricsF boldMetrics(bold, painter.device());
    const QLocale locale;
    const int days = page.lastDay - page.firstDay + 1;
    const qreal lineHeight = m_dayHeader / 2;
    const qreal gridRight = left + days * column;
    const auto x = [&](int day) { return left + (day - page.firstDay) * column; };

    // Day headers: months, then day numbers when they fit, else the Mondays' dates.
    painter.setFont(smallBold);
    painter.setPen(m_palette.text());
    for (int day = page.firstDay; day <= page.lastDay;) {
        const QDate date = m_grid.dayAt(day);
        const int last = std::min(page.lastDay, day + date.daysInMonth() - date.day());
        const QRectF span(x(day), top, (last - day + 1) * column, lineHeight);
        const QString longName = locale.toString(date, u"MMMM yyyy"_s);
        const QFontMetricsF metrics(smallBold, painter.device());
        const QString name = metrics.horizontalAdvance(longName) + mm(1) <= span.width() ? longName : locale.toString(date, u"MMM"_s);
        if (metrics.horizontalAdvance(name) <= span.width())
            painter.drawText(span.adjusted(mm(0.5), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, name);
        day = last + 1;
    }
    const bool everyDay = column >= small.horizontalAdvance(u"30"_s) + mm(0.4);
    painter.setFont(smallFont);
    for (int day = page.firstDay; day <= page.lastDay; ++day) {
        const QDate date = m_grid.dayAt(day);
        const QRectF rect(x(day), top + lineHeight, column, lineHeight);
        if (m_holidays.contains(date))
            painter.fillRect(rect, m_palette.holidayBackground());
        else if (date.dayOfWeek() >= Qt::Saturday)
            painter.fillRect(rect, m_palette.weekendBackground());
        painter.setPen(m_palette.text());
        if (everyDay)
            painter.drawText(rect, Qt::AlignCenter, QString::number(date.day()));
        else if (date.dayOfWeek() == Qt::Monday)
            painter.drawText(QRectF(rect.left() + mm(0.2), rect.top(), column * 7, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QString::number(date.day()));
    }

    const bool detailed = column >= mm(2.8);
    const bool codes = column >= mm(4);
    qreal y = top + m_dayHeader;
    for (const Row &row : page.rows) {
        const QRectF nameRect(0, y, m_nameWidth - mm(1), m_rowHeight);
        if (row.gridRow < 0) {
            painter.fillRect(QRectF(0, y, m_nameWidth, m_rowHeight), m_palette.headingBackground());
            painter.setFont(bold);
            painter.setPen(m_palette.text());
            const QString text = HeatmapModel::teamLabel(m_grid, row.group, page.firstDay, page.lastDay);
            painter.drawText(nameRect.adjusted(mm(0.8), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             boldMetrics.elidedText(text, Qt::ElideRight, nameRect.width() - mm(0.8)));
            painter.setFont(smallBold);
            for (int day = page.firstDay; day <= page.lastDay; ++day) {
                const TeamStatus status = m_grid.teamStatus(row.group, day);
                const QRectF rect(x(day), y, column, m_rowHeight);
                painter.fillRect(rect, m_palette.teamColour(status));
                if (codes) {
                    painter.setPen(m_palette.teamText(status));
                    painter.drawText(rect, Qt::AlignCenter, QString::number(m_grid.teamCount(row.group, day)));
                }
            }
        } else {
            painter.setFont(body);
            painter.setPen(m_palette.text());
            painter.drawText(nameRect.adjusted(mm(2), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             bodyMetrics.elidedText(m_grid.people().at(row.gridRow).name, Qt::ElideRight, nameRect.width() - mm(2)));
            painter.setFont(smallFont);
            for (int day = page.firstDay; day <= page.lastDay; ++day) {
                const Cell cell = m_grid.cell(row.gridRow, day);
                const QRectF rect(x(day), y, column, m_rowHeight);
                const QColor colour = QColor::fromRgb(m_palette.cellColour(cell));
                painter.fillRect(rect, colour);
                if (!detailed)
                    continue;
                const QBrush &pattern = m_palette.cellPattern(cell);
                if (pattern.style() != Qt::NoBrush)
                    painter.fillRect(rect, scaledPattern(pattern, m_frame.dpi()));
                if (cell.state() == State::OutOfTerm) {
                    painter.setPen(QPen(m_palette.outOfTermMark(), mm(0.15)));
                    const QRectF cross = rect.adjusted(mm(0.5), mm(0.5), -mm(0.5), -mm(0.5));
                    painter.drawLine(cross.topLeft(), cross.bottomRight());
                    painter.drawLine(cross.topRight(), cross.bottomLeft());
                } else if (codes && (cell.state() == State::OnShift || cell.state() == State::OnLeave)) {
                    const QString code = cell.state() == State::OnShift ? m_grid.shiftTypes().at(cell.detail()).code
                                                                        : CalendarPalette::leaveCode(LeaveRequest::Type(cell.detail()));
                    if (small.horizontalAdvance(code) <= column) {
                        painter.setPen(CalendarPalette::textColourOn(colour));
                        painter.drawText(rect, Qt::AlignCenter, code);
                    }
                }
                if (cell.pendingLeave()) {
                    const qreal mark = std::min(column, m_rowHeight) * 0.45;
                    const QPointF points[3] = {rect.topRight(), rect.topRight() - QPointF(mark, 0), rect.topRight() + QPointF(0, mark)};
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(m_palette.pendingMark());
                    painter.drawPolygon(points, 3);
                    painter.setBrush(Qt::NoBrush);
                }
            }
        }
        y += m_rowHeight;
    }

    // Lines: between rows and days when cells are large, months and teams always.
    const qreal bottom = y;
    painter.setPen(QPen(m_palette.gridLine(), mm(0.1)));
    if (detailed) {
        for (int day = page.firstDay; day <= page.lastDay + 1; ++day)
            painter.drawLine(QPointF(x(day), top + lineHeight), QPointF(x(day), bottom));
    }
    for (qreal line = top + m_dayHeader; line <= bottom + 0.5; line += m_rowHeight)
        painter.drawLine(QPointF(0, line), QPointF(gridRight, line));
    painter.setPen(QPen(m_palette.text(), mm(0.25)));
    for (int day = page.firstDay + 1; day <= page.lastDay; ++day) {
        if (m_grid.dayAt(day).day() == 1)
            painter.drawLine(QPointF(x(day), top), QPointF(x(day), bottom));
    }
    qreal rowTop = top + m_dayHeader;
    for (const Row &row : page.rows) {
        if (row.gridRow < 0)
            painter.drawLine(QPointF(0, rowTop), QPointF(gridRight, rowTop));
        rowTop += m_rowHeight;
    }
    painter.drawLine(QPointF(left, top), QPointF(left, bottom));
}
