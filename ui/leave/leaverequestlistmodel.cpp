#include "leaverequestlistmodel.h"

#include "calendar/calendarpalette.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "workspacesession.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

LeaveRequestListModel::LeaveRequestListModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void LeaveRequestListModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void LeaveRequestListModel::reload()
{
    beginResetModel();
    m_requests.clear();
    m_names.clear();
    if (Workspace *workspace = m_session->workspace()) {
        m_timeZone = workspace->timeZone();
        for (const Clinician &clinician : ClinicianRepository(*workspace).list())
            m_names.insert(clinician.id, clinician.name);
        const LeaveRequestRepository repository(*workspace);
        QList<LeaveRequest> candidates;
        // The narrowest query the filter allows; the rest is sifted here.
        if (m_filter.from.isValid() && m_filter.to.isValid())
            candidates = repository.inWindow(m_filter.from, m_filter.to, m_filter.clinicianId);
        else if (m_filter.clinicianId)
            candidates = repository.forClinician(*m_filter.clinicianId);
        else
            candidates = repository.all();
        for (LeaveRequest &request : candidates) {
            if (m_filter.clinicianId && request.clinician_id != *m_filter.clinicianId)
                continue;
            if (m_filter.type && request.type != *m_filter.type)
                continue;
            if (m_filter.status && request.status != *m_filter.status)
                continue;
            if (m_filter.from.isValid() && request.end_date < m_filter.from)
                continue;
            if (m_filter.to.isValid() && request.start_date > m_filter.to)
                continue;
            m_requests.append(std::move(request));
        }
    }
    endResetModel();
}

int LeaveRequestListModel::rowOf(qint64 requestId) const
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).id == requestId)
            return row;
    }
    return -1;
}

QString LeaveRequestListModel::statusName(LeaveRequest::Status status)
{
    switch (status) {
    case LeaveRequest::Status::Pending: return tr("Pending");
    case LeaveRequest::Status::Approved: return tr("Approved");
    case LeaveRequest::Status::Denied: return tr("Denied");
    case LeaveRequest::Status::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString LeaveRequestListModel::requestedAtText(const QString &iso) const
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return iso;
    const QTimeZone zone(m_timeZone);
    if (zone.isValid())
        at = at.toTimeZone(zone);
    return QLocale().toString(at, tr("d MMM yyyy HH:mm", "when a leave request was made"));
}

QString LeaveRequestListModel::reason(const LeaveRequest &request) const
{
    if (!request.denial_reason.isEmpty())
        return request.denial_reason;
    if (!request.override_reason.isEmpty())
        return tr("Override: %1").arg(request.override_reason);
    return {};
}

int LeaveRequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int LeaveRequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaveRequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LeaveRequest &request = m_requests.at(index.row());
    if (role == RequestIdRole)
        return request.id;
    if (role == StatusRole)
        return int(request.status);
    if (role == Qt::TextAlignmentRole && (index.column() == DaysColumn || index.column() == AffectedShiftsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == ReasonColumn && !reason(request).isEmpty())
            return reason(request);
        QStringList lines{tr("Requested %1").arg(requestedAtText(request.requested_at))};
        if (!request.notes.isEmpty())
            lines << tr("Notes: %1").arg(request.notes);
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case RequestedAtColumn: return requestedAtText(request.requested_at);
    case ClinicianColumn: return m_names.value(request.clinician_id, tr("Clinician %1").arg(request.clinician_id));
    case TypeColumn: return CalendarPalette::leaveName(request.type);
    case FromColumn: return locale.toString(request.start_date, tr("d MMM yyyy", "leave request dates"));
    case ToColumn: return locale.toString(request.end_date, tr("d MMM yyyy", "leave request dates"));
    case DaysColumn: return request.dayCount();
    case StatusColumn: return statusName(request.status);
    case AffectedShiftsColumn: return request.affected_shift_count;
    case ReasonColumn: return reason(request);
    case ColumnCount: break;
    }
    return {};
}

QVariant LeaveRequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DaysColumn: return tr("Calendar days, from the first to the last");
        case AffectedShiftsColumn: return tr("The clinician's shifts in the leave when it was last processed");
        case ReasonColumn: return tr("Why it was denied, or why it was let beyond the quota or capacity");
        default: return {};
        }
    }
    switch (Column(section)) {
    case RequestedAtColumn: return tr("Requested");
    case ClinicianColumn: return tr("Clinician");
    case TypeColumn: return tr("Type");
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case DaysColumn: return tr("Days");
    case StatusColumn: return tr("Status");
    case AffectedShiftsColumn: return tr("Shifts");
    case ReasonColumn: return tr("Reason");
    case ColumnCount: break;
    }
    return {};
}
