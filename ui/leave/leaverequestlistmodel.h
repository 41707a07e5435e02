#pragma once

#include "model/leaverequest.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

class WorkspaceSession;

// Leave requests as the rota server lists them, newest request first (requested_at
// descending), filtered by clinician, type, status and period.
class LeaveRequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RequestedAtColumn,
        ClinicianColumn,
        TypeColumn,
        FromColumn,
        ToColumn,
        DaysColumn,
        StatusColumn,
        AffectedShiftsColumn,
        ReasonColumn, // the denial reason, else the override reason
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RequestIdRole = Qt::UserRole + 1, // qint64
        StatusRole,                       // int (LeaveRequest::Status)
    };
    Q_ENUM(Role)

    struct Filter
    {
        std::optional<qint64> clinicianId;
        std::optional<LeaveRequest::Type> type;
        std::optional<LeaveRequest::Status> status;
        QDate from; // requests overlapping [from, to]; a null date is open
        QDate to;

        bool operator==(const Filter &) const = default;
    };

    explicit LeaveRequestListModel(WorkspaceSession *session, QObject *parent = nullptr);

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    void reload();

    const LeaveRequest &request(int row) const { return m_requests.at(row); }
    int rowOf(qint64 requestId) const; // -1 when not listed

    static QString statusName(LeaveRequest::Status status); // "Pending"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString requestedAtText(const QString &iso) const;
    QString reason(const LeaveRequest &request) const;

    WorkspaceSession *m_session;
    Filter m_filter;
    QList<LeaveRequest> m_requests;
    QHash<qint64, QString> m_names;
    QByteArray m_timeZone;
};
