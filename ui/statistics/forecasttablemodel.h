#pragma once

#include "scheduling/staffingforecast.h"

#include <QAbstractTableModel>
#include <QColor>

// The staffing forecast as a table: a row per day with its weekday, the minimum, the cover,
// pending leave, the status and the shift types short of their minimum. A day below its minimum
// says so in words and in the below-minimum colour, not by colour alone.
class ForecastTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, WeekdayColumn, MinimumColumn, ScheduledColumn, PendingLeaveColumn, StatusColumn, ShortColumn, ColumnCount };

    explicit ForecastTableModel(QObject *parent = nullptr);

    void setDays(const QList<ForecastDay> &days);
    const QList<ForecastDay> &days() const { return m_days; }
    ForecastDay dayAt(int row) const { return m_days.value(row); }
    void setBelowColour(const QColor &colour);

    static QString statusText(ForecastDay::Status status);
    // "N 1/2, D 2/3": each short type with its cover and minimum.
    static QString shortfallText(const ForecastDay &day);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ForecastDay> m_days;
    QColor m_below;
};
