#pragma once

#include "model/leaverequest.h"
#include "scheduling/leavecapacity.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

class WorkspaceSession;

// One month of one clinician for booking leave: a grid of weeks (Monday first, 4 to 6 rows of 7
// days) holding, per day, the clinician's state (on leave, working, cannot work, bank holiday,
// weekend) and how many of the clinician's team are off against the most allowed. Everything is
// read through the session's workspace in a few window queries per reload().
class LeaveCalendarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        DateRole = Qt::UserRole + 1, // QDate
        InMonthRole,                 // bool
        TodayRole,                   // bool
        WeekendRole,                 // bool
        HolidayRole,                 // QString: the bank holiday's name, or empty
        LeaveTypeRole,               // int (LeaveRequest::Type), invalid without leave
        LeavePendingRole,            // bool: the leave is pending, not approved
        LeaveRequestIdRole,          // qint64, 0 without leave
        ShiftCodesRole,              // QStringList: the clinician's shifts that day, in start order
        CannotWorkRole,              // bool: a working term excludes the day
        WorkingDayRole,              // bool: a day of the clinician's working week, not a holiday
        StateTextRole,               // QString: the state line ("AL pending", "D, N", "Cannot work")
        OffRole,                     // int: the team's clinicians off
        MaximumRole,                 // int: the most of the team that may be off
        FullRole,                    // bool: off >= maximum
        CapacityTextRole,            // QString: "2/3 off"
    };
    Q_ENUM(Role)

    struct Day
    {
        QDate date;
        QString holiday;
        std::optional<LeaveRequest::Type> leaveType;
        bool leavePending = false;
        qint64 leaveRequestId = 0;
        QStringList shiftCodes;
        bool cannotWork = false;
        bool workingDay = false;
        LeaveCapacityDay capacity;
        QStringList offNames; // of the team's clinicians off, by name
    };

    explicit LeaveCalendarModel(WorkspaceSession *session, QObject *parent = nullptr);

    void setMonth(QDate month); // any day of the month
    QDate month() const { return m_month; } // the 1st of the month shown
    void setClinician(qint64 clinicianId); // 0 = nobody: only the calendar and holidays
    qint64 clinician() const { return m_clinicianId; }
    std::optional<qint64> teamId() const { return m_teamId; }
    QString teamName() const { return m_teamName; }
    void reload();

    QDate firstShown() const;
    QDate lastShown() const;
    QDate dateAt(const QModelIndex &index) const;
    QModelIndex indexOf(QDate date) const; // invalid outside the grid
    // The day shown for `date`, or null outside the grid.
    const Day *day(QDate date) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void read();
    QString stateText(const Day &day) const;
    QString capacityText(const Day &day) const;
    QStringList description(const Day &day) const;

    WorkspaceSession *m_session;
    QDate m_month;
    qint64 m_clinicianId = 0;
    std::optional<qint64> m_teamId;
    QString m_teamName;
    int m_rows = 0;
    QList<Day> m_days; // row * 7 + column
};
