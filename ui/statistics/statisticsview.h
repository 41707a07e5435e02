#pragma once

#include <QDate>
#include <QSet>
#include <QWidget>

class ForecastPage;
class QTabWidget;
class QToolButton;
class ReportingPeriodPage;
class WorkloadPage;
class WorkspaceSession;

// The statistics of the workspace on three pages: the staffing forecast, the workload of each
// clinician over a reporting period with its fairness figures, and the reporting periods
// themselves. The current page's table saves as CSV, its chart as PNG, and both as a PDF
// report (buttons in the view, or the export methods for the window's menu).
class StatisticsView : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Forecast, Workload, ReportingPeriods };

    explicit StatisticsView(WorkspaceSession *session, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;

    ForecastPage *forecastPage() const { return m_forecast; }
    WorkloadPage *workloadPage() const { return m_workload; }
    ReportingPeriodPage *reportingPeriodPage() const { return m_periods; }

    // Each writes the current page and returns an error message, empty on success. The
    // reporting periods page has no chart: its PNG is refused and its PDF holds the table only.
    [[nodiscard]] QString exportTableCsv(const QString &file);
    [[nodiscard]] QString exportChartPng(const QString &file);
    [[nodiscard]] QString exportPdf(const QString &file);

    // "Acute Medicine: Staffing forecast" and the period with the time of printing, as the PDF
    // report's title and subtitle.
    QString reportTitle() const;
    QString reportSubtitle() const;

signals:
    // A day of the forecast was clicked or activated: show it on the rota.
    void dayActivated(QDate date);
    // What an export from the view's own buttons did ("Saved forecast.csv").
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markStale();
    void reloadCurrent();
    void workspaceChanged();
    void updateButtons();
    void saveWithDialog(const QString &caption, const QString &filter, const QString &suffix, QString (StatisticsView::*write)(const QString &));
    QWidget *currentChart() const;

    WorkspaceSession *m_session;
    QTabWidget *m_tabs;
    ForecastPage *m_forecast;
    WorkloadPage *m_workload;
    ReportingPeriodPage *m_periods;
    QToolButton *m_saveCsv;
    QToolButton *m_savePng;
    QToolButton *m_savePdf;
    QSet<int> m_stale; // pages whose data changed while they were not shown
};
