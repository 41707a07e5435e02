#pragma once

#include "calendar/rotaperiod.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <memory>

// The days of one month as a grid of weeks (Monday first, 4 to 6 rows of 7 days) over a
// RotaPeriod that covers the whole grid. Each day holds its lines: the shifts starting on it in
// start order, then the clinicians on leave. The lines are built once per period so that
// painting a day with a hundred shifts only reads what fits.
class MonthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        DateRole = Qt::UserRole + 1, // QDate
        InMonthRole,                 // bool: the day belongs to the month shown
        ShiftIdsRole,                // QList<qint64>, in start order
        HolidayRole,                 // QString: the bank holiday's name, or empty
        TodayRole,                   // bool
    };
    Q_ENUM(Role)

    // One line of a day: a shift (shift set) or a clinician's leave (leave set). The pointers
    // point into the period the model holds.
    struct Line
    {
        const Shift *shift = nullptr;
        const LeaveRequest *leave = nullptr;
        QString code;   // the shift type's code, or the leave type's short code
        QString name;   // the clinician, or "Open" for an open shift
        QColor colour;  // the shift type's colour; invalid for leave
    };

    explicit MonthModel(QObject *parent = nullptr);

    // `month` is any day of the month to show; `period` covers at least the grid's days.
    void setPeriod(std::shared_ptr<const RotaPeriod> period, QDate month);
    void setToday(QDate today);
    void setHolidays(QHash<QDate, QString> holidays);

    std::shared_ptr<const RotaPeriod> period() const { return m_period; }
    QDate month() const { return m_month; } // the 1st of the month shown
    QDate today() const { return m_today; }
    QDate dateAt(const QModelIndex &index) const;
    QModelIndex indexOf(QDate date) const; // invalid outside the grid
    const QList<Line> &lines(const QModelIndex &index) const;
    QString lineText(const Line &line) const; // "D Alice Smith 08:00–16:00"
    QString lineToolTip(const Line &line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QDate firstShown() const;
    QString summary(int day) const;
    QString timeRange(const Shift &shift) const;
    void build();

    std::shared_ptr<const RotaPeriod> m_period;
    QDate m_month;
    QDate m_today;
    int m_rows = 0;
    QHash<QDate, QString> m_holidays;
    QList<QList<Line>> m_days; // row * 7 + column
};
