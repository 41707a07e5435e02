#pragma once

#include "model/alert.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <optional>

class WorkspaceSession;

// The stored alerts as the rota server lists them: newest date first, then newest raised.
// Active ones only unless told otherwise; filtered by severity, type and a date range.
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, SeverityColumn, TypeColumn, ClinicianColumn, MessageColumn, StatusColumn, ColumnCount };
    enum Role { AlertIdRole = Qt::UserRole + 1 };

    explicit AlertListModel(WorkspaceSession *session, QObject *parent = nullptr);

    void setActiveOnly(bool activeOnly);
    bool activeOnly() const { return m_activeOnly; }
    void setSeverity(std::optional<Alert::Severity> severity); // empty: every severity
    std::optional<Alert::Severity> severity() const { return m_severity; }
    void setType(const QString &type); // empty: every type
    QString type() const { return m_type; }
    void setDateRange(QDate from, QDate to); // an invalid date leaves that end open
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    Alert alertAt(int row) const { return m_alerts.at(row); }

    static QString severityText(Alert::Severity severity);
    static QString statusText(Alert::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString displayText(const Alert &alert, int column) const;

    WorkspaceSession *m_session;
    bool m_activeOnly = true;
    std::optional<Alert::Severity> m_severity;
    QString m_type;
    QDate m_from;
    QDate m_to;
    QList<Alert> m_alerts;
    QHash<qint64, QString> m_clinicianNames;
};
