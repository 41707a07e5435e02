#include "monthmodel.h"

#include "shiftdetails.h"

#include "calendarpalette.h"
#include "model/zonerules.h"

#include <QLocale>
#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr int DaysPerWeek = 7;

const ZoneRules *zoneOf(const RotaPeriod &period)
{
    // A workspace without a known zone still shows its shifts, in UTC.
    const ZoneRules *rules = ZoneRules::find(period.timeZone());
    return rules ? rules : ZoneRules::find("UTC");
}

} // namespace

MonthModel::MonthModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MonthModel::setPeriod(std::shared_ptr<const RotaPeriod> period, QDate month)
{
    beginResetModel();
    m_period = std::move(period);
    m_month = month.isValid() ? QDate(month.year(), month.month(), 1) : QDate();
    m_rows = 0;
    if (m_month.isValid()) {
        const int lead = m_month.dayOfWeek() - 1;
        m_rows = (lead + m_month.daysInMonth() + DaysPerWeek - 1) / DaysPerWeek;
    }
    build();
    endResetModel();
}

void MonthModel::setToday(QDate today)
{
    if (today == m_today)
        return;
    const QModelIndex before = indexOf(m_today);
    m_today = today;
    for (const QModelIndex &index : {before, indexOf(m_today)}) {
        if (index.isValid())
            emit dataChanged(index, index);
    }
}

void MonthModel::setHolidays(QHash<QDate, QString> holidays)
{
    if (holidays == m_holidays)
        return;
    m_holidays = std::move(holidays);
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, DaysPerWeek - 1));
}

QDate MonthModel::firstShown() const
{
    return m_month.isValid() ? m_month.addDays(1 - m_month.dayOfWeek()) : QDate();
}

QDate MonthModel::dateAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return firstShown().addDays(index.row() * DaysPerWeek + index.column());
}

QModelIndex MonthModel::indexOf(QDate date) const
{
    if (!date.isValid() || !m_month.isValid())
        return {};
    const qint64 day = firstShown().daysTo(date);
    if (day < 0 || day >= qint64(m_rows) * DaysPerWeek)
        return {};
    return index(int(day / DaysPerWeek), int(day % DaysPerWeek));
}

const QList<MonthModel::Line> &MonthModel::lines(const QModelIndex &index) const
{
    static const QList<Line> none;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return none;
    return m_days.at(index.row() * DaysPerWeek + index.column());
}

void MonthModel::build()
{
    m_days.clear();
    if (!m_period || m_rows == 0)
        return;
    const RotaPeriod &period = *m_period;
    const int dayCount = m_rows * DaysPerWeek;
    m_days.resize(dayCount);
    const QDate first = firstShown();

    QHash<qint64, const ShiftType *> types;
    QHash<qint64, QColor> colours;
    for (const ShiftType &type : period.shiftTypes()) {
        types.insert(type.id, &type);
        colours.insert(type.id, QColor::fromString(type.colour));
    }
    const QString open = tr("Open", "a shift nobody is assigned to");

    // Sorted once per day by (whole-day first, start, type order, clinician order); open
    // shifts follow the clinicians' shifts of the same type and time.
    struct Keyed
    {
        std::tuple<int, qint64, int, int> key;
        Line line;
    };
    QList<QList<Keyed>> keyed(dayCount);
    for (const Shift &shift : period.shifts()) {
        const qint64 day = first.daysTo(shift.date);
        const ShiftType *type = types.value(shift.shift_type_id);
        if (day < 0 || day >= dayCount || !type)
            continue;
        const int clinician = shift.clinician_id ? period.clinicianIndex(*shift.clinician_id) : -1;
        Line line;
        line.shift = &shift;
        line.code = type->code;
        line.colour = colours.value(type->id);
        line.name = clinician >= 0 ? period.clinicians().at(clinician).name : open;
        keyed[day].append({{shift.isTimed() ? 1 : 0, shift.start_utc.value_or(0), type->sort_order,
                            clinician >= 0 ? clinician : std::numeric_limits<int>::max()},
                           line});
    }
    for (int day = 0; day < dayCount; ++day) {
        QList<Keyed> &shifts = keyed[day];
        std::stable_sort(shifts.begin(), shifts.end(), [](const Keyed &a, const Keyed &b) { return a.key < b.key; });
        QList<Line> &lines = m_days[day];
        lines.reserve(shifts.size());
        for (const Keyed &entry : std::as_const(shifts))
            lines.append(entry.line);

        const int periodDay = period.dayIndex(first.addDays(day));
        if (periodDay < 0)
            continue;
        for (int clinician = 0; clinician < period.clinicians().size(); ++clinician) {
            if (const LeaveRequest *leave = period.leaveOn(clinician, periodDay)) {
                Line line;
                line.leave = leave;
                line.code = CalendarPalette::leaveCode(leave->type);
                line.name = period.clinicians().at(clinician).name;
                lines.append(line);
            }
        }
    }
}

QString MonthModel::timeRange(const Shift &shift) const
{
    if (!shift.isTimed())
        return tr("all day");
    const ZoneRules *zone = zoneOf(*m_period);
    const QString format = u"HH:mm"_s;
    return tr("%1–%2", "start and end time of a shift")
        .arg(zone->localTime(*shift.start_utc).toString(format), zone->localTime(*shift.end_utc).toString(format));
}

QString MonthModel::lineText(const Line &line) const
{
    if (line.leave)
        return tr("%1: %2", "leave type: clinician").arg(CalendarPalette::leaveName(line.leave->type), line.name);
    if (!line.shift)
        return {};
    QString text = tr("%1 %2 %3", "shift code, clinician, times").arg(line.code, line.name, timeRange(*line.shift));
    if (line.shift->status == Shift::Status::Cancelled)
        text = tr("%1 (cancelled)").arg(text);
    return text;
}

QString MonthModel::lineToolTip(const Line &line) const
{
    if (line.leave) {
        const LeaveRequest &leave = *line.leave;
        const QLocale locale;
        const QString format = tr("d MMM", "date in a leave tooltip");
        QString text = tr("%1: %2\n%3 – %4 (%n day(s))", "leave type: clinician, first and last day", leave.dayCount())
                           .arg(CalendarPalette::leaveName(leave.type), line.name, locale.toString(leave.start_date, format),
                                locale.toString(leave.end_date, format));
        if (leave.status == LeaveRequest::Status::Pending)
            text += u'\n' + tr("Requested, not yet approved");
        return text;
    }
    if (!line.shift || !m_period)
        return {};
    const Shift &shift = *line.shift;
    const ShiftType *type = m_period->shiftType(shift.shift_type_id);
    return ShiftDetails::describe(shift, type ? type->name : line.code, line.name, timeRange(shift));
}

QString MonthModel::summary(int day) const
{
    const QDate date = firstShown().addDays(day);
    QString heading = QLocale().toString(date, tr("ddd d MMM", "a day in the month view's summary"));
    if (const QString holiday = m_holidays.value(date); !holiday.isEmpty())
        heading = tr("%1 (%2)", "date (bank holiday)").arg(heading, holiday);

    QStringList parts;
    // Leave of one type is listed once with all its clinicians: "Annual leave: A, B".
    QList<std::pair<QString, QStringList>> leave;
    for (const Line &line : m_days.at(day)) {
        if (!line.leave) {
            parts.append(lineText(line));
            continue;
        }
        QString kind = CalendarPalette::leaveName(line.leave->type);
        if (line.leave->status == LeaveRequest::Status::Pending)
            kind = tr("%1 (requested)", "leave not yet approved").arg(kind);
        auto it = std::find_if(leave.begin(), leave.end(), [&](const auto &entry) { return entry.first == kind; });
        if (it == leave.end())
            leave.append({kind, {line.name}});
        else
            it->second.append(line.name);
    }
    for (const auto &[kind, names] : std::as_const(leave))
        parts.append(tr("%1: %2", "leave type: clinicians").arg(kind, QLocale().createSeparatedList(names)));
    if (parts.isEmpty())
        return tr("%1: no shifts", "a day in the month view").arg(heading);
    return tr("%1: %2", "a day in the month view: its shifts and leave").arg(heading, parts.join(u"; "_s));
}

int MonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows == 0 ? 0 : DaysPerWeek;
}

QVariant MonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int day = index.row() * DaysPerWeek + index.column();
    const QDate date = firstShown().addDays(day);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return summary(day);
    case DateRole:
        return date;
    case InMonthRole:
        return date.month() == m_month.month();
    case ShiftIdsRole: {
        QList<qint64> ids;
        for (const Line &line : m_days.at(day)) {
            if (line.shift)
                ids.append(line.shift->id);
        }
        return QVariant::fromValue(ids);
    }
    case HolidayRole:
        return m_holidays.value(date);
    case TodayRole:
        return date == m_today;
    default:
        return {};
    }
}

QVariant MonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < DaysPerWeek) {
        if (role == Qt::DisplayRole)
            return QLocale().standaloneDayName(section + 1, QLocale::ShortFormat);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return QLocale().standaloneDayName(section + 1, QLocale::LongFormat);
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_rows) {
        // The ISO week number, which rotas and leave requests are often written against.
        const int week = firstShown().addDays(section * DaysPerWeek).weekNumber();
        if (role == Qt::DisplayRole)
            return tr("W%1", "ISO week number, short").arg(week);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Week %1").arg(week);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags MonthModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
