#include "workloadpage.h"

#include "chartstyle.h"
#include "statisticsroles.h"
#include "storage/reportingperiodrepository.h"
#include "workloadtablemodel.h"
#include "workspacesession.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

constexpr int ShownNames = 3;

// "Anna, Ben and 4 more"
QString names(const QList<WorkloadSpread::Clinician> &clinicians)
{
    QStringList shown;
    for (qsizetype i = 0; i < clinicians.size() && i < ShownNames; ++i)
        shown.append(clinicians.at(i).clinician_name.toHtmlEscaped());
    if (clinicians.size() > ShownNames)
        return WorkloadPage::tr("%1 and %n more", nullptr, int(clinicians.size() - ShownNames)).arg(shown.join(u", "_s));
    return shown.join(u", "_s);
}

// "Nights per FTE: 0.0 to 6.0, mean 2.5, SD 1.9" and who has most and fewest, as HTML.
QString spreadLines(const QString &measure, const WorkloadSpread &spread)
{
    const QLocale locale;
    const auto number = [&](double value) { return locale.toString(value, 'f', 1); };
    if (spread.max == spread.min)
        return WorkloadPage::tr("%1: %2 for everyone").arg(measure, number(spread.min)) + u"<br>"_s;
    return WorkloadPage::tr("%1: %2 to %3, mean %4, SD %5")
               .arg(measure, number(spread.min), number(spread.max), number(spread.mean), number(spread.standard_deviation))
           + u"<br>&nbsp;&nbsp;&nbsp;"_s + WorkloadPage::tr("most: %1; fewest: %2").arg(names(spread.most), names(spread.fewest))
           + u"<br>"_s;
}

} // namespace

WorkloadPage::WorkloadPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new WorkloadTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_asOf(new QDateEdit(this))
    , m_chartView(new QChartView)
    , m_fairness(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_period->setObjectName(u"workload_period"_s);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from->setObjectName(u"workload_from"_s);
    m_to->setObjectName(u"workload_to"_s);
    m_asOf->setObjectName(u"workload_as_of"_s);
    for (QDateEdit *edit : {m_from, m_to, m_asOf}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto *controls = new QHBoxLayout;
    const auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        controls->addWidget(label);
        controls->addWidget(field);
    };
    addLabelled(tr("Reporting &period:"), m_period);
    addLabelled(tr("Fro&m:"), m_from);
    addLabelled(tr("T&o:"), m_to);
    controls->addSpacing(12);
    addLabelled(tr("&As of:"), m_asOf);
    controls->addStretch(1);

    m_chartView->setObjectName(u"workload_chart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Workload chart"));
    m_chartView->chart()->legend()->setAlignment(Qt::AlignTop);
    m_chartView->chart()->setMargins(QMargins(4, 4, 4, 4));
    // Forty names do not fit one screen: the chart grows with the clinicians and scrolls.
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidget(m_chartView);
    chartScroll->setWidgetResizable(true);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_fairness->setObjectName(u"workload_fairness"_s);
    m_fairness->setWordWrap(true);
    m_fairness->setTextFormat(Qt::RichText);
    m_fairness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fairness->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *fairnessScroll = new QScrollArea(this);
    fairnessScroll->setWidget(m_fairness);
    fairnessScroll->setWidgetResizable(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StatisticsRoles::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(u"workload_table"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setChildrenCollapsible(false);
    top->addWidget(chartScroll);
    top->addWidget(fairnessScroll);
    top->setSizes({600, 400});
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_table);
    // The chart gets the larger part; sizes are scaled to the splitter's height.
    splitter->setSizes({650, 350});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &WorkloadPage::periodChosen);
    for (QDateEdit *edit : {m_from, m_to, m_asOf})
        connect(edit, &QDateEdit::dateChanged, this, &WorkloadPage::reload);
    resetToToday();
}

QChart *WorkloadPage::chart() const
{
    return m_chartView->chart();
}

QString WorkloadPage::fairnessText() const
{
    return m_fairness->text();
}

QString WorkloadPage::periodText() const
{
    const QLocale locale;
    return tr("%1: %2 to %3, as of %4")
        .arg(m_report.reporting_period, locale.toString(m_report.start, QLocale::ShortFormat), locale.toString(m_report.end, QLocale::ShortFormat),
             locale.toString(m_report.as_of, QLocale::ShortFormat));
}

void WorkloadPage::fillPeriods(const QString &keep)
{
    const QSignalBlocker block(m_period);
    m_period->clear();
    if (Workspace *workspace = m_session->workspace()) {
        for (const ReportingPeriod &period : ReportingPeriodRepository(*workspace).all())
            m_period->addItem(period.name, period.name);
    }
    m_period->addItem(tr("Custom…"), QString());
    const int found = keep.isEmpty() ? -1 : m_period->findData(keep);
    m_period->setCurrentIndex(found >= 0 ? found : m_period->count() - 1);
}

void WorkloadPage::setPeriod(const QString &name, QDate from, QDate to)
{
    fillPeriods(name);
    if (name.isEmpty() && from.isValid() && to.isValid()) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    periodChosen();
}

void WorkloadPage::setAsOf(QDate asOf)
{
    m_asOf->setDate(asOf);
}

void WorkloadPage::resetToToday()
{
    const QDate today = m_session->today();
    {
        const QSignalBlocker block(m_asOf);
        m_asOf->setDate(today);
    }
    std::optional<ReportingPeriod> period;
    if (Workspace *workspace = m_session->workspace()) {
        const ReportingPeriodRepository repository(*workspace);
        period = repository.containing(today);
        if (!period) {
            const QList<ReportingPeriod> all = repository.all();
            if (!all.isEmpty())
                period = all.constLast();
        }
    }
    if (period)
        setPeriod(period->name);
    else
        setPeriod(QString(), today.addDays(-28), today.addDays(27));
}

void WorkloadPage::periodChosen()
{
    const QString name = m_period->currentData().toString();
    std::optional<ReportingPeriod> period;
    if (Workspace *workspace = m_session->workspace(); workspace && !name.isEmpty())
        period = ReportingPeriodRepository(*workspace).findByName(name);
    if (period) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(period->start_date);
        m_to->setDate(period->end_date);
    }
    // A stored period's days are its own; only custom ones are typed in.
    m_from->setEnabled(!period);
    m_to->setEnabled(!period);
    reload();
}

void WorkloadPage::reload()
{
    // Reporting periods may have been added, renamed or deleted meanwhile.
    const QString chosen = m_period->currentData().toString();
    fillPeriods(chosen);
    if (!chosen.isEmpty() && m_period->currentData().toString() != chosen) {
        periodChosen();
        return;
    }
    const QString name = chosen.isEmpty() ? tr("Custom") : chosen;
    m_report = {};
    if (const Workspace *workspace = m_session->workspace())
        m_report = WorkloadCalculator(*workspace).report(name, m_from->date(), m_to->date(), m_asOf->date());
    m_model->setBehindColour(ChartStyle(palette()).colour(ChartStyle::Role::Below));
    m_model->setSummaries(m_report.clinician_summaries);

    QString html = u"<b>%1</b><br>"_s.arg(tr("Fairness of nights and weekends, per FTE"));
    QList<WorkloadFairness> groups{m_report.department};
    groups += m_report.teams;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const WorkloadFairness &group = groups.at(i);
        const QString title = i == 0 ? tr("Department") : group.team_name.isEmpty() ? tr("No team") : group.team_name;
        html += u"<p><b>%1</b> %2<br>"_s.arg(title.toHtmlEscaped(), tr("(%n on duty)", nullptr, group.clinician_count));
        html += spreadLines(tr("Nights per FTE"), group.nights_per_fte);
        html += spreadLines(tr("Weekends per FTE"), group.weekends_per_fte);
        html += u"</p>"_s;
    }
    m_fairness->setText(m_report.department.clinician_count > 0 ? html : tr("Nobody is on duty in this period."));
    rebuildChart();
}

void WorkloadPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuildChart();
}

void WorkloadPage::rebuildChart()
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const ChartStyle style(palette());
    chart->setTitle(tr("Shifts per clinician: %1").arg(periodText()));
    auto *worked = new QBarSet(tr("Worked"));
    worked->setColor(style.colour(ChartStyle::Role::Worked));
    worked->setBorderColor(style.colour(ChartStyle::Role::Worked));
    auto *scheduled = new QBarSet(tr("Scheduled"));
    scheduled->setBrush(QBrush(style.colour(ChartStyle::Role::Second), Qt::Dense3Pattern));
    scheduled->setBorderColor(style.colour(ChartStyle::Role::Second));
    auto *expected = new QScatterSeries;
    expected->setName(tr("Expected share"));
    expected->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    expected->setMarkerSize(fontMetrics().height() * 0.8);
    expected->setColor(style.colour(ChartStyle::Role::Expected));
    expected->setBorderColor(style.colour(ChartStyle::Role::Expected));

    // The first clinician of the report at the top: a horizontal chart counts from the bottom.
    const QList<WorkloadSummary> &summaries = m_report.clinician_summaries;
    const int count = int(summaries.size());
    QStringList labels;
    QSet<QString> used;
    double highest = 0.0;
    for (int i = count - 1; i >= 0; --i) {
        const WorkloadSummary &summary = summaries.at(i);
        worked->append(summary.shifts_worked);
        scheduled->append(summary.shifts_scheduled);
        expected->append(summary.expected_shifts, count - 1 - i);
        highest = std::max({highest, double(summary.shifts_worked + summary.shifts_scheduled), summary.expected_shifts});
        // Categories must differ; two people of one name are told apart by their id.
        QString label = summary.clinician_name;
        if (used.contains(label))
            label = tr("%1 (%2)", "name (id)").arg(summary.clinician_name).arg(summary.clinician_id);
        used.insert(label);
        labels.append(label);
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(worked);
    bars->append(scheduled);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    chart->addSeries(expected);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    QValueAxis *axisX = ChartStyle::countAxis(highest);
    axisX->setTitleText(tr("Shifts"));
    // At the top, by the legend, so the scale is in view without scrolling down forty names.
    chart->addAxis(axisX, Qt::AlignTop);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(expected)}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    style.apply(chart);
    // A readable row per clinician, plus room for the title, legend and axis.
    const int row = fontMetrics().height() * 3 / 2;
    m_chartView->setMinimumHeight(std::max(fontMetrics().height() * 16, row * count + fontMetrics().height() * 9));
}
