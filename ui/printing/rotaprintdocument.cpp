#include "rotaprintdocument.h"

#include "calendar/calendarpalette.h"
#include "storage/clinicianrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/workspace.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Below this a day column cannot hold a two-letter code chip at the chip size; 7 mm also lets a
// 31-day month fit A4 landscape beside the name column.
constexpr qreal minColumnMm = 7.0;
// Above this a short band (a last, partial week) would stretch a few days over the whole page.
constexpr qreal maxColumnMm = 40.0;
constexpr qreal marginMm = 10.0;
constexpr int maxGridLines = 4; // chip lines in one grid cell before the rest is left out
constexpr int maxStripLines = 6; // whole-day lines above the week view's time axis

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB, a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

QColor typeColour(const ShiftType *type)
{
    const QColor colour = type ? QColor::fromString(type->colour) : QColor();
    return colour.isValid() ? colour : QColor(Qt::lightGray);
}

QString typeTimes(const ShiftType &type)
{
    if (type.isWholeDay())
        return RotaPrintDocument::tr("whole day");
    return RotaPrintDocument::tr("%1–%2", "shift type times")
        .arg(type.start_time.toString(u"HH:mm"_s), type.end_time.toString(u"HH:mm"_s));
}

// The week view places shifts by their wall-clock times in the department's zone.
QDateTime localTime(qint64 utcSeconds, const QTimeZone &zone)
{
    return zone.isValid() ? QDateTime::fromSecsSinceEpoch(utcSeconds, zone) : QDateTime::fromSecsSinceEpoch(utcSeconds);
}

int minuteOfDay(const QDateTime &time)
{
    return time.time().hour() * 60 + time.time().minute();
}

} // namespace

RotaPrintDocument::RotaPrintDocument(const Workspace &workspace, const PrintOptions &options)
    : m_options(options)
    , m_holidays(BankHolidays::forWorkspace(workspace))
{
    if (!m_options.from.isValid())
        m_options.from = m_options.to;
    if (!m_options.to.isValid() || m_options.to < m_options.from)
        m_options.to = m_options.from;
    load(workspace);
    buildLegend();
}

QPageLayout RotaPrintDocument::pageLayout() const
{
    return QPageLayout(m_options.pageSize, m_options.orientation, QMarginsF(marginMm, marginMm, marginMm, marginMm),
                       QPageLayout::Millimeter);
}

void RotaPrintDocument::load(const Workspace &workspace)
{
    m_workspaceName = workspace.name();
    const QTimeZone zone(workspace.timeZone());
    const QDateTime printed = zone.isValid() ? workspace.now().toTimeZone(zone) : workspace.now().toLocalTime();
    m_printedAt = tr("Printed %1").arg(QLocale().toString(printed, tr("d MMM yyyy HH:mm", "date format of the print time")));

    // Names for the header; the repositories only read here.
    auto &ws = const_cast<Workspace &>(workspace);
    const RotaFilter &filter = m_options.filter;
    QStringList parts;
    if (filter.teamId) {
        const std::optional<Team> team = TeamRepository(ws).get(*filter.teamId);
        parts << tr("Team: %1").arg(team ? team->name : tr("unknown"));
    }
    if (filter.clinicianId) {
        const std::optional<Clinician> clinician = ClinicianRepository(ws).get(*filter.clinicianId);
        parts << tr("Clinician: %1").arg(clinician ? clinician->name : tr("unknown"));
    }
    if (filter.shiftTypeId) {
        const std::optional<ShiftType> type = ShiftTypeRepository(ws).get(*filter.shiftTypeId);
        parts << tr("Shift type: %1").arg(type ? type->name : tr("unknown"));
    }
    if (!filter.search.trimmed().isEmpty())
        parts << tr("Names containing “%1”").arg(filter.search.trimmed());
    m_filterText = parts.isEmpty() ? tr("All teams") : parts.join(u" · "_s);

    if (!m_options.from.isValid()) {
        m_loadError = tr("There are no days to print: the first and last day are not valid dates.");
        return;
    }
    const auto read = [&](QDate from, QDate to) {
        StorageError error;
        m_periods.append(RotaPeriod::load(workspace, from, to, filter, &error));
        if (!error.ok() && m_loadError.isEmpty())
            m_loadError = error.message;
    };
    const QDate from = m_options.from;
    const QDate to = m_options.to;
    switch (m_options.view) {
    case PrintOptions::View::Grid:
    case PrintOptions::View::Heatmap: // HeatmapPrintDocument prints it; a grid stands in here
        read(from, to);
        break;
    case PrintOptions::View::Month:
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
            read(std::max(from, month), std::min(to, month.addDays(month.daysInMonth() - 1)));
        break;
    case PrintOptions::View::Week:
        // The day before each week too: a night shift that starts on Sunday ends on Monday morning.
        for (QDate monday = from.addDays(1 - from.dayOfWeek()); monday <= to; monday = monday.addDays(7))
            read(std::max(from, monday).addDays(-1), std::min(to, monday.addDays(6)));
        break;
    }
}

void RotaPrintDocument::buildLegend()
{
    const CalendarPalette palette = CalendarPalette::forPrint();
    const bool grid = m_options.view == PrintOptions::View::Grid;
    if (m_periods.isEmpty())
        return;
    for (const ShiftType &type : m_periods.constFirst().shiftTypes())
        m_legend.append({LegendItem::Swatch::Chip, typeColour(&type), {}, type.code,
                         tr("%1 %2", "shift type name and times").arg(type.name, typeTimes(type))});
    m_legend.append({LegendItem::Swatch::Pinned, QColor(Qt::white), {}, tr("D", "sample code of a pinned shift"),
                     tr("Pinned (corner mark)")});

    QList<LeaveRequest::Type> leaveTypes;
    bool pending = false;
    bool cannotWork = false;
    for (const RotaPeriod &period : m_periods) {
        for (int c = 0; c < period.clinicians().size(); ++c) {
            for (int day = 0; day < period.dayCount(); ++day) {
                if (const LeaveRequest *leave = period.leaveOn(c, day)) {
                    if (!leaveTypes.contains(leave->type))
                        leaveTypes.append(leave->type);
                    pending = pending || leave->status == LeaveRequest::Status::Pending;
                }
                cannotWork = cannotWork || (grid && period.cannotWork(c, day));
            }
        }
    }
    for (LeaveRequest::Type type : CalendarPalette::leaveTypes()) {
        if (leaveTypes.contains(type))
            m_legend.append({LegendItem::Swatch::Leave, {}, palette.leaveBrush(type, false), CalendarPalette::leaveCode(type),
                             CalendarPalette::leaveName(type)});
    }
    if (pending)
        m_legend.append({LegendItem::Swatch::Leave, {}, palette.leaveBrush(leaveTypes.constFirst(), true),
                         CalendarPalette::leaveCode(leaveTypes.constFirst()), tr("Leave requested, not yet approved (paler)")});
    if (cannotWork)
        m_legend.append({LegendItem::Swatch::Hatch, {}, palette.cannotWorkBrush(), {}, tr("Cannot work (working terms)")});
    m_legend.append({LegendItem::Swatch::Weekend, palette.weekendBackground(), {}, {}, tr("Weekend")});
    const QList<std::pair<QDate, QString>> holidays = m_holidays.between(m_options.from, m_options.to);
    if (!holidays.isEmpty())
        m_legend.append({LegendItem::Swatch::Holiday, palette.holidayBackground(), {}, {}, tr("Bank holiday")});
    if (grid && !coverTypes(m_periods.constFirst()).isEmpty())
        m_legend.append({LegendItem::Swatch::BelowMinimum, palette.belowMinimum(), {}, tr("1/2", "sample cover below the minimum"),
                         tr("Cover below the minimum (bold)")});
    const bool partialWeeks = m_options.from.dayOfWeek() != Qt::Monday || m_options.to.dayOfWeek() != Qt::Sunday;
    if (m_options.view == PrintOptions::View::Month || (m_options.view == PrintOptions::View::Week && partialWeeks))
        m_legend.append({LegendItem::Swatch::Outside, {}, {}, {}, tr("Not in the printed period")});
    // The month view names holidays in their day cells; the others list them here.
    if (m_options.view != PrintOptions::View::Month) {
        const QLocale locale;
        for (const auto &[date, name] : holidays)
            m_legend.append({LegendItem::Swatch::None, {}, {}, {},
                             tr("%1: %2", "date and name of a bank holiday").arg(locale.toString(date, u"ddd d MMM"_s), name)});
    }
}

QFont RotaPrintDocument::font(FontRole role) const
{
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    switch (role) {
    case FontRole::Subtitle: font.setPointSizeF(9); break;
    case FontRole::Body: font.setPointSizeF(7); break;
    case FontRole::BodyBold: font.setPointSizeF(7); font.setBold(true); break;
    case FontRole::Small: font.setPointSizeF(6); break;
    case FontRole::SmallBold: font.setPointSizeF(6); font.setBold(true); break;
    case FontRole::Chip: font.setPointSizeF(6); font.setBold(true); break;
    }
    return font;
}

QFontMetricsF RotaPrintDocument::metrics(const QFont &font, const QPaintDevice *device)
{
    return QFontMetricsF(font, device);
}

QString RotaPrintDocument::periodText(QDate from, QDate to) const
{
    const QLocale locale;
    if (from == to)
        return locale.toString(from, tr("d MMMM yyyy", "date format of a printed day"));
    if (from.year() == to.year() && from.month() == to.month())
        return tr("%1–%2 %3", "days of one month: first day, last day, month and year")
            .arg(from.day())
            .arg(to.day())
            .arg(locale.toString(from, tr("MMMM yyyy", "date format of a printed month")));
    if (from.year() == to.year())
        return tr("%1 – %2 %3", "days of one year: first day and month, last day and month, year")
            .arg(locale.toString(from, tr("d MMMM", "date format of a printed day without the year")),
                 locale.toString(to, tr("d MMMM", "date format of a printed day without the year")), QString::number(from.year()));
    return tr("%1 – %2", "first and last day")
        .arg(locale.toString(from, tr("d MMMM yyyy", "date format of a printed day")),
             locale.toString(to, tr("d MMMM yyyy", "date format of a printed day")));
}

bool RotaPrintDocument::isShown(const Shift &shift) const
{
    // A printed rota shows who works; cancelled shifts are left out.
    return shift.status != Shift::Status::Cancelled;
}

QList<int> RotaPrintDocument::visibleShifts(const RotaPeriod &period, int clinician, int day) const
{
    QList<int> shifts = period.shiftsOn(clinician, day);
    shifts.removeIf([&](int i) { return !isShown(period.shifts().at(i)); });
    return shifts;
}

QList<int> RotaPrintDocument::shiftsOfDay(const RotaPeriod &period, int day, bool wholeDayOnly) const
{
    QList<int> shifts;
    for (int c = -1; c < period.clinicians().size(); ++c)
        shifts += visibleShifts(period, c, day);
    if (wholeDayOnly)
        shifts.removeIf([&](int i) { return period.shifts().at(i).isTimed(); });
    std::stable_sort(shifts.begin(), shifts.end(), [&](int a, int b) {
        constexpr qint64 wholeDay = std::numeric_limits<qint64>::min();
        return period.shifts().at(a).start_utc.value_or(wholeDay) < period.shifts().at(b).start_utc.value_or(wholeDay);
    });
    return shifts;
}

QList<int> RotaPrintDocument::cliniciansOnLeave(const RotaPeriod &period, int day) const
{
    QList<int> clinicians;
    for (int c = 0; c < period.clinicians().size(); ++c) {
        if (period.leaveOn(c, day))
            clinicians.append(c);
    }
    return clinicians;
}

QList<const ShiftType *> RotaPrintDocument::coverTypes(const RotaPeriod &period) const
{
    QList<const ShiftType *> types;
    for (const ShiftType &type : period.shiftTypes()) {
        if (type.counts_toward_minimum && (type.minimum_weekday > 0 || type.minimum_weekend > 0))
            types.append(&type);
    }
    return types;
}

// ---- layout ----------------------------------------------------------------------------------

void RotaPrintDocument::layout(QPagedPaintDevice &device)
{
    m_pages.clear();
    m_geometry = {};
    m_frame.measure(device);
    qreal legendHeight = 0;
    legendPositions(&device, &legendHeight);
    m_frame.setKeyHeight(legendHeight);

    switch (m_options.view) {
    case PrintOptions::View::Grid:
    case PrintOptions::View::Heatmap: layoutGrid(&device); break;
    case PrintOptions::View::Month: layoutMonths(); break;
    case PrintOptions::View::Week: layoutWeeks(&device); break;
    }
}

QList<QRectF> RotaPrintDocument::legendPositions(const QPaintDevice *device, qreal *height) const
{
    const QFontMetricsF text = metrics(font(FontRole::Small), device);
    const QFontMetricsF chip = metrics(font(FontRole::Chip), device);
    const qreal swatch = mm(4);
    QList<qreal> widths;
    for (const LegendItem &item : m_legend) {
        qreal itemWidth = text.horizontalAdvance(item.text);
        if (item.swatch == LegendItem::Swatch::Chip || item.swatch == LegendItem::Swatch::Pinned
            || item.swatch == LegendItem::Swatch::BelowMinimum)
            itemWidth += std::max(chip.horizontalAdvance(item.code) + mm(1.6), swatch) + mm(1);
        else if (item.swatch != LegendItem::Swatch::None)
            itemWidth += swatch + mm(1);
        widths.append(itemWidth);
    }
    return m_frame.keyPlaces(widths, std::max(text.height(), chip.height() + mm(0.4)) + mm(1), height);
}

QList<std::pair<QDate, QDate>> RotaPrintDocument::gridBands(const RotaPeriod &period) const
{
    QList<std::pair<QDate, QDate>> weeks;
    for (QDate day = period.from(); day.isValid() && day <= period.to();) {
        const QDate end = std::min(period.to(), day.addDays(7 - day.dayOfWeek()));
        weeks.append({day, end});
        day = end.addDays(1);
    }
    if (m_options.pageBreak == PrintOptions::PageBreak::Week)
        return weeks;
    const int maxDays = std::max(1, int((m_frame.content().width() - m_geometry.nameWidth) / m_geometry.minColumn));
    if (period.dayCount() <= maxDays)
        return {{period.from(), period.to()}};
    QList<std::pair<QDate, QDate>> bands;
    if (maxDays < 7) {
        for (QDate day = period.from(); day <= period.to(); day = day.addDays(maxDays))
            bands.append({day, std::min(period.to(), day.addDays(maxDays - 1))});
        return bands;
    }
    // Whole weeks per band, spread evenly so that the last band is not a stub.
    const int weeksPerBand = maxDays / 7;
    const int bandCount = int((weeks.size() + weeksPerBand - 1) / weeksPerBand);
    const int even = int((weeks.size() + bandCount - 1) / bandCount);
    for (int i = 0; i < weeks.size(); i += even)
        bands.append({weeks.at(i).first, weeks.at(std::min<qsizetype>(i + even, weeks.size()) - 1).second});
    return bands;
}

qreal RotaPrintDocument::gridColumnWidth(const Page &page) const
{
    const int days = int(page.from.daysTo(page.to)) + 1;
    return std::min(m_geometry.maxColumn, (m_frame.content().width() - m_geometry.nameWidth) / days);
}

int RotaPrintDocument::rowLines(const QPaintDevice *device, const RotaPeriod &period, const Row &row, QDate from, QDate to,
                                qreal column) const
{
    if (row.kind == Row::Kind::Heading)
        return 1;
    const QFontMetricsF chip = metrics(font(FontRole::Chip), device);
    const qreal gap = mm(0.5);
    const qreal available = column - 2 * gap;
    int lines = 1;
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        int cellLines = 1;
        qreal x = 0;
        for (int i : visibleShifts(period, row.clinician, period.dayIndex(date))) {
            const ShiftType *type = period.shiftType(period.shifts().at(i).shift_type_id);
            const QString code = type ? type->code : u"?"_s;
            const qreal width = std::max(chip.horizontalAdvance(code) + mm(1.6), chip.height() + mm(0.4));
            if (x > 0 && x + width > available) {
                ++cellLines;
                x = 0;
            }
            x += width + gap;
        }
        lines = std::max(lines, cellLines);
    }
    return std::min(lines, maxGridLines);
}

void RotaPrintDocument::layoutGrid(const QPaintDevice *device)
{
    if (m_periods.isEmpty())
        return;
    const RotaPeriod &period = m_periods.constFirst();
    const QFontMetricsF body = metrics(font(FontRole::Body), device);
    const QFontMetricsF bodyBold = metrics(font(FontRole::BodyBold), device);
    const QFontMetricsF small = metrics(font(FontRole::Small), device);
    const QFontMetricsF chip = metrics(font(FontRole::Chip), device);
    Geometry &g = m_geometry;

    qreal widestName = bodyBold.horizontalAdvance(tr("Open shifts"));
    for (const Clinician &clinician : period.clinicians())
        widestName = std::max(widestName, body.horizontalAdvance(clinician.name));
    for (const RotaPeriod::Group &group : period.groups())
        widestName = std::max(widestName, bodyBold.horizontalAdvance(group.name));
    g.nameWidth = std::clamp(widestName + mm(2), mm(25), std::max(mm(25), std::min(mm(45), m_frame.content().width() * 0.25)));
    qreal widestCode = 0;
    for (const ShiftType &type : period.shiftTypes())
        widestCode = std::max(widestCode, chip.horizontalAdvance(type.code));
    g.minColumn = std::max(mm(minColumnMm), widestCode + mm(1.6) + mm(1));
    g.maxColumn = std::max(g.minColumn, mm(maxColumnMm));
    g.line = std::max(body.height(), chip.height() + mm(0.4)) + mm(0.6);
    g.monthRow = small.height() + mm(1);
    g.dayHeader = 2 * small.height() + mm(1.2);
    g.coverRow = small.height() + mm(1);
    const qreal coverHeight = coverTypes(period).isEmpty() ? 0 : coverTypes(period).size() * g.coverRow + mm(0.8);
    const qreal available = m_frame.content().height() - g.monthRow - g.dayHeader - coverHeight;
    const auto rowHeight = [&](int lines) { return lines * g.line; };
    g.capacity = std::max(1, int(available / rowHeight(1) + 1e-6));

    for (const auto &[bandFrom, bandTo] : gridBands(period)) {
        Page prototype{0, bandFrom, bandTo, {}, {}};
        const qreal column = gridColumnWidth(prototype);
        QList<QList<Row>> segments{{}};
        const auto addRow = [&](Row row) {
            row.lines = rowLines(device, period, row, bandFrom, bandTo, column);
            segments.last().append(row);
        };
        for (int group = 0; group < period.groups().size(); ++group) {
            if (m_options.pageBreak == PrintOptions::PageBreak::Team && !segments.last().isEmpty())
                segments.append(QList<Row>());
            addRow({Row::Kind::Heading, group, -1, 1, false});
            for (int clinician : period.groups().at(group).clinicians)
                addRow({Row::Kind::Clinician, group, clinician, 1, false});
        }
        bool open = false;
        for (QDate date = bandFrom; date <= bandTo && !open; date = date.addDays(1))
            open = !visibleShifts(period, -1, period.dayIndex(date)).isEmpty();
        if (open) {
            if (m_options.pageBreak == PrintOptions::PageBreak::Team && !segments.last().isEmpty())
                segments.append(QList<Row>());
            addRow({Row::Kind::Heading, -1, -1, 1, false});
            addRow({Row::Kind::Open, -1, -1, 1, false});
        }

        for (const QList<Row> &segment : std::as_const(segments)) {
            Page page = prototype;
            qreal used = 0;
            const auto nextPage = [&] {
                m_pages.append(page);
                page.rows.clear();
                used = 0;
            };
            for (int i = 0; i < segment.size(); ++i) {
                const Row &row = segment.at(i);
                const qreal height = rowHeight(row.lines);
                if (row.kind == Row::Kind::Heading) {
                    // A heading never ends a page: it moves on with its first row.
                    const bool followed = i + 1 < segment.size() && segment.at(i + 1).kind != Row::Kind::Heading;
                    const qreal next = followed ? rowHeight(segment.at(i + 1).lines) : 0;
                    if (!page.rows.isEmpty() && used + height + next > available + 1e-6)
                        nextPage();
                } else if (!page.rows.isEmpty() && used + height > available + 1e-6) {
                    nextPage();
                    page.rows.append({Row::Kind::Heading, row.group, -1, 1, true});
                    used += rowHeight(1);
                }
                page.rows.append(row);
                used += height;
            }
            m_pages.append(page);
        }
    }
}

void RotaPrintDocument::layoutMonths()
{
    for (int i = 0; i < m_periods.size(); ++i) {
        const RotaPeriod &period = m_periods.at(i);
        const QDate first(period.from().year(), period.from().month(), 1);
        m_pages.append({i, period.from(), period.to(), first.addDays(1 - first.dayOfWeek()), {}});
    }
}

void RotaPrintDocument::layoutWeeks(const QPaintDevice *device)
{
    const QFontMetricsF subtitle = metrics(font(FontRole::Subtitle), device);
    const QFontMetricsF small = metrics(font(FontRole::Small), device);
    const QFontMetricsF chip = metrics(font(FontRole::Chip), device);
    Geometry &g = m_geometry;
    int entries = 0;
    for (int i = 0; i < m_periods.size(); ++i) {
        const RotaPeriod &period = m_periods.at(i);
        // The period starts on the day before the first printed day.
        const QDate first = period.from().addDays(1);
        m_pages.append({i, first, period.to(), first.addDays(1 - first.dayOfWeek()), {}});
        for (int day = 1; day < period.dayCount(); ++day)
            entries = std::max(entries, int(shiftsOfDay(period, day, true).size() + cliniciansOnLeave(period, day).size()));
    }
    g.axisWidth = small.horizontalAdvance(u"00:00"_s) + mm(1.5);
    g.dayHeaderTop = m_frame.content().top() + subtitle.height() + mm(1);
    g.stripTop = g.dayHeaderTop + 2 * small.height() + mm(1);
    g.stripLine = std::max(small.height(), chip.height() + mm(0.4)) + mm(0.3);
    g.stripLines = std::min(entries, maxStripLines);
    g.axisTop = g.stripTop + g.stripLines * g.stripLine + mm(g.stripLines > 0 ? 1.5 : 0.5);
}

RotaPrintDocument::PageSummary RotaPrintDocument::pageSummary(int page) const
{
    PageSummary summary;
    if (page < 0 || page >= m_pages.size())
        return summary;
    const Page &p = m_pages.at(page);
    summary.from = p.from;
    summary.to = p.to;
    if (m_options.view != PrintOptions::View::Grid)
        return summary;
    summary.rowCapacity = m_geometry.capacity;
    const RotaPeriod &period = m_periods.at(p.period);
    for (const Row &row : p.rows) {
        if (summary.firstGroup.isEmpty())
            summary.firstGroup = row.group >= 0 ? period.groups().at(row.group).name : tr("Open shifts");
        if (row.kind == Row::Kind::Clinician)
            summary.rows.append(period.clinicians().at(row.clinician).name);
    }
    return summary;
}

// ---- painting --------------------------------------------------------------------------------

bool RotaPrintDocument::print(QPagedPaintDevice &device, QString *error)
{
    if (!m_loadError.isEmpty()) {
        if (error)
            *error = m_loadError;
        return false;
    }
    layout(device);
    return PrintPageFrame::printPages(device, pageCount(), [this](QPainter &painter, int page) { paint(painter, page); }, error);
}

void RotaPrintDocument::paint(QPainter &painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintHeader(painter, page);
    paintLegend(painter);
    const Page &p = m_pages.at(page);
    switch (m_options.view) {
    case PrintOptions::View::Grid:
    case PrintOptions::View::Heatmap: paintGrid(painter, p); break;
    case PrintOptions::View::Month: paintMonth(painter, p); break;
    case PrintOptions::View::Week: paintWeek(painter, p, page); break;
    }
    painter.restore();
}

void RotaPrintDocument::paintHeader(QPainter &painter, int page) const
{
    const QString line = tr("%1 · %2 · %3", "period, view, filter")
                             .arg(periodText(m_options.from, m_options.to), PrintOptions::viewName(m_options.view), m_filterText);
    m_frame.paintHeader(painter, CalendarPalette::forPrint().text(), m_workspaceName, m_printedAt, line,
                        tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
}

void RotaPrintDocument::paintLegend(QPainter &painter) const
{
    const CalendarPalette palette = CalendarPalette::forPrint();
    const QFont chipFont = font(FontRole::Chip);
    const QFontMetricsF chip = metrics(chipFont, painter.device());
    const qreal chipHeight = chip.height() + mm(0.4);
    QStringList texts;
    for (const LegendItem &item : m_legend)
        texts << item.text;
    const auto paintSwatch = [&](int index, const QRectF &place) {
        const LegendItem &item = m_legend.at(index);
        qreal x = place.left();
        const QRectF swatch(x, place.center().y() - chipHeight / 2, mm(4), chipHeight);
        switch (item.swatch) {
        case LegendItem::Swatch::Chip:
        case LegendItem::Swatch::Pinned: {
            ShiftType sample;
            sample.colour = item.colour.name();
            const QRectF r = chipRect(painter, QPointF(x, swatch.top()), item.code);
            paintChip(painter, r, &sample, item.code, item.swatch == LegendItem::Swatch::Pinned);
            x += std::max(r.width(), swatch.width()) + mm(1);
            break;
        }
        case LegendItem::Swatch::BelowMinimum: {
            painter.setFont(chipFont);
            painter.setPen(item.colour);
            const qreal w = std::max(chip.horizontalAdvance(item.code) + mm(1.6), swatch.width());
            painter.drawText(QRectF(x, swatch.top(), w, swatch.height()), Qt::AlignCenter, item.code);
            x += w + mm(1);
            break;
        }
        case LegendItem::Swatch::Leave:
        case LegendItem::Swatch::Hatch:
            painter.fillRect(swatch, palette.base());
            painter.fillRect(swatch, item.brush);
            painter.setPen(QPen(palette.gridLine(), mm(0.15)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(swatch);
            if (!item.code.isEmpty()) {
                painter.setFont(chipFont);
                painter.setPen(palette.text());
                painter.drawText(swatch, Qt::AlignCenter, item.code);
            }
            x += swatch.width() + mm(1);
            break;
        case LegendItem::Swatch::Weekend:
        case LegendItem::Swatch::Holiday:
            painter.fillRect(swatch, item.colour);
            painter.setPen(QPen(palette.gridLine(), mm(0.15)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(swatch);
            x += swatch.width() + mm(1);
            break;
        case LegendItem::Swatch::Outside:
            painter.fillRect(swatch, mix(palette.base(), palette.text(), 0.16));
            painter.setPen(QPen(palette.gridLine(), mm(0.15)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(swatch);
            x += swatch.width() + mm(1);
            break;
        case LegendItem::Swatch::None:
            break;
        }
        return x;
    };
    m_frame.paintKey(painter, palette.text(), palette.gridLine(), tr("Key"), texts, legendPositions(painter.device(), nullptr),
                     paintSwatch);
}

QRectF RotaPrintDocument::chipRect(QPainter &painter, QPointF topLeft, const QString &code) const
{
    const QFontMetricsF chip = metrics(font(FontRole::Chip), painter.device());
    const qreal height = chip.height() + mm(0.4);
    return QRectF(topLeft, QSizeF(std::max(chip.horizontalAdvance(code) + mm(1.6), height), height));
}

void RotaPrintDocument::paintChip(QPainter &painter, const QRectF &rect, const ShiftType *type, const QString &code,
                                  bool pinned) const
{
    const QColor colour = typeColour(type);
    const QColor textColour = CalendarPalette::textColourOn(colour);
    painter.save();
    // A faint outline keeps pale chips visible on white paper.
    painter.setPen(QPen(QColor(0, 0, 0, 90), mm(0.15)));
    painter.setBrush(colour);
    painter.drawRoundedRect(rect, mm(0.6), mm(0.6));
    if (pinned) {
        const qreal size = rect.height() * 0.45;
        QPainterPath corner;
        corner.moveTo(rect.right() - size, rect.top());
        corner.lineTo(rect.right(), rect.top());
        corner.lineTo(rect.right(), rect.top() + size);
        corner.closeSubpath();
        painter.fillPath(corner, textColour);
    }
    painter.setFont(font(FontRole::Chip));
    painter.setPen(textColour);
    painter.drawText(rect, Qt::AlignCenter, code);
    painter.restore();
}

void RotaPrintDocument::paintDayBackground(QPainter &painter, const QRectF &rect, QDate date) const
{
    const CalendarPalette palette = CalendarPalette::forPrint();
    if (m_holidays.isHoliday(date))
        painter.fillRect(rect, palette.holidayBackground());
    else if (date.dayOfWeek() >= Qt::Saturday)
        painter.fillRect(rect, palette.weekendBackground());
}

void RotaPrintDocument::paintGrid(QPainter &painter, const Page &page) const
{
    const CalendarPalette palette = CalendarPalette::forPrint();
    const RotaPeriod &period = m_periods.at(page.period);
    const Geometry &g = m_geometry;
    const QFont bodyFont = font(FontRole::Body);
    const QFont boldFont = font(FontRole::BodyBold);
    const QFont smallFont = font(FontRole::Small);
    const QFont smallBoldFont = font(FontRole::SmallBold);
    const QFontMetricsF body = metrics(bodyFont, painter.device());
    const QFontMetricsF bold = metrics(boldFont, painter.device());
    const QFontMetricsF small = metrics(smallFont, painter.device());
    const QFontMetricsF smallBold = metrics(smallBoldFont, painter.device());
    const QLocale locale;

    const qreal column = gridColumnWidth(page);
    const int days = int(page.from.daysTo(page.to)) + 1;
    const qreal left = m_frame.content().left();
    const qreal daysLeft = left + g.nameWidth;
    const qreal right = daysLeft + days * column;
    const auto columnX = [&](QDate date) { return daysLeft + page.from.daysTo(date) * column; };
    const qreal pad = mm(0.8);
    const QPen gridPen(palette.gridLine(), mm(0.15));

    // Months above the days.
    qreal y = m_frame.content().top();
    painter.setPen(palette.text());
    for (QDate start = page.from; start <= page.to;) {
        const QDate end = std::min(page.to, start.addDays(start.daysInMonth() - start.day()));
        const QRectF rect(columnX(start), y, (start.daysTo(end) + 1) * column, g.monthRow);
        painter.setFont(smallBoldFont);
        painter.setPen(palette.text());
        painter.drawText(rect.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         smallBold.elidedText(locale.toString(start, u"MMMM yyyy"_s), Qt::ElideRight, rect.width() - 2 * pad));
        painter.setPen(gridPen);
        painter.drawLine(rect.topLeft(), rect.bottomLeft());
        start = end.addDays(1);
    }
    y += g.monthRow;

    // Day headers: weekday and day of the month.
    painter.setFont(smallBoldFont);
    painter.setPen(palette.text());
    painter.drawText(QRectF(left + pad, y, g.nameWidth - 2 * pad, g.dayHeader), Qt::AlignLeft | Qt::AlignBottom,
                     smallBold.elidedText(tr("Name"), Qt::ElideRight, g.nameWidth - 2 * pad));
    for (QDate date = page.from; date <= page.to; date = date.addDays(1)) {
        const QRectF rect(columnX(date), y, column, g.dayHeader);
        paintDayBackground(painter, rect, date);
        QString weekday = locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
        if (small.horizontalAdvance(weekday) > column - mm(0.4))
            weekday = locale.dayName(date.dayOfWeek(), QLocale::NarrowFormat);
        painter.setPen(palette.text());
        painter.setFont(smallFont);
        painter.drawText(QRectF(rect.left(), rect.top() + mm(0.4), column, small.height()), Qt::AlignCenter,
                         small.elidedText(weekday, Qt::ElideRight, column));
        painter.setFont(smallBoldFont);
        painter.drawText(QRectF(rect.left(), rect.top() + mm(0.4) + small.height(), column, small.height()), Qt::AlignCenter,
                         QString::number(date.day()));
    }
    y += g.dayHeader;

    // Weekend and bank holiday shading under the rows and the cover.
    const QList<const ShiftType *> cover = coverTypes(period);
    qreal rowsHeight = 0;
    for (const Row &row : page.rows)
        rowsHeight += row.lines * g.line;
    const qreal coverHeight = cover.isEmpty() ? 0 : cover.size() * g.coverRow + mm(0.8);
    const qreal rowsTop = y;
    for (QDate date = page.from; date <= page.to; date = date.addDays(1))
        paintDayBackground(painter, QRectF(columnX(date), rowsTop, column, rowsHeight + coverHeight), date);

    const qreal chipGap = mm(0.5);
    for (const Row &row : page.rows) {
        const QRectF rowRect(left, y, right - left, row.lines * g.line);
        if (row.kind == Row::Kind::Heading) {
            painter.fillRect(rowRect, mix(palette.base(), palette.text(), 0.10));
            QString name = row.group >= 0 ? period.groups().at(row.group).name : tr("Open shifts");
            if (row.continued)
                name = tr("%1 (continued)", "team heading repeated on the next page").arg(name);
            painter.setFont(boldFont);
            painter.setPen(palette.text());
            painter.drawText(rowRect.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             bold.elidedText(name, Qt::ElideRight, rowRect.width() - 2 * pad));
        } else {
            const int clinician = row.kind == Row::Kind::Clinician ? row.clinician : -1;
            const QString name = clinician >= 0 ? period.clinicians().at(clinician).name : tr("Not assigned");
            painter.setFont(bodyFont);
            painter.setPen(palette.text());
            painter.drawText(QRectF(left + pad, y, g.nameWidth - 2 * pad, g.line), Qt::AlignLeft | Qt::AlignVCenter,
                             body.elidedText(name, Qt::ElideRight, g.nameWidth - 2 * pad));
            for (QDate date = page.from; date <= page.to; date = date.addDays(1)) {
                const int day = period.dayIndex(date);
                const QRectF cell(columnX(date), y, column, rowRect.height());
                const QList<int> shifts = visibleShifts(period, clinician, day);
                if (clinician >= 0 && period.cannotWork(clinician, day))
                    painter.fillRect(cell, palette.cannotWorkBrush());
                const LeaveRequest *leave = clinician >= 0 ? period.leaveOn(clinician, day) : nullptr;
                if (leave) {
                    painter.fillRect(cell, palette.base());
                    painter.fillRect(cell, palette.leaveBrush(leave->type, leave->status == LeaveRequest::Status::Pending));
                    if (shifts.isEmpty()) {
                        const QString code = CalendarPalette::leaveCode(leave->type);
                        painter.setFont(font(FontRole::Chip));
                        painter.setPen(palette.text());
                        // The code sits on a white plate so that the pattern does not break the letters.
                        const QFontMetricsF chip = metrics(font(FontRole::Chip), painter.device());
                        const qreal w = std::min(column - mm(0.6), chip.horizontalAdvance(code) + mm(1));
                        const QRectF plate(cell.center().x() - w / 2, cell.top() + (g.line - chip.height()) / 2, w, chip.height());
                        painter.fillRect(plate, palette.base());
                        painter.drawText(plate, Qt::AlignCenter, chip.elidedText(code, Qt::ElideRight, w));
                    }
                }
                qreal x = cell.left() + chipGap;
                int line = 0;
                for (int i : shifts) {
                    const Shift &shift = period.shifts().at(i);
                    const ShiftType *type = period.shiftType(shift.shift_type_id);
                    QRectF chip = chipRect(painter, QPointF(x, 0), type ? type->code : u"?"_s);
                    if (x > cell.left() + chipGap && x + chip.width() > cell.right() - chipGap) {
                        ++line;
                        x = cell.left() + chipGap;
                    }
                    if (line >= maxGridLines)
                        break;
                    chip.moveTopLeft(QPointF(x, y + line * g.line + (g.line - chip.height()) / 2));
                    chip.setWidth(std::min(chip.width(), cell.right() - chipGap - x));
                    paintChip(painter, chip, type, type ? type->code : u"?"_s, shift.is_pinned);
                    x += chip.width() + chipGap;
                }
            }
        }
        painter.setPen(gridPen);
        painter.drawLine(QPointF(left, rowRect.bottom()), QPointF(right, rowRect.bottom()));
        y += rowRect.height();
    }

    // Department cover per shift type and day.
    if (!cover.isEmpty()) {
        painter.setPen(QPen(palette.text(), mm(0.3)));
        y += mm(0.8);
        painter.drawLine(QPointF(left, y), QPointF(right, y));
        for (const ShiftType *type : cover) {
            const QRectF chip = chipRect(painter, QPointF(left + pad, y + (g.coverRow - chipRect(painter, {}, type->code).height()) / 2),
                                         type->code);
            paintChip(painter, chip, type, type->code, false);
            painter.setFont(smallFont);
            painter.setPen(palette.text());
            const QRectF label(chip.right() + mm(1), y, left + g.nameWidth - pad - chip.right() - mm(1), g.coverRow);
            painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                             small.elidedText(tr("%1 cover", "shift type name").arg(type->name), Qt::ElideRight, label.width()));
            for (QDate date = page.from; date <= page.to; date = date.addDays(1)) {
                const int day = period.dayIndex(date);
                const int count = period.cover(type->id, day);
                const int required = period.required(*type, day);
                const bool below = count < required;
                painter.setFont(below ? smallBoldFont : smallFont);
                painter.setPen(below ? palette.belowMinimum() : palette.coverMet());
                const QString text = required > 0 ? tr("%1/%2", "cover: count and required").arg(count).arg(required)
                                                  : QString::number(count);
                const QFontMetricsF &fm = below ? smallBold : small;
                painter.drawText(QRectF(columnX(date), y, column, g.coverRow), Qt::AlignCenter,
                                 fm.elidedText(text, Qt::ElideRight, column));
            }
            y += g.coverRow;
            painter.setPen(gridPen);
            painter.drawLine(QPointF(left, y), QPointF(right, y));
        }
    }

    // Column lines over everything, the name column's edge stronger.
    painter.setPen(gridPen);
    for (QDate date = page.from; date <= page.to.addDays(1); date = date.addDays(1))
        painter.drawLine(QPointF(columnX(date), rowsTop - g.dayHeader), QPointF(columnX(date), y));
    painter.drawLine(QPointF(left, rowsTop - g.dayHeader), QPointF(left, y));
    painter.setPen(QPen(palette.text(), mm(0.3)));
    painter.drawLine(QPointF(daysLeft, rowsTop - g.dayHeader), QPointF(daysLeft, y));
    painter.drawLine(QPointF(left, rowsTop), QPointF(right, rowsTop));
}

void RotaPrintDocument::paintMonth(QPainter &painter, const Page &page) const
{
    const CalendarPalette palette = CalendarPalette::forPrint();
    const RotaPeriod &period = m_periods.at(page.period);
    const QRectF content = m_frame.content();
    const QFont subtitleFont = font(FontRole::Subtitle);
    const QFont bodyFont = font(FontRole::Small);
    const QFont boldFont = font(FontRole::SmallBold);
    const QFontMetricsF subtitle = metrics(subtitleFont, painter.device());
    const QFontMetricsF body = metrics(bodyFont, painter.device());
    const QFontMetricsF bold = metrics(boldFont, painter.device());
    const QFontMetricsF chip = metrics(font(FontRole::Chip), painter.device());
    const QLocale locale;
    const QDate monthStart(page.from.year(), page.from.month(), 1);
    const QDate monthEnd = monthStart.addDays(monthStart.daysInMonth() - 1);
    const int weeks = int(page.gridStart.daysTo(monthEnd) / 7) + 1;
    const qreal pad = mm(0.8);

    QFont titleFont = subtitleFont;
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette.text());
    const qreal titleHeight = subtitle.height() + mm(1);
    painter.drawText(QRectF(content.left(), content.top(), content.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     locale.toString(monthStart, u"MMMM yyyy"_s));

    const qreal column = content.width() / 7;
    const qreal headerTop = content.top() + titleHeight;
    const qreal headerHeight = bold.height() + mm(1);
    painter.setFont(boldFont);
    for (int d = 0; d < 7; ++d)
        painter.drawText(QRectF(content.left() + d * column, headerTop, column, headerHeight), Qt::AlignCenter,
                         bold.elidedText(locale.dayName(d + 1, QLocale::LongFormat), Qt::ElideRight, column));
    const qreal top = headerTop + headerHeight;
    const qreal rowHeight = (content.bottom() - top) / weeks;
    const qreal lineHeight = std::max(body.height(), chip.height() + mm(0.4)) + mm(0.3);
    const QColor outside = mix(palette.base(), palette.text(), 0.16);

    for (int cellIndex = 0; cellIndex < weeks * 7; ++cellIndex) {
        const QDate date = page.gridStart.addDays(cellIndex);
        const QRectF cell(content.left() + (cellIndex % 7) * column, top + (cellIndex / 7) * rowHeight, column, rowHeight);
        const int day = period.dayIndex(date);
        const bool inMonth = date >= monthStart && date <= monthEnd;
        if (day < 0)
            painter.fillRect(cell, outside);
        else
            paintDayBackground(painter, cell, date);
        painter.setPen(day < 0 ? mix(palette.base(), palette.text(), 0.55) : palette.text());
        painter.setFont(boldFont);
        const QString number = inMonth ? QString::number(date.day()) : locale.toString(date, u"d MMM"_s);
        const QRectF numberRect(cell.left() + pad, cell.top() + mm(0.3), bold.horizontalAdvance(number) + pad, bold.height());
        painter.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);
        if (day < 0)
            continue;
        const QString holiday = m_holidays.nameOf(date);
        if (!holiday.isEmpty()) {
            QFont italic = bodyFont;
            italic.setItalic(true);
            painter.setFont(italic);
            const QRectF holidayRect(numberRect.right() + pad, numberRect.top(), cell.right() - numberRect.right() - 2 * pad,
                                     numberRect.height());
            painter.drawText(holidayRect, Qt::AlignRight | Qt::AlignVCenter,
                             metrics(italic, painter.device()).elidedText(holiday, Qt::ElideRight, holidayRect.width()));
        }

        // Shifts of the day in start order (whole-day shifts first), then leave.
        const QList<int> shifts = shiftsOfDay(period, day, false);
        const QList<int> leave = cliniciansOnLeave(period, day);
        const int entries = int(shifts.size() + leave.size());
        const int fit = std::max(0, int((cell.bottom() - numberRect.bottom() - mm(0.5)) / lineHeight));
        const int shown = entries <= fit ? entries : std::max(0, fit - 1);
        qreal y = numberRect.bottom() + mm(0.3);
        for (int e = 0; e < shown; ++e) {
            const QRectF line(cell.left() + pad, y, cell.width() - 2 * pad, lineHeight);
            if (e < shifts.size())
                paintEntryLine(painter, line, period, shifts.at(e), -1, day);
            else
                paintEntryLine(painter, line, period, -1, leave.at(e - shifts.size()), day);
            y += lineHeight;
        }
        if (shown < entries) {
            painter.setFont(boldFont);
            painter.setPen(palette.text());
            painter.drawText(QRectF(cell.left() + pad, y, cell.width() - 2 * pad, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("+%1 more").arg(entries - shown));
        }
    }

    painter.setPen(QPen(palette.gridLine(), mm(0.2)));
    painter.setBrush(Qt::NoBrush);
    for (int w = 0; w <= weeks; ++w)
        painter.drawLine(QPointF(content.left(), top + w * rowHeight), QPointF(content.right(), top + w * rowHeight));
    for (int d = 0; d <= 7; ++d)
        painter.drawLine(QPointF(content.left() + d * column, top), QPointF(content.left() + d * column, top + weeks * rowHeight));
}

QList<RotaPrintDocument::WeekBlock> RotaPrintDocument::weekBlocks(int pageIndex) const
{
    QList<WeekBlock> blocks;
    if (m_options.view != PrintOptions::View::Week || pageIndex < 0 || pageIndex >= m_pages.size())
        return blocks;
    const Page &page = m_pages.at(pageIndex);
    const RotaPeriod &period = m_periods.at(page.period);
    const QTimeZone zone(period.timeZone());

    for (int d = 0; d < 7; ++d) {
        const QDate day = page.gridStart.addDays(d);
        if (day < page.from || day > page.to)
            continue;
        QList<WeekBlock> pieces;
        for (const Shift &shift : period.shifts()) {
            if (!shift.isTimed() || !isShown(shift) || shift.date > day || shift.date < day.addDays(-1))
                continue;
            const QDateTime start = localTime(*shift.start_utc, zone);
            const QDateTime end = localTime(shift.end_utc.value_or(*shift.start_utc), zone);
            if (start.date() > day || end.date() < day)
                continue;
            const int from = start.date() < day ? 0 : minuteOfDay(start);
            const int to = end.date() > day ? 24 * 60 : minuteOfDay(end);
            if (to <= from)
                continue;
            pieces.append({shift.id, day, from, to, 0, 1, {}});
        }
        std::sort(pieces.begin(), pieces.end(), [](const WeekBlock &a, const WeekBlock &b) {
            return a.startMinute != b.startMinute ? a.startMinute < b.startMinute : a.endMinute > b.endMinute;
        });
        // Overlapping pieces form a cluster; each takes the first free lane, and every piece of a
        // cluster is as wide as the cluster's lane count allows.
        int clusterStart = 0;
        int clusterEnd = -1;
        QList<int> laneEnds;
        const auto closeCluster = [&](int endIndex) {
            for (int i = clusterStart; i < endIndex; ++i)
                pieces[i].lanes = int(laneEnds.size());
        };
        for (int i = 0; i < pieces.size(); ++i) {
            WeekBlock &piece = pieces[i];
            if (piece.startMinute >= clusterEnd) {
                closeCluster(i);
                clusterStart = i;
                laneEnds.clear();
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > piece.startMinute)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(piece.endMinute);
            else
                laneEnds[lane] = piece.endMinute;
            piece.lane = lane;
            clusterEnd = std::max(clusterEnd, piece.endMinute);
        }
        closeCluster(int(pieces.size()));

        const Geometry &g = m_geometry;
        const qreal axisLeft = m_frame.content().left() + g.axisWidth;
        const qreal column = (m_frame.content().right() - axisLeft) / 7;
        const qreal axisTop = g.axisTop;
        const qreal axisHeight = m_frame.content().bottom() - axisTop;
        for (WeekBlock &piece : pieces) {
            const qreal laneWidth = column / piece.lanes;
            piece.rect = QRectF(axisLeft + d * column + piece.lane * laneWidth, axisTop + axisHeight * piece.startMinute / 1440.0,
                                laneWidth, axisHeight * (piece.endMinute - piece.startMinute) / 1440.0);
        }
        blocks += pieces;
    }
    return blocks;
}

void RotaPrintDocument::paintEntryLine(QPainter &painter, const QRectF &line, const RotaPeriod &period, int shift,
                                       int leaveClinician, int day) const
{
    const CalendarPalette palette = CalendarPalette::forPrint();
    const QFont chipFont = font(FontRole::Chip);
    const QFont textFont = font(FontRole::Small);
    const qreal chipHeight = metrics(chipFont, painter.device()).height() + mm(0.4);
    QRectF marker;
    QString name;
    if (shift >= 0) {
        const Shift &s = period.shifts().at(shift);
        const ShiftType *type = period.shiftType(s.shift_type_id);
        const QString code = type ? type->code : u"?"_s;
        marker = chipRect(painter, QPointF(line.left(), line.center().y() - chipHeight / 2), code);
        paintChip(painter, marker, type, code, s.is_pinned);
        const int c = s.clinician_id ? period.clinicianIndex(*s.clinician_id) : -1;
        name = c >= 0 ? period.clinicians().at(c).name : tr("Open shift");
    } else {
        const LeaveRequest *request = period.leaveOn(leaveClinician, day);
        const QString code = CalendarPalette::leaveCode(request->type);
        marker = chipRect(painter, QPointF(line.left(), line.center().y() - chipHeight / 2), code);
        painter.fillRect(marker, palette.base());
        painter.fillRect(marker, palette.leaveBrush(request->type, request->status == LeaveRequest::Status::Pending));
        painter.setPen(QPen(palette.gridLine(), mm(0.15)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(marker);
        painter.setFont(chipFont);
        painter.setPen(palette.text());
        painter.drawText(marker, Qt::AlignCenter, code);
        name = period.clinicians().at(leaveClinician).name;
    }
    painter.setFont(textFont);
    painter.setPen(palette.text());
    const QRectF nameRect(marker.right() + mm(0.8), line.top(), line.right() - marker.right() - mm(0.8), line.height());
    painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics(textFont, painter.device()).elidedText(name, Qt::ElideRight, nameRect.width()));
}

void RotaPrintDocument::paintWeek(QPainter &painter, const Page &page, int pageIndex) const
{
    const CalendarPalette palette = CalendarPalette::forPrint();
    const RotaPeriod &period = m_periods.at(page.period);
    const Geometry &g = m_geometry;
    const QRectF content = m_frame.content();
    const QFont smallFont = font(FontRole::Small);
    const QFont smallBoldFont = font(FontRole::SmallBold);
    const QFontMetricsF small = metrics(smallFont, painter.device());
    const QFontMetricsF smallBold = metrics(smallBoldFont, painter.device());
    const QLocale locale;
    const qreal pad = mm(0.8);
    const QPen gridPen(palette.gridLine(), mm(0.15));

    QFont titleFont = font(FontRole::Subtitle);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette.text());
    painter.drawText(QRectF(content.left(), content.top(), content.width(), g.dayHeaderTop - content.top()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Week %1: %2", "week number, days")
                         .arg(page.gridStart.weekNumber())
                         .arg(periodText(page.gridStart, page.gridStart.addDays(6))));

    const qreal axisLeft = content.left() + g.axisWidth;
    const qreal column = (content.right() - axisLeft) / 7;
    const qreal axisHeight = content.bottom() - g.axisTop;
    const QColor outside = mix(palette.base(), palette.text(), 0.16);
    for (int d = 0; d < 7; ++d) {
        const QDate date = page.gridStart.addDays(d);
        const QRectF columnRect(axisLeft + d * column, g.dayHeaderTop, column, content.bottom() - g.dayHeaderTop);
        const bool printed = date >= page.from && date <= page.to;
        if (printed)
            paintDayBackground(painter, columnRect, date);
        else
            painter.fillRect(columnRect, outside);
        painter.setFont(smallBoldFont);
        painter.setPen(palette.text());
        painter.drawText(QRectF(columnRect.left() + pad, g.dayHeaderTop, column - 2 * pad, small.height()), Qt::AlignCenter,
                         smallBold.elidedText(locale.toString(date, u"dddd d MMM"_s), Qt::ElideRight, column - 2 * pad));
        const QString holiday = m_holidays.nameOf(date);
        if (!holiday.isEmpty()) {
            QFont italic = smallFont;
            italic.setItalic(true);
            painter.setFont(italic);
            painter.drawText(QRectF(columnRect.left() + pad, g.dayHeaderTop + small.height(), column - 2 * pad, small.height()),
                             Qt::AlignCenter,
                             metrics(italic, painter.device()).elidedText(holiday, Qt::ElideRight, column - 2 * pad));
        }
        if (!printed)
            continue;

        // Whole-day shifts and leave above the time axis.
        const int day = period.dayIndex(date);
        const QList<int> shifts = shiftsOfDay(period, day, true);
        const QList<int> leave = cliniciansOnLeave(period, day);
        const int entries = int(shifts.size() + leave.size());
        const int shown = entries <= g.stripLines ? entries : std::max(0, g.stripLines - 1);
        for (int e = 0; e < shown; ++e) {
            const QRectF line(columnRect.left() + pad, g.stripTop + e * g.stripLine, column - 2 * pad, g.stripLine);
            if (e < shifts.size())
                paintEntryLine(painter, line, period, shifts.at(e), -1, day);
            else
                paintEntryLine(painter, line, period, -1, leave.at(e - shifts.size()), day);
        }
        if (shown < entries) {
            painter.setFont(smallBoldFont);
            painter.setPen(palette.text());
            painter.drawText(QRectF(columnRect.left() + pad, g.stripTop + shown * g.stripLine, column - 2 * pad, g.stripLine),
                             Qt::AlignLeft | Qt::AlignVCenter, tr("+%1 more").arg(entries - shown));
        }
    }

    // Hour lines and labels; every second or third label when hours are too short for each.
    const qreal hour = axisHeight / 24;
    const int labelStep = hour >= small.height() ? 1 : (2 * hour >= small.height() ? 2 : 3);
    painter.setFont(smallFont);
    for (int h = 0; h <= 24; ++h) {
        const qreal y = g.axisTop + h * hour;
        painter.setPen(QPen(palette.gridLine(), h % 6 == 0 ? mm(0.25) : mm(0.1)));
        painter.drawLine(QPointF(axisLeft, y), QPointF(content.right(), y));
        if (h % labelStep != 0)
            continue;
        painter.setPen(palette.text());
        const qreal labelTop = std::clamp(y - small.height() / 2, g.axisTop, content.bottom() - small.height());
        painter.drawText(QRectF(content.left(), labelTop, g.axisWidth - mm(1), small.height()), Qt::AlignRight | Qt::AlignVCenter,
                         u"%1:00"_s.arg(h, 2, 10, QChar(u'0')));
    }

    const QTimeZone zone(period.timeZone());
    for (const WeekBlock &block : weekBlocks(pageIndex)) {
        const Shift *shift = period.shift(block.shiftId);
        const ShiftType *type = period.shiftType(shift->shift_type_id);
        const QColor colour = typeColour(type);
        const QColor textColour = CalendarPalette::textColourOn(colour);
        const QRectF rect = block.rect.adjusted(mm(0.15), mm(0.1), -mm(0.15), -mm(0.1));
        painter.setPen(QPen(colour.darker(160), mm(0.15)));
        painter.setBrush(colour);
        painter.drawRoundedRect(rect, mm(0.5), mm(0.5));
        if (shift->is_pinned) {
            const qreal size = std::min({rect.width(), rect.height(), mm(2)}) * 0.8;
            QPainterPath corner;
            corner.moveTo(rect.right() - size, rect.top());
            corner.lineTo(rect.right(), rect.top());
            corner.lineTo(rect.right(), rect.top() + size);
            corner.closeSubpath();
            painter.fillPath(corner, textColour);
        }
        const int c = shift->clinician_id ? period.clinicianIndex(*shift->clinician_id) : -1;
        const QString label = tr("%1 %2", "shift code and clinician")
                                  .arg(type ? type->code : u"?"_s, c >= 0 ? period.clinicians().at(c).name : tr("Open shift"));
        const QString times = tr("%1–%2", "shift times")
                                  .arg(localTime(*shift->start_utc, zone).toString(u"HH:mm"_s),
                                       localTime(shift->end_utc.value_or(*shift->start_utc), zone).toString(u"HH:mm"_s));
        const QRectF inner = rect.adjusted(mm(0.5), mm(0.3), -mm(0.5), -mm(0.3));
        painter.setFont(smallFont);
        painter.setPen(textColour);
        // Across the block when the label fits (or the block is too short to write along it),
        // otherwise along a tall, narrow block.
        const qreal labelWidth = small.horizontalAdvance(label);
        const bool across = labelWidth <= inner.width()
            || (inner.width() >= mm(10) && labelWidth > inner.height() && inner.height() < 2 * inner.width());
        if (across && inner.height() >= small.height()) {
            painter.drawText(QRectF(inner.topLeft(), QSizeF(inner.width(), small.height())), Qt::AlignLeft | Qt::AlignVCenter,
                             small.elidedText(label, Qt::ElideRight, inner.width()));
            if (inner.height() >= 2 * small.height())
                painter.drawText(QRectF(inner.left(), inner.top() + small.height(), inner.width(), small.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(times, Qt::ElideRight, inner.width()));
        } else if (inner.height() >= mm(4)) {
            // Narrow lanes: the label runs upwards along the block, a size smaller when needed.
            QFont turnedFont = smallFont;
            if (rect.width() < small.ascent() + small.descent())
                turnedFont.setPointSizeF(5);
            const QFontMetricsF turnedMetrics = metrics(turnedFont, painter.device());
            if (rect.width() >= turnedMetrics.ascent() + turnedMetrics.descent() / 2) {
                painter.save();
                painter.setFont(turnedFont);
                painter.translate(QPointF(rect.left(), inner.bottom()));
                painter.rotate(-90);
                const QRectF turned(0, 0, inner.height(), rect.width());
                painter.drawText(turned, Qt::AlignLeft | Qt::AlignVCenter,
                                 turnedMetrics.elidedText(label, Qt::ElideRight, turned.width()));
                painter.restore();
            }
        }
    }

    painter.setPen(gridPen);
    painter.setBrush(Qt::NoBrush);
    for (int d = 0; d <= 7; ++d)
        painter.drawLine(QPointF(axisLeft + d * column, g.dayHeaderTop), QPointF(axisLeft + d * column, content.bottom()));
    painter.drawLine(QPointF(axisLeft, g.stripTop), QPointF(content.right(), g.stripTop));
    painter.setPen(QPen(palette.text(), mm(0.3)));
    painter.drawLine(QPointF(axisLeft, g.axisTop), QPointF(content.right(), g.axisTop));
}
