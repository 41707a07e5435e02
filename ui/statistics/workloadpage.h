#pragma once

#include "scheduling/workload.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class WorkloadTableModel;
class WorkspaceSession;

// The workload of every clinician over a reporting period as of a day: a bar per clinician of
// the shifts worked and still scheduled with a mark at the expected share, the fairness of
// nights and weekends per FTE, and the sortable table of every figure.
class WorkloadPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkloadPage(WorkspaceSession *session, QWidget *parent = nullptr);

    // Chooses a stored period by name, or (an empty name) the custom dates from/to.
    void setPeriod(const QString &name, QDate from = {}, QDate to = {});
    void setAsOf(QDate asOf);
    // The period holding today (else the latest one, else the four weeks around today) as of today.
    void resetToToday();

    const WorkloadReport &report() const { return m_report; }
    WorkloadTableModel *model() const { return m_model; }
    QSortFilterProxyModel *tableModel() const { return m_proxy; } // sorted as shown
    QTableView *table() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    QChart *chart() const;
    QComboBox *periodBox() const { return m_period; }
    QString fairnessText() const;
    // "Period 1: 01/12/2026 to 31/03/2027, as of 23/11/2026"
    QString periodText() const;

    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillPeriods(const QString &keep);
    void periodChosen();
    void rebuildChart();

    WorkspaceSession *m_session;
    WorkloadReport m_report;
    WorkloadTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDateEdit *m_asOf;
    QChartView *m_chartView;
    QLabel *m_fairness;
    QTableView *m_table;
};
