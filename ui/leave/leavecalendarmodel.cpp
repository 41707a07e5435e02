#include "leavecalendarmodel.h"

#include "calendar/bankholidays.h"
#include "calendar/calendarpalette.h"
#include "model/workingterm.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/workingtermrepository.h"
#include "workspacesession.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

constexpr int DaysPerWeek = 7;

const WorkingTerm *termOn(const QList<WorkingTerm> &terms, QDate date)
{
    for (const WorkingTerm &term : terms) {
        if (term.covers(date))
            return &term;
    }
    return nullptr;
}

} // namespace

LeaveCalendarModel::LeaveCalendarModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void LeaveCalendarModel::setMonth(QDate month)
{
    const QDate first = month.isValid() ? QDate(month.year(), month.month(), 1) : QDate();
    if (first == m_month)
        return;
    m_month = first;
    reload();
}

void LeaveCalendarModel::setClinician(qint64 clinicianId)
{
    if (clinicianId == m_clinicianId)
        return;
    m_clinicianId = clinicianId;
    reload();
}

void LeaveCalendarModel::reload()
{
    beginResetModel();
    m_rows = 0;
    if (m_month.isValid()) {
        const int lead = m_month.dayOfWeek() - 1;
        m_rows = (lead + m_month.daysInMonth() + DaysPerWeek - 1) / DaysPerWeek;
    }
    read();
    endResetModel();
}

QDate LeaveCalendarModel::firstShown() const
{
    return m_month.isValid() ? m_month.addDays(1 - m_month.dayOfWeek()) : QDate();
}

QDate LeaveCalendarModel::lastShown() const
{
    return m_rows > 0 ? firstShown().addDays(m_rows * DaysPerWeek - 1) : QDate();
}

void LeaveCalendarModel::read()
{
    m_days.clear();
    m_teamId.reset();
    m_teamName.clear();
    if (m_rows == 0)
        return;
    const QDate first = firstShown();
    const QDate last = lastShown();
    m_days.resize(m_rows * DaysPerWeek);
    for (int i = 0; i < m_days.size(); ++i)
        m_days[i].date = first.addDays(i);

    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    for (const auto &[date, name] : BankHolidays::forWorkspace(*workspace).between(first, last))
        m_days[int(first.daysTo(date))].holiday = name;

    QHash<qint64, QString> names;
    for (const Clinician &clinician : ClinicianRepository(*workspace).list())
        names.insert(clinician.id, clinician.name);

    if (m_clinicianId != 0) {
        if (const std::optional<Clinician> clinician = ClinicianRepository(*workspace).get(m_clinicianId)) {
            m_teamId = clinician->team_id;
            if (m_teamId) {
                const std::optional<Team> team = TeamRepository(*workspace).get(*m_teamId);
                m_teamName = team ? team->name : QString();
            }
        }

        QHash<qint64, QString> codes;
        for (const ShiftType &type : ShiftTypeRepository(*workspace).all())
            codes.insert(type.id, type.code);
        for (const Shift &shift : ShiftRepository(*workspace).inWindow(first, last, m_clinicianId)) {
            if (shift.status != Shift::Status::Cancelled)
                m_days[int(first.daysTo(shift.date))].shiftCodes.append(codes.value(shift.shift_type_id, u"?"_s));
        }

        // Newest request first; approved leave wins over pending on the same day.
        for (const LeaveRequest &leave : LeaveRequestRepository(*workspace).inWindow(first, last, m_clinicianId)) {
            const bool approved = leave.status == LeaveRequest::Status::Approved;
            if (!approved && leave.status != LeaveRequest::Status::Pending)
                continue;
            const QDate from = std::max(leave.start_date, first);
            const QDate to = std::min(leave.end_date, last);
            for (QDate date = from; date <= to; date = date.addDays(1)) {
                Day &day = m_days[int(first.daysTo(date))];
                if (day.leaveType && (!day.leavePending || !approved))
                    continue;
                day.leaveType = leave.type;
                day.leavePending = !approved;
                day.leaveRequestId = leave.id;
            }
        }

        const QList<WorkingTerm> terms = WorkingTermRepository(*workspace).forClinician(m_clinicianId);
        for (Day &day : m_days) {
            const int weekday = day.date.dayOfWeek();
            const WorkingTerm *term = termOn(terms, day.date);
            day.cannotWork = term && term->cannot_work_days.contains(weekday);
            // As the leave quota counts days: the term's fixed days, else Monday to Friday.
            const bool inWeek = term && !term->fixed_working_days.isEmpty() ? term->fixed_working_days.contains(weekday)
                                                                             : weekday <= 5;
            day.workingDay = inWeek && !day.cannotWork && day.holiday.isEmpty();
        }

        const QList<LeaveCapacityDay> capacity = LeaveCapacity(*workspace).days(m_teamId, first, last);
        for (int i = 0; i < capacity.size() && i < m_days.size(); ++i) {
            Day &day = m_days[i];
            day.capacity = capacity.at(i);
            for (const qint64 id : std::as_const(day.capacity.offClinicians))
                day.offNames.append(names.value(id));
            day.offNames.sort(Qt::CaseInsensitive);
        }
    }
}

QDate LeaveCalendarModel::dateAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return firstShown().addDays(index.row() * DaysPerWeek + index.column());
}

QModelIndex LeaveCalendarModel::indexOf(QDate date) const
{
    if (!date.isValid() || m_rows == 0)
        return {};
    const qint64 offset = firstShown().daysTo(date);
    if (offset < 0 || offset >= qint64(m_rows) * DaysPerWeek)
        return {};
    return index(int(offset / DaysPerWeek), int(offset % DaysPerWeek));
}

const LeaveCalendarModel::Day *LeaveCalendarModel::day(QDate date) const
{
    const QModelIndex index = indexOf(date);
    return index.isValid() && !m_days.isEmpty() ? &m_days.at(index.row() * DaysPerWeek + index.column()) : nullptr;
}

QString LeaveCalendarModel::stateText(const Day &day) const
{
    QStringList parts;
    if (day.leaveType)
        parts << (day.leavePending ? tr("%1 pending", "leave code, not yet approved").arg(CalendarPalette::leaveCode(*day.leaveType))
                                   : CalendarPalette::leaveCode(*day.leaveType));
    if (!day.shiftCodes.isEmpty())
        parts << day.shiftCodes.join(tr(", ", "list separator"));
    if (parts.isEmpty() && day.cannotWork)
        parts << tr("Cannot work");
    return parts.join(u" · "_s);
}

QString LeaveCalendarModel::capacityText(const Day &day) const
{
    if (m_clinicianId == 0)
        return {};
    return tr("%1/%2 off", "team members off / most allowed").arg(day.capacity.off).arg(day.capacity.maximum);
}

// The day in full sentences, for the tooltip and for screen readers.
QStringList LeaveCalendarModel::description(const Day &day) const
{
    QStringList lines;
    lines << QLocale().toString(day.date, QLocale::LongFormat);
    if (!day.holiday.isEmpty())
        lines << tr("Bank holiday: %1").arg(day.holiday);
    else if (day.date.dayOfWeek() >= Qt::Saturday)
        lines << tr("Weekend");
    if (m_clinicianId == 0)
        return lines;
    if (day.leaveType) {
        lines << (day.leavePending ? tr("%1, pending approval").arg(CalendarPalette::leaveName(*day.leaveType))
                                   : tr("%1, approved").arg(CalendarPalette::leaveName(*day.leaveType)));
    }
    if (!day.shiftCodes.isEmpty())
        lines << tr("Working: %1").arg(day.shiftCodes.join(tr(", ", "list separator")));
    if (day.cannotWork)
        lines << tr("Cannot work this day (working terms)");
    const QString team = m_teamName.isEmpty() ? tr("Clinicians without a team") : m_teamName;
    QString capacity = tr("%1: %2 of at most %3 off", "team: off of maximum").arg(team).arg(day.capacity.off).arg(day.capacity.maximum);
    if (!day.offNames.isEmpty())
        capacity += u' ' + tr("(%1)", "names of those off").arg(day.offNames.join(tr(", ", "list separator")));
    if (day.capacity.isFull())
        capacity += u' ' + tr("– full");
    lines << capacity;
    return lines;
}

int LeaveCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LeaveCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows == 0 ? 0 : DaysPerWeek;
}

QVariant LeaveCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_days.isEmpty())
        return {};
    const Day &day = m_days.at(index.row() * DaysPerWeek + index.column());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines{QString::number(day.date.day())};
        if (const QString state = stateText(day); !state.isEmpty())
            lines << state;
        if (const QString capacity = capacityText(day); !capacity.isEmpty())
            lines << (day.capacity.isFull() ? tr("%1 full", "capacity text, then the word full").arg(capacity) : capacity);
        return lines.join(u'\n');
    }
    case Qt::ToolTipRole:
        return description(day).join(u'\n');
    case Qt::AccessibleTextRole:
        return description(day).join(u". "_s);
    case DateRole:
        return day.date;
    case InMonthRole:
        return day.date.month() == m_month.month();
    case TodayRole:
        return day.date == m_session->today();
    case WeekendRole:
        return day.date.dayOfWeek() >= Qt::Saturday;
    case HolidayRole:
        return day.holiday;
    case LeaveTypeRole:
        return day.leaveType ? QVariant(int(*day.leaveType)) : QVariant();
    case LeavePendingRole:
        return day.leavePending;
    case LeaveRequestIdRole:
        return day.leaveRequestId;
    case ShiftCodesRole:
        return day.shiftCodes;
    case CannotWorkRole:
        return day.cannotWork;
    case WorkingDayRole:
        return day.workingDay;
    case StateTextRole:
        return stateText(day);
    case OffRole:
        return day.capacity.off;
    case MaximumRole:
        return day.capacity.maximum;
    case FullRole:
        return m_clinicianId != 0 && day.capacity.isFull();
    case CapacityTextRole:
        return capacityText(day);
    default:
        return {};
    }
}

QVariant LeaveCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= DaysPerWeek)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return QLocale().dayName(section + 1, QLocale::ShortFormat);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return QLocale().dayName(section + 1, QLocale::LongFormat);
    return {};
}

Qt::ItemFlags LeaveCalendarModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
