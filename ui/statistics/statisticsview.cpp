#include "statisticsview.h"

#include "forecastpage.h"
#include "forecasttablemodel.h"
#include "reportingperiodpage.h"
#include "reportingperiodtablemodel.h"
#include "statisticsexport.h"
#include "workloadpage.h"
#include "workspacesession.h"

#include <QChartView>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Exported charts are drawn light whatever the desktop's colours, like printed rota pages.
QPalette printPalette(QPalette palette)
{
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window})
        palette.setColor(role, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText})
        palette.setColor(role, Qt::black);
    return palette;
}

} // namespace

StatisticsView::StatisticsView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_forecast(new ForecastPage(session, this))
    , m_workload(new WorkloadPage(session, this))
    , m_periods(new ReportingPeriodPage(session, this))
    , m_saveCsv(new QToolButton(this))
    , m_savePng(new QToolButton(this))
    , m_savePdf(new QToolButton(this))
{
    m_tabs->setObjectName(u"statistics_pages"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_forecast, tr("Staffing &forecast"));
    m_tabs->addTab(m_workload, tr("&Workload"));
    m_tabs->addTab(m_periods, tr("Re&porting periods"));

    m_saveCsv->setText(tr("Save Table as CSV…"));
    m_savePng->setText(tr("Save Chart as PNG…"));
    m_savePdf->setText(tr("Save as PDF…"));
    m_saveCsv->setObjectName(u"save_csv"_s);
    m_savePng->setObjectName(u"save_png"_s);
    m_savePdf->setObjectName(u"save_pdf"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QToolButton *button : {m_saveCsv, m_savePng, m_savePdf}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        buttons->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    connect(m_saveCsv, &QToolButton::clicked, this,
            [this] { saveWithDialog(tr("Save Table as CSV"), tr("CSV files (*.csv)"), u"csv"_s, &StatisticsView::exportTableCsv); });
    connect(m_savePng, &QToolButton::clicked, this,
            [this] { saveWithDialog(tr("Save Chart as PNG"), tr("PNG images (*.png)"), u"png"_s, &StatisticsView::exportChartPng); });
    connect(m_savePdf, &QToolButton::clicked, this,
            [this] { saveWithDialog(tr("Save as PDF"), tr("PDF files (*.pdf)"), u"pdf"_s, &StatisticsView::exportPdf); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        reloadCurrent();
        updateButtons();
    });
    connect(m_forecast, &ForecastPage::dayActivated, this, &StatisticsView::dayActivated);
    connect(session, &WorkspaceSession::dataChanged, this, [this] {
        markStale();
        if (isVisible())
            reloadCurrent();
    });
    connect(session, &WorkspaceSession::workspaceChanged, this, &StatisticsView::workspaceChanged);
    updateButtons();
}

void StatisticsView::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

StatisticsView::Page StatisticsView::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void StatisticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadCurrent();
}

void StatisticsView::markStale()
{
    m_stale = {int(Page::Forecast), int(Page::Workload)};
}

void StatisticsView::reloadCurrent()
{
    // Only the page in view is worked out again; the others wait until they are shown.
    if (!m_stale.remove(m_tabs->currentIndex()))
        return;
    switch (currentPage()) {
    case Page::Forecast: m_forecast->reload(); break;
    case Page::Workload: m_workload->reload(); break;
    case Page::ReportingPeriods: break; // follows every change itself
    }
}

void StatisticsView::workspaceChanged()
{
    const QDate today = m_session->today();
    m_forecast->setPeriod(today, today.addDays(27));
    m_workload->resetToToday();
    m_stale.clear();
    updateButtons();
}

void StatisticsView::updateButtons()
{
    const bool open = m_session->workspace() != nullptr;
    m_saveCsv->setEnabled(open);
    m_savePng->setEnabled(open && currentChart());
    m_savePdf->setEnabled(open);
}

QWidget *StatisticsView::currentChart() const
{
    switch (currentPage()) {
    case Page::Forecast: return m_forecast->chartView();
    case Page::Workload: return m_workload->chartView();
    case Page::ReportingPeriods: return nullptr;
    }
    return nullptr;
}

QString StatisticsView::reportTitle() const
{
    const QString workspace = m_session->workspace() ? m_session->workspace()->name() : QString();
    QString page;
    switch (currentPage()) {
    case Page::Forecast: page = tr("Staffing forecast"); break;
    case Page::Workload: page = tr("Workload"); break;
    case Page::ReportingPeriods: page = tr("Reporting periods"); break;
    }
    return workspace.isEmpty() ? page : tr("%1: %2", "workspace: page").arg(workspace, page);
}

QString StatisticsView::reportSubtitle() const
{
    const QLocale locale;
    QString period;
    switch (currentPage()) {
    case Page::Forecast:
        period = tr("%1 to %2").arg(locale.toString(m_forecast->from(), QLocale::ShortFormat), locale.toString(m_forecast->to(), QLocale::ShortFormat));
        break;
    case Page::Workload: period = m_workload->periodText(); break;
    case Page::ReportingPeriods: period = tr("%n period(s)", nullptr, m_periods->model()->rowCount()); break;
    }
    QDateTime printed = QDateTime::currentDateTime();
    if (const Workspace *workspace = m_session->workspace())
        printed = QDateTime::fromString(workspace->nowIso(), Qt::ISODate).toLocalTime();
    return tr("%1 · printed %2").arg(period, locale.toString(printed, QLocale::ShortFormat));
}

QString StatisticsView::exportTableCsv(const QString &file)
{
    reloadCurrent();
    switch (currentPage()) {
    case Page::Forecast: return StatisticsExport::writeCsv(*m_forecast->model(), file);
    case Page::Workload: return StatisticsExport::writeCsv(*m_workload->tableModel(), file);
    case Page::ReportingPeriods: return StatisticsExport::writeCsv(*m_periods->model(), file);
    }
    return {};
}

QString StatisticsView::exportChartPng(const QString &file)
{
    reloadCurrent();
    QWidget *chart = currentChart();
    if (!chart)
        return StatisticsExport::writePng(nullptr, file);
    QWidget *page = m_tabs->currentWidget();
    page->setPalette(printPalette(page->palette()));
    const QString error = StatisticsExport::writePng(chart, file);
    page->setPalette(QPalette());
    return error;
}

QString StatisticsView::exportPdf(const QString &file)
{
    reloadCurrent();
    StatisticsExport::Report report;
    report.title = reportTitle();
    report.subtitle = reportSubtitle();
    report.chart = currentChart();
    switch (currentPage()) {
    case Page::Forecast: report.table = m_forecast->model(); break;
    case Page::Workload: report.table = m_workload->tableModel(); break;
    case Page::ReportingPeriods: report.table = m_periods->model(); break;
    }
    QWidget *page = m_tabs->currentWidget();
    page->setPalette(printPalette(page->palette()));
    const QString error = StatisticsExport::writePdf(report, file);
    page->setPalette(QPalette());
    return error;
}

void StatisticsView::saveWithDialog(const QString &caption, const QString &filter, const QString &suffix,
                                    QString (StatisticsView::*write)(const QString &))
{
    QString name;
    switch (currentPage()) {
    case Page::Forecast: name = tr("forecast"); break;
    case Page::Workload: name = tr("workload"); break;
    case Page::ReportingPeriods: name = tr("reporting-periods"); break;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(this, caption, folder + u'/' + name + u'.' + suffix, filter);
    if (file.isEmpty())
        return;
    if (const QString error = (this->*write)(file); !error.isEmpty())
        QMessageBox::warning(this, caption, error);
    else
        emit statusMessage(tr("Saved %1").arg(QFileInfo(file).fileName()));
}
