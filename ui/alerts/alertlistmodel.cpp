#include "alertlistmodel.h"

#include "storage/alertrepository.h"
#include "storage/clinicianrepository.h"
#include "workspacesession.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

AlertListModel::AlertListModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &WorkspaceSession::workspaceChanged, this, &AlertListModel::reload);
    connect(session, &WorkspaceSession::dataChanged, this, &AlertListModel::reload);
    reload();
}

void AlertListModel::setActiveOnly(bool activeOnly)
{
    m_activeOnly = activeOnly;
    reload();
}

void AlertListModel::setSeverity(std::optional<Alert::Severity> severity)
{
    m_severity = severity;
    reload();
}

void AlertListModel::setType(const QString &type)
{
    m_type = type;
    reload();
}

void AlertListModel::setDateRange(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && to < from)
        std::swap(from, to);
    m_from = from;
    m_to = to;
    reload();
}

void AlertListModel::reload()
{
    QList<Alert> alerts;
    QHash<qint64, QString> names;
    if (Workspace *workspace = m_session->workspace()) {
        const QStringList types = m_type.isEmpty() ? QStringList() : QStringList{m_type};
        for (const Alert &alert : AlertRepository(*workspace).inWindow(m_from, m_to, types, !m_activeOnly)) {
            if (!m_severity || alert.severity == *m_severity)
                alerts.append(alert);
        }
        const ClinicianRepository clinicians(*workspace);
        for (const Alert &alert : std::as_const(alerts)) {
            if (alert.clinician_id && !names.contains(*alert.clinician_id)) {
                const std::optional<Clinician> clinician = clinicians.get(*alert.clinician_id);
                names.insert(*alert.clinician_id, clinician ? clinician->name : QString());
            }
        }
    }
    beginResetModel();
    m_alerts = alerts;
    m_clinicianNames = names;
    endResetModel();
}

QString AlertListModel::severityText(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info:
        return tr("Information");
    case Alert::Severity::Warning:
        return tr("Warning");
    case Alert::Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QString AlertListModel::statusText(Alert::Status status)
{
    switch (status) {
    case Alert::Status::Active:
        return tr("Active");
    case Alert::Status::Resolved:
        return tr("Resolved");
    case Alert::Status::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertListModel::displayText(const Alert &alert, int column) const
{
    switch (column) {
    case DateColumn:
        return QLocale().toString(alert.date, QLocale::ShortFormat);
    case SeverityColumn:
        return severityText(alert.severity);
    case TypeColumn:
        return Alert::typeLabel(alert.type);
    case ClinicianColumn:
        return alert.clinician_id ? m_clinicianNames.value(*alert.clinician_id) : QString();
    case MessageColumn:
        return alert.message;
    case StatusColumn:
        return statusText(alert.status);
    }
    return {};
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(alert, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? alert.message : QVariant();
    case Qt::DecorationRole:
        // An icon as well as the word, so severity never rests on colour alone.
        if (index.column() == SeverityColumn) {
            const QStyle::StandardPixmap icon = alert.severity == Alert::Severity::Critical ? QStyle::SP_MessageBoxCritical
                : alert.severity == Alert::Severity::Warning                               ? QStyle::SP_MessageBoxWarning
                                                                                           : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        return {};
    case AlertIdRole:
        return alert.id;
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SeverityColumn:
        return tr("Severity");
    case TypeColumn:
        return tr("Type");
    case ClinicianColumn:
        return tr("Clinician");
    case MessageColumn:
        return tr("Message");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
