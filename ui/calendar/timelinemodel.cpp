#include "timelinemodel.h"

#include "shiftdetails.h"

#include "calendarpalette.h"
#include "model/zonerules.h"

#include <QLocale>
#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr int MinutesPerDay = 24 * 60;

int minuteOfDay(QTime time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

const ZoneRules *TimelineModel::zone() const
{
    // A workspace without a known zone still shows its shifts, in UTC.
    const ZoneRules *rules = m_period ? ZoneRules::find(m_period->timeZone()) : nullptr;
    return rules ? rules : ZoneRules::find("UTC");
}

void TimelineModel::setPeriod(std::shared_ptr<const RotaPeriod> period, QDate firstDay, int dayCount)
{
    beginResetModel();
    m_period = std::move(period);
    m_firstDay = firstDay;
    m_dayCount = firstDay.isValid() ? std::max(0, dayCount) : 0;
    build();
    endResetModel();
    if (m_now.isValid())
        setNow(m_now);
}

void TimelineModel::setHolidays(QHash<QDate, QString> holidays)
{
    if (holidays == m_holidays)
        return;
    m_holidays = std::move(holidays);
    emit calendarChanged();
}

void TimelineModel::setNow(const QDateTime &now)
{
    m_now = now;
    const qint64 secs = now.toSecsSinceEpoch();
    const QDate today = now.isValid() ? zone()->localDate(secs) : QDate();
    const int minute = now.isValid() ? minuteOfDay(zone()->localTime(secs)) : -1;
    if (today == m_today && minute == m_nowMinute)
        return;
    m_today = today;
    m_nowMinute = minute;
    emit calendarChanged();
}

void TimelineModel::build()
{
    m_items.clear();
    m_allDayRows = 0;
    if (!m_period || m_dayCount == 0)
        return;
    const RotaPeriod &period = *m_period;
    const ZoneRules *rules = zone();
    QHash<qint64, const ShiftType *> types;
    QHash<qint64, QColor> colours;
    for (const ShiftType &type : period.shiftTypes()) {
        types.insert(type.id, &type);
        colours.insert(type.id, QColor::fromString(type.colour));
    }
    const QString open = tr("Open", "a shift nobody is assigned to");
    // Items of equal times sort by type and then by clinician, open shifts last.
    struct Keyed
    {
        Item item;
        int typeOrder = 0;
        int clinicianOrder = 0;
    };
    QList<Keyed> keyed;

    for (const Shift &shift : period.shifts()) {
        const ShiftType *type = types.value(shift.shift_type_id);
        if (!type)
            continue;
        const int clinician = shift.clinician_id ? period.clinicianIndex(*shift.clinician_id) : -1;
        Keyed entry;
        entry.item.shift = &shift;
        entry.item.code = type->code;
        entry.item.name = clinician >= 0 ? period.clinicians().at(clinician).name : open;
        entry.item.colour = colours.value(type->id);
        entry.typeOrder = type->sort_order;
        entry.clinicianOrder = clinician >= 0 ? clinician : std::numeric_limits<int>::max();

        if (!shift.isTimed()) {
            const qint64 day = m_firstDay.daysTo(shift.date);
            if (day < 0 || day >= m_dayCount)
                continue;
            entry.item.day = int(day);
            entry.item.allDay = true;
            entry.item.endMinute = MinutesPerDay;
            keyed.append(entry);
            continue;
        }

        // Cut at each local midnight, reading the wall clock of the department's zone at both
        // ends, so a shift across a clock change keeps its real local times.
        const QDate startDate = rules->localDate(*shift.start_utc);
        const int startMinute = minuteOfDay(rules->localTime(*shift.start_utc));
        QDate endDate = rules->localDate(*shift.end_utc);
        int endMinute = minuteOfDay(rules->localTime(*shift.end_utc));
        if (endMinute == 0 && endDate > startDate) {
            // Ending at midnight touches the next day only at its first instant.
            endDate = endDate.addDays(-1);
            endMinute = MinutesPerDay;
        }
        for (QDate date = startDate; date <= endDate; date = date.addDays(1)) {
            const qint64 day = m_firstDay.daysTo(date);
            if (day < 0 || day >= m_dayCount)
                continue;
            Keyed segment = entry;
            segment.item.day = int(day);
            segment.item.startMinute = date == startDate ? startMinute : 0;
            segment.item.endMinute = date == endDate ? endMinute : MinutesPerDay;
            // Clocks going back can make the wall-clock end of a short shift precede its start.
            segment.item.endMinute = std::max(segment.item.endMinute, segment.item.startMinute + 1);
            segment.item.continuesBefore = date != startDate;
            segment.item.continuesAfter = date != endDate;
            keyed.append(segment);
        }
    }

    for (int clinician = 0; clinician < period.clinicians().size(); ++clinician) {
        for (int day = 0; day < m_dayCount; ++day) {
            const QDate date = m_firstDay.addDays(day);
            const int periodDay = period.dayIndex(date);
            const LeaveRequest *leave = periodDay >= 0 ? period.leaveOn(clinician, periodDay) : nullptr;
            if (!leave)
                continue;
            Keyed entry;
            entry.item.leave = leave;
            entry.item.day = day;
            entry.item.allDay = true;
            entry.item.endMinute = MinutesPerDay;
            entry.item.continuesBefore = leave->start_date < date;
            entry.item.continuesAfter = leave->end_date > date;
            entry.item.code = CalendarPalette::leaveCode(leave->type);
            entry.item.name = period.clinicians().at(clinician).name;
            entry.item.colour = CalendarPalette::forPrint().leaveBrush(leave->type, false).color();
            // Leave follows the whole-day shifts of its day.
            entry.typeOrder = std::numeric_limits<int>::max();
            entry.clinicianOrder = clinician;
            keyed.append(entry);
        }
    }

    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        const Item &x = a.item;
        const Item &y = b.item;
        return std::tuple(x.day, !x.allDay, x.startMinute, -x.endMinute, a.typeOrder, a.clinicianOrder)
             < std::tuple(y.day, !y.allDay, y.startMinute, -y.endMinute, b.typeOrder, b.clinicianOrder);
    });
    m_items.reserve(keyed.size());
    for (const Keyed &entry : std::as_const(keyed))
        m_items.append(entry.item);
    assignAllDayRows();
    assignLanes();
}

void TimelineModel::assignAllDayRows()
{
    // Whole-day shifts take the top rows of their day; then each leave request takes the first
    // row free on all of its days, so a week of leave reads as one line across the week.
    QList<QList<bool>> taken(m_dayCount);
    auto isFree = [&](int day, int row) { return row >= taken.at(day).size() || !taken.at(day).at(row); };
    auto take = [&](int day, int row) {
        if (taken.at(day).size() <= row)
            taken[day].resize(row + 1, false);
        taken[day][row] = true;
    };
    QList<QList<int>> leaveItems; // rows of m_items per leave request, in order of first day
    QHash<const LeaveRequest *, int> leaveIndex;
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (!item.allDay)
            continue;
        if (item.leave) {
            const auto found = leaveIndex.constFind(item.leave);
            if (found == leaveIndex.constEnd()) {
                leaveIndex.insert(item.leave, int(leaveItems.size()));
                leaveItems.append(QList<int>{i});
            } else {
                leaveItems[*found].append(i);
            }
            continue;
        }
        int row = 0;
        while (!isFree(item.day, row))
            ++row;
        item.lane = row;
        take(item.day, row);
    }
    std::stable_sort(leaveItems.begin(), leaveItems.end(), [this](const QList<int> &a, const QList<int> &b) {
        return m_items.at(a.constFirst()).day < m_items.at(b.constFirst()).day;
    });
    for (const QList<int> &request : std::as_const(leaveItems)) {
        int row = 0;
        while (!std::all_of(request.begin(), request.end(), [&](int i) { return isFree(m_items.at(i).day, row); }))
            ++row;
        for (const int i : request) {
            m_items[i].lane = row;
            take(m_items.at(i).day, row);
        }
    }
    for (Item &item : m_items) {
        if (item.allDay)
            item.laneCount = int(taken.at(item.day).size());
    }
    for (const QList<bool> &rows : std::as_const(taken))
        m_allDayRows = std::max(m_allDayRows, int(rows.size()));
    // Rows of a day run from the top row down, as the strip shows them.
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
        return std::tuple(a.day, !a.allDay, a.allDay ? a.lane : 0) < std::tuple(b.day, !b.allDay, b.allDay ? b.lane : 0);
    });
}

void TimelineModel::assignLanes()
{
    // Items are sorted by day and start, all-day items first. Timed segments take the first
    // free lane, and every segment of a cluster of overlapping ones shares its lane count.
    int first = 0;
    while (first < m_items.size()) {
        const int day = m_items.at(first).day;
        int end = first;
        while (end < m_items.size() && m_items.at(end).day == day)
            ++end;
        int allDay = 0;
        while (first + allDay < end && m_items.at(first + allDay).allDay)
            ++allDay;

        QList<int> laneEnds;
        int clusterStart = first + allDay;
        int clusterEnd = 0;
        auto closeCluster = [&](int until) {
            for (int i = clusterStart; i < until; ++i)
                m_items[i].laneCount = int(laneEnds.size());
            laneEnds.clear();
            clusterStart = until;
            clusterEnd = 0;
        };
        for (int i = first + allDay; i < end; ++i) {
            Item &item = m_items[i];
            if (!laneEnds.isEmpty() && item.startMinute >= clusterEnd)
                closeCluster(i);
            auto lane = std::find_if(laneEnds.begin(), laneEnds.end(), [&](int laneEnd) { return laneEnd <= item.startMinute; });
            if (lane == laneEnds.end()) {
                item.lane = int(laneEnds.size());
                laneEnds.append(item.endMinute);
            } else {
                item.lane = int(lane - laneEnds.begin());
                *lane = item.endMinute;
            }
            clusterEnd = std::max(clusterEnd, item.endMinute);
        }
        closeCluster(end);
        first = end;
    }
}

QString TimelineModel::title(const Item &item) const
{
    return tr("%1 · %2", "shift or leave code · clinician").arg(item.code, item.name);
}

QString TimelineModel::fullTimes(const Item &item) const
{
    const QLocale locale;
    if (item.leave) {
        const QString format = tr("ddd d MMM", "a day of leave in the week view");
        if (item.leave->start_date == item.leave->end_date)
            return locale.toString(item.leave->start_date, format);
        return tr("%1 – %2", "first and last day of leave")
            .arg(locale.toString(item.leave->start_date, format), locale.toString(item.leave->end_date, format));
    }
    if (!item.shift)
        return {};
    const Shift &shift = *item.shift;
    if (!shift.isTimed())
        return tr("all day %1", "a whole-day shift").arg(locale.toString(shift.date, tr("ddd d MMM", "a day in the week view")));
    const ZoneRules *rules = zone();
    auto at = [&](qint64 utc) {
        return tr("%1 %2", "time and weekday of a shift's start or end")
            .arg(rules->localTime(utc).toString(u"HH:mm"_s), locale.dayName(rules->localDate(utc).dayOfWeek(), QLocale::ShortFormat));
    };
    return tr("%1 – %2", "start and end of a shift").arg(at(*shift.start_utc), at(*shift.end_utc));
}

QString TimelineModel::toolTip(const Item &item) const
{
    QString text;
    if (item.leave) {
        text = tr("%1: %2", "leave type: clinician").arg(CalendarPalette::leaveName(item.leave->type), item.name);
        text += u'\n' + fullTimes(item);
        if (item.leave->status == LeaveRequest::Status::Pending)
            text += u'\n' + tr("Requested, not yet approved");
        return text;
    }
    const Shift &shift = *item.shift;
    const ShiftType *type = m_period->shiftType(shift.shift_type_id);
    return ShiftDetails::describe(shift, type ? type->name : item.code, item.name, fullTimes(item));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2", "title, times").arg(title(item), fullTimes(item));
    case Qt::ToolTipRole:
        return toolTip(item);
    case ShiftIdRole:
        return item.shift ? item.shift->id : qint64(0);
    case DayRole:
        return item.day;
    case StartMinuteRole:
        return item.startMinute;
    case EndMinuteRole:
        return item.endMinute;
    case AllDayRole:
        return item.allDay;
    case LaneRole:
        return item.lane;
    case LaneCountRole:
        return item.laneCount;
    case ColourRole:
        return item.colour;
    case TitleRole:
        return title(item);
    case ContinuesBeforeRole:
        return item.continuesBefore;
    case ContinuesAfterRole:
        return item.continuesAfter;
    case LeaveTypeRole:
        return item.leave ? QVariant(int(item.leave->type)) : QVariant();
    case PendingRole:
        return item.leave && item.leave->status == LeaveRequest::Status::Pending;
    case CancelledRole:
        return item.shift && item.shift->status == Shift::Status::Cancelled;
    case TimesRole:
        if (item.allDay)
            return tr("All day");
        return tr("%1–%2", "start and end time of a shift")
            .arg(zone()->localTime(*item.shift->start_utc).toString(u"HH:mm"_s), zone()->localTime(*item.shift->end_utc).toString(u"HH:mm"_s));
    default:
        return {};
    }
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
