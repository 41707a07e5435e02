#pragma once

#include "scheduling/staffingforecast.h"

#include <QDate>
#include <QWidget>

class ForecastTableModel;
class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QTableView;
class WorkspaceSession;

// The staffing forecast of a period (four weeks from today unless chosen): a chart of the cover
// per day as bars with the minimum as a stepped line and pending leave beside it, days below the
// minimum in the warning colour and marked with a triangle, and the table of the same days.
// Clicking a day in the chart or activating a row asks for that day on the rota.
class ForecastPage : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastPage(WorkspaceSession *session, QWidget *parent = nullptr);

    void setPeriod(QDate from, QDate to);
    QDate from() const;
    QDate to() const;

    ForecastTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    QChart *chart() const;
    QString summaryText() const;

    void reload();

signals:
    void dayActivated(QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart();

    WorkspaceSession *m_session;
    ForecastTableModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QChartView *m_chartView;
    QTableView *m_table;
};
