#include "forecastpage.h"

#include "chartstyle.h"
#include "forecasttablemodel.h"
#include "workspacesession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultDays = 28;
constexpr int MaximumDays = 366;

} // namespace

ForecastPage::ForecastPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ForecastTableModel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_table(new QTableView(this))
{
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(u"forecast_from"_s);
    m_to->setObjectName(u"forecast_to"_s);
    m_summary->setObjectName(u"forecast_summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *period = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addWidget(m_summary, 1);

    m_chartView->setObjectName(u"forecast_chart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Staffing forecast chart"));
    m_chartView->setMinimumHeight(fontMetrics().height() * 16);
    m_chartView->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->chart()->setMargins(QMargins(4, 4, 4, 4));

    m_table->setObjectName(u"forecast_table"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    // The chart gets the larger part; sizes are scaled to the splitter's height.
    splitter->setSizes({600, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(splitter, 1);

    const QDate today = session->today();
    m_from->setDate(today);
    m_to->setDate(today.addDays(DefaultDays - 1));
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate from) {
        // The end follows a start moved past it, keeping the period's length where it can.
        if (m_to->date() < from)
            m_to->setDate(from.addDays(DefaultDays - 1));
        else if (from.daysTo(m_to->date()) >= MaximumDays)
            m_to->setDate(from.addDays(MaximumDays - 1));
        reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate to) {
        if (to < m_from->date())
            m_from->setDate(to);
        else if (m_from->date().daysTo(to) >= MaximumDays)
            m_from->setDate(to.addDays(1 - MaximumDays));
        reload();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit dayActivated(m_model->dayAt(index.row()).date);
    });
    reload();
}

void ForecastPage::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(std::clamp(to, from, from.addDays(MaximumDays - 1)));
    reload();
}

QDate ForecastPage::from() const
{
    return m_from->date();
}

QDate ForecastPage::to() const
{
    return m_to->date();
}

QChart *ForecastPage::chart() const
{
    return m_chartView->chart();
}

QString ForecastPage::summaryText() const
{
    return m_summary->text();
}

void ForecastPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuildChart();
}

void ForecastPage::reload()
{
    QList<ForecastDay> days;
    if (const Workspace *workspace = m_session->workspace())
        days = StaffingForecast(*workspace).days(from(), to());
    m_model->setBelowColour(ChartStyle(palette()).colour(ChartStyle::Role::Below));
    m_model->setDays(days);
    const qsizetype below = std::count_if(days.cbegin(), days.cend(), [](const ForecastDay &day) { return day.status == ForecastDay::Status::Below; });
    if (days.isEmpty())
        m_summary->clear();
    else if (below == 0)
        m_summary->setText(tr("All %n day(s) meet the minimum.", nullptr, int(days.size())));
    else
        m_summary->setText(tr("Below the minimum on %n of %1 days.", nullptr, int(below)).arg(days.size()));
    rebuildChart();
}

void ForecastPage::rebuildChart()
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QList<ForecastDay> &days = m_model->days();
    const ChartStyle style(palette());
    const QLocale locale;
    chart->setTitle(tr("Staffing forecast, %1 to %2").arg(locale.toString(from(), QLocale::ShortFormat), locale.toString(to(), QLocale::ShortFormat)));

    auto *scheduled = new QBarSet(tr("Scheduled"));
    scheduled->setColor(style.colour(ChartStyle::Role::Worked));
    scheduled->setBorderColor(style.colour(ChartStyle::Role::Worked));
    scheduled->setSelectedColor(style.colour(ChartStyle::Role::Below));
    auto *pending = new QBarSet(tr("Pending leave"));
    pending->setBrush(QBrush(style.colour(ChartStyle::Role::Pending), Qt::Dense3Pattern));
    pending->setBorderColor(style.colour(ChartStyle::Role::Pending));
    auto *minimum = new QLineSeries;
    minimum->setName(tr("Minimum required"));
    QPen minimumPen(style.colour(ChartStyle::Role::Expected), 2.0, Qt::DashLine);
    minimum->setPen(minimumPen);
    auto *belowMarks = new QScatterSeries;
    belowMarks->setName(tr("Below minimum"));
    belowMarks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    belowMarks->setMarkerSize(fontMetrics().height() * 0.9);
    belowMarks->setColor(style.colour(ChartStyle::Role::Below));
    belowMarks->setBorderColor(style.text());

    // Weekday over day number for up to four weeks (the title gives the months); longer periods
    // turn one-line labels upright.
    const bool twoLines = days.size() <= DefaultDays;
    QStringList labels;
    QList<int> belowDays;
    int highest = 0;
    for (int i = 0; i < days.size(); ++i) {
        const ForecastDay &day = days.at(i);
        scheduled->append(day.scheduled_count);
        pending->append(day.pending_leave);
        // A step per day: the minimum is level across its bar.
        minimum->append(i - 0.5, day.minimum_required);
        minimum->append(i + 0.5, day.minimum_required);
        if (day.status == ForecastDay::Status::Below) {
            belowDays.append(i);
            belowMarks->append(i, day.minimum_required);
        }
        highest = std::max({highest, day.scheduled_count, day.minimum_required, day.pending_leave});
        if (twoLines)
            labels.append(locale.toString(day.date, u"ddd"_s) + u"<br>"_s + locale.toString(day.date, u"d"_s));
        else
            labels.append(locale.toString(day.date, u"ddd d MMM"_s));
    }
    scheduled->selectBars(belowDays);

    auto *bars = new QBarSeries;
    bars->append(scheduled);
    bars->append(pending);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    chart->addSeries(minimum);
    chart->addSeries(belowMarks);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    if (!twoLines)
        axisX->setLabelsAngle(-90);
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *axisY = ChartStyle::countAxis(highest + 1);
    axisY->setTitleText(tr("People"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(minimum), static_cast<QAbstractSeries *>(belowMarks)}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    // The marks explain themselves in the legend; without a below day they need no entry.
    for (QLegendMarker *marker : chart->legend()->markers(belowMarks))
        marker->setVisible(!belowDays.isEmpty());
    style.apply(chart);

    connect(bars, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_model->rowCount())
            emit dayActivated(m_model->dayAt(index).date);
    });
}
