#include "cliniciantablemodel.h"

#include "commands/changeclinician.h"
#include "storage/clinicianrepository.h"
#include "storage/teamrepository.h"
#include "workspacesession.h"

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

ClinicianTableModel::ClinicianTableModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &WorkspaceSession::workspaceChanged, this, &ClinicianTableModel::reload);
    connect(session, &WorkspaceSession::dataChanged, this, &ClinicianTableModel::reload);
    reload();
}

void ClinicianTableModel::setFilter(const ClinicianFilter &filter)
{
    m_filter = filter;
    if (m_shown == Shown::Inactive)
        m_filter.activeOnly = false;
    else
        m_shown = filter.activeOnly ? Shown::Active : Shown::All;
    reload();
}

void ClinicianTableModel::setShown(Shown shown)
{
    m_shown = shown;
    m_filter.activeOnly = shown == Shown::Active;
    reload();
}

int ClinicianTableModel::rowOf(qint64 clinicianId) const
{
    const auto found = std::find_if(m_clinicians.cbegin(), m_clinicians.cend(),
                                    [clinicianId](const Clinician &clinician) { return clinician.id == clinicianId; });
    return found == m_clinicians.cend() ? -1 : int(found - m_clinicians.cbegin());
}

void ClinicianTableModel::reload()
{
    QList<Clinician> clinicians;
    QHash<qint64, QString> teamNames;
    if (Workspace *workspace = m_session->workspace()) {
        clinicians = ClinicianRepository(*workspace).list(m_filter);
        // The filter has no "inactive only"; those who have left are few next to the staff.
        if (m_shown == Shown::Inactive)
            clinicians.removeIf([](const Clinician &clinician) { return clinician.active; });
        for (const Team &team : TeamRepository(*workspace).all())
            teamNames.insert(team.id, team.name);
    }
    // The same people in the same order (an edit of a field that does not move a row) keep the
    // view's selection and scroll position.
    const bool sameRows = std::equal(clinicians.cbegin(), clinicians.cend(), m_clinicians.cbegin(), m_clinicians.cend(),
                                     [](const Clinician &a, const Clinician &b) { return a.id == b.id; });
    if (sameRows && !m_clinicians.isEmpty()) {
        m_clinicians = clinicians;
        m_teamNames = teamNames;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_clinicians = clinicians;
    m_teamNames = teamNames;
    endResetModel();
}

int ClinicianTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clinicians.size());
}

int ClinicianTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClinicianTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Clinician &clinician = m_clinicians.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return clinician.name;
        case TeamColumn:
            return clinician.team_id ? m_teamNames.value(*clinician.team_id) : QString();
        case GradeColumn:
            return clinician.grade;
        case StatusColumn:
            return clinician.status == Clinician::Status::Active ? tr("Available") : tr("On hold");
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == ActiveColumn)
            return clinician.active ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        // People who have left stay listed for the history, visibly set apart.
        if (!clinician.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ActiveColumn)
            return clinician.active ? tr("On the rota") : tr("No longer on the rota; kept for the history");
        if (index.column() == NameColumn && !clinician.email.isEmpty())
            return clinician.email;
        return {};
    default:
        return {};
    }
}

QVariant ClinicianTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TeamColumn:
        return tr("Team");
    case GradeColumn:
        return tr("Grade");
    case StatusColumn:
        return tr("Status");
    case ActiveColumn:
        return tr("Active");
    default:
        return {};
    }
}

Qt::ItemFlags ClinicianTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    if (index.column() == ActiveColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ClinicianTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_session->workspace())
        return false;
    const Clinician before = m_clinicians.at(index.row());
    Clinician after = before;
    QString text;
    if (index.column() == NameColumn && role == Qt::EditRole) {
        after.name = value.toString().simplified();
        if (after.name == before.name)
            return false;
        text = tr("Rename %1 to %2").arg(before.name, after.name);
    } else if (index.column() == ActiveColumn && role == Qt::CheckStateRole) {
        after.active = value.value<Qt::CheckState>() == Qt::Checked;
        if (after.active == before.active)
            return false;
        text = after.active ? tr("Put %1 back on the rota").arg(before.name) : tr("Take %1 off the rota").arg(before.name);
    } else {
        return false;
    }
    if (StorageError error = ChangeClinician::apply(m_session, before, after, text); !error.ok()) {
        m_session->reportError(error.message);
        // The view may already show the typed value; the stored one comes back.
        emit dataChanged(index, index);
        return false;
    }
    return true;
}
