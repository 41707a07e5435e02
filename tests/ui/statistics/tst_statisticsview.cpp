#include "statistics/forecastpage.h"
#include "statistics/forecasttablemodel.h"
#include "statistics/reportingperioddialog.h"
#include "statistics/reportingperiodpage.h"
#include "statistics/reportingperiodtablemodel.h"
#include "statistics/statisticsroles.h"
#include "statistics/statisticsview.h"
#include "statistics/workloadpage.h"
#include "statistics/workloadtablemodel.h"
#include "storage/reportingperiodrepository.h"
#include "ui/uitestdata.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QPdfDocument>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

namespace {

template <typename Series>
Series *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *typed = qobject_cast<Series *>(series); typed && (name.isEmpty() || typed->name() == name))
            return typed;
    }
    return nullptr;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result.append(set->at(i));
    return result;
}

// Minimums: day shifts 2 on weekdays and 1 at weekends, nights 1 every day; on-call does not
// count toward the minimum. So a weekday needs 3 people, a weekend day 2.
void addForecastWeek(Workspace &workspace, CalendarPeople &people)
{
    people.day.minimum_weekday = 2;
    people.day.minimum_weekend = 1;
    check(ShiftTypeRepository(workspace).update(people.day));
    people.night.minimum_weekday = 1;
    people.night.minimum_weekend = 1;
    check(ShiftTypeRepository(workspace).update(people.night));
    people.onCall.counts_toward_minimum = false;
    check(ShiftTypeRepository(workspace).update(people.onCall));
    const QDate mon = monday();
    addShift(workspace, people.alice.id, people.day, mon); // Monday: 3 of 3
    addShift(workspace, people.bob.id, people.day, mon);
    addShift(workspace, people.carol.id, people.night, mon);
    addShift(workspace, people.alice.id, people.day, mon.addDays(1)); // Tuesday: 1 of 3
    addShift(workspace, people.alice.id, people.day, mon.addDays(2)); // Wednesday: 4 of 3
    addShift(workspace, people.bob.id, people.day, mon.addDays(2));
    addShift(workspace, people.carol.id, people.night, mon.addDays(2));
    addShift(workspace, people.bob.id, people.night, mon.addDays(2));
    addShift(workspace, people.alice.id, people.day, mon.addDays(5)); // Saturday: 2 of 2
    addShift(workspace, people.bob.id, people.night, mon.addDays(5));
    addShift(workspace, people.alice.id, people.onCall, mon.addDays(6)); // Sunday: on-call only, 0 of 2
    addLeave(workspace, people.carol.id, mon.addDays(1), mon.addDays(2), LeaveRequest::Status::Pending);
}

} // namespace

class TestStatisticsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void forecastTableAndChartShowTheForecast();
    void forecastExportsCsvPngAndPdf();
    void workloadShowsTheReportSortedAndFair();
    void reportingPeriodsAreCreatedEditedAndDeletedUndoably();
    void periodDialogRefusesATakenName();
    void followsDataChanges();
};

void TestStatisticsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestStatisticsView::forecastTableAndChartShowTheForecast()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"forecast.rota"_s));
    CalendarPeople people = addCalendarPeople(*session.workspace());
    addForecastWeek(*session.workspace(), people);
    StatisticsView view(&session);
    ForecastPage *page = view.forecastPage();
    // Four weeks from today by default.
    QCOMPARE(page->from(), monday());
    QCOMPARE(page->to(), QDate(2026, 12, 20));
    page->setPeriod(monday(), monday().addDays(6));

    const ForecastTableModel *model = page->model();
    QCOMPARE(model->rowCount(), 7);
    const auto column = [&](int col) {
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row, col).data().toString());
        return texts;
    };
    QCOMPARE(column(ForecastTableModel::DateColumn).constFirst(), u"23/11/2026"_s);
    QCOMPARE(column(ForecastTableModel::WeekdayColumn),
             QStringList({u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s, u"Friday"_s, u"Saturday"_s, u"Sunday"_s}));
    QCOMPARE(column(ForecastTableModel::MinimumColumn), QStringList({u"3"_s, u"3"_s, u"3"_s, u"3"_s, u"3"_s, u"2"_s, u"2"_s}));
    QCOMPARE(column(ForecastTableModel::ScheduledColumn), QStringList({u"3"_s, u"1"_s, u"4"_s, u"0"_s, u"0"_s, u"2"_s, u"0"_s}));
    QCOMPARE(column(ForecastTableModel::PendingLeaveColumn), QStringList({u"0"_s, u"1"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s}));
    const QString below = ForecastTableModel::statusText(ForecastDay::Status::Below);
    const QString at = ForecastTableModel::statusText(ForecastDay::Status::At);
    QCOMPARE(column(ForecastTableModel::StatusColumn),
             QStringList({at, below, ForecastTableModel::statusText(ForecastDay::Status::Above), below, below, at, below}));
    QCOMPARE(model->index(1, ForecastTableModel::ShortColumn).data().toString(), u"D 1/2, N 0/1"_s);
    QCOMPARE(model->index(6, ForecastTableModel::ShortColumn).data().toString(), u"D 0/1, N 0/1"_s);
    QVERIFY(model->index(0, ForecastTableModel::ShortColumn).data().toString().isEmpty());
    QVERIFY(model->index(1, ForecastTableModel::StatusColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model->index(0, ForecastTableModel::StatusColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(page->summaryText(), u"Below the minimum on 4 of 7 days."_s);

    QChart *chart = page->chart();
    auto *bars = seriesNamed<QBarSeries>(chart, {});
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QBarSet *scheduled = bars->barSets().at(0);
    QCOMPARE(scheduled->label(), u"Scheduled"_s);
    QCOMPARE(values(scheduled), QList<qreal>({3, 1, 4, 0, 0, 2, 0}));
    QCOMPARE(bars->barSets().at(1)->label(), u"Pending leave"_s);
    QCOMPARE(values(bars->barSets().at(1)), QList<qreal>({0, 1, 1, 0, 0, 0, 0}));
    // Below-minimum bars are selected, which draws them in the warning colour ...
    for (int day = 0; day < 7; ++day)
        QCOMPARE(scheduled->isBarSelected(day), day == 1 || day == 3 || day == 4 || day == 6);
    QVERIFY(scheduled->selectedColor() != scheduled->color());
    // ... and each also carries a triangle on its minimum.
    auto *marks = seriesNamed<QScatterSeries>(chart, u"Below minimum"_s);
    QVERIFY(marks);
    QCOMPARE(marks->markerShape(), QScatterSeries::MarkerShapeTriangle);
    QCOMPARE(marks->points(), QList<QPointF>({{1, 3}, {3, 3}, {4, 3}, {6, 2}}));
    // The minimum is level across each day's bar.
    auto *minimum = seriesNamed<QLineSeries>(chart, u"Minimum required"_s);
    QVERIFY(minimum);
    const QList<qreal> minimums{3, 3, 3, 3, 3, 2, 2};
    QCOMPARE(minimum->count(), 14);
    for (int day = 0; day < 7; ++day) {
        QCOMPARE(minimum->at(2 * day), QPointF(day - 0.5, minimums.at(day)));
        QCOMPARE(minimum->at(2 * day + 1), QPointF(day + 0.5, minimums.at(day)));
    }

    QSignalSpy activated(&view, &StatisticsView::dayActivated);
    emit page->table()->activated(model->index(3, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().toDate(), QDate(2026, 11, 26));
    emit bars->clicked(5, scheduled);
    QCOMPARE(activated.constLast().constFirst().toDate(), QDate(2026, 11, 28));
}

void TestStatisticsView::forecastExportsCsvPngAndPdf()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"export.rota"_s));
    CalendarPeople people = addCalendarPeople(*session.workspace());
    addForecastWeek(*session.workspace(), people);
    check(session.workspace()->setSetting(u"name"_s, u"Acute Medicine"_s));
    StatisticsView view(&session);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.forecastPage()->setPeriod(monday(), monday().addDays(6));

    const QString csv = dir.filePath(u"forecast.csv"_s);
    QCOMPARE(view.exportTableCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Date,Weekday,Minimum,Scheduled,Pending leave,Status,Short of\r\n"
                                        "2026-11-23,Monday,3,3,0,at,\r\n"
                                        "2026-11-24,Tuesday,3,1,1,below,\"D 1/2, N 0/1\"\r\n"
                                        "2026-11-25,Wednesday,3,4,1,above,\r\n"
                                        "2026-11-26,Thursday,3,0,0,below,\"D 0/2, N 0/1\"\r\n"
                                        "2026-11-27,Friday,3,0,0,below,\"D 0/2, N 0/1\"\r\n"
                                        "2026-11-28,Saturday,2,2,0,at,\r\n"
                                        "2026-11-29,Sunday,2,0,0,below,\"D 0/1, N 0/1\"\r\n"));

    const QString png = dir.filePath(u"forecast.png"_s);
    QCOMPARE(view.exportChartPng(png), QString());
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), view.forecastPage()->chartView()->size() * 2);
    // Drawn light for documents: the corner is the white background.
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));

    QCOMPARE(view.reportTitle(), u"Acute Medicine: Staffing forecast"_s);
    QVERIFY(view.reportSubtitle().startsWith(u"23/11/2026 to 29/11/2026 · printed 23/11/2026"_s));
    const QString pdf = dir.filePath(u"forecast.pdf"_s);
    QCOMPARE(view.exportPdf(pdf), QString());
    QPdfDocument document;
    QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
    // The chart on the first page, the seven days on the second.
    QCOMPARE(document.pageCount(), 2);
    const QString chartPage = document.getAllText(0).text();
    QVERIFY2(chartPage.contains(u"Acute Medicine: Staffing forecast"_s), qPrintable(chartPage));
    QVERIFY2(chartPage.contains(u"Page 1 of 2"_s), qPrintable(chartPage));
    const QString tablePage = document.getAllText(1).text();
    QVERIFY2(tablePage.contains(u"Pending leave"_s), qPrintable(tablePage));
    QVERIFY2(tablePage.contains(u"D 1/2, N 0/1"_s), qPrintable(tablePage));
    QVERIFY2(tablePage.contains(u"Page 2 of 2"_s), qPrintable(tablePage));

    view.showPage(StatisticsView::Page::ReportingPeriods);
    QVERIFY(!view.exportChartPng(dir.filePath(u"none.png"_s)).isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"none.png"_s)));
}

void TestStatisticsView::workloadShowsTheReportSortedAndFair()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"workload.rota"_s));
    Workspace &workspace = *session.workspace();
    CalendarPeople people = addCalendarPeople(workspace);
    people.night.category = ShiftType::Category::Night;
    check(ShiftTypeRepository(workspace).update(people.night));
    addWorkingTerm(workspace, people.alice.id, QDate(2026, 1, 1), 100.0, 6.0);
    addWorkingTerm(workspace, people.bob.id, QDate(2026, 1, 1), 100.0, 6.0);
    // Carol has no working term: listed, but not on duty and expected to do nothing.
    addShift(workspace, people.alice.id, people.day, QDate(2026, 11, 2));
    addShift(workspace, people.alice.id, people.day, monday()); // today: still scheduled
    addShift(workspace, people.bob.id, people.day, QDate(2026, 11, 3));
    addShift(workspace, people.bob.id, people.day, QDate(2026, 11, 4));
    addShift(workspace, people.bob.id, people.day, QDate(2026, 11, 5));
    addShift(workspace, people.bob.id, people.night, QDate(2026, 11, 24));
    ReportingPeriod november;
    november.name = u"Period 1"_s;
    november.start_date = QDate(2026, 11, 1);
    november.end_date = QDate(2026, 11, 30);
    check(ReportingPeriodRepository(workspace).create(november));

    StatisticsView view(&session);
    WorkloadPage *page = view.workloadPage();
    // The period holding today is chosen, as of today.
    QCOMPARE(page->periodBox()->currentText(), u"Period 1"_s);
    QCOMPARE(page->periodBox()->itemText(page->periodBox()->count() - 1), u"Custom…"_s);
    QCOMPARE(page->report().as_of, monday());

    // Six shifts shared by two full-time colleagues: three each expected.
    const WorkloadTableModel *model = page->model();
    QCOMPARE(model->rowCount(), 3);
    const auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, WorkloadTableModel::NameColumn), u"Alice Smith"_s);
    QCOMPARE(cell(0, WorkloadTableModel::WorkedColumn), u"1"_s);
    QCOMPARE(cell(0, WorkloadTableModel::ScheduledColumn), u"1"_s);
    QCOMPARE(cell(0, WorkloadTableModel::WorkedHoursColumn), u"8.0"_s);
    QCOMPARE(cell(0, WorkloadTableModel::ExpectedColumn), u"3.0"_s);
    QCOMPARE(cell(0, WorkloadTableModel::DeficiencyColumn), u"1.0"_s);
    QCOMPARE(cell(0, WorkloadTableModel::StatusColumn), WorkloadTableModel::statusText(WorkloadSummary::Status::Behind));
    QCOMPARE(cell(1, WorkloadTableModel::NameColumn), u"Bob Jones"_s);
    QCOMPARE(cell(1, WorkloadTableModel::WorkedColumn), u"3"_s);
    QCOMPARE(cell(1, WorkloadTableModel::ScheduledColumn), u"1"_s);
    QCOMPARE(cell(1, WorkloadTableModel::NightsColumn), u"1"_s);
    QCOMPARE(cell(1, WorkloadTableModel::DeficiencyColumn), u"-1.0"_s);
    QCOMPARE(cell(1, WorkloadTableModel::StatusColumn), WorkloadTableModel::statusText(WorkloadSummary::Status::Ahead));
    QCOMPARE(cell(2, WorkloadTableModel::NameColumn), u"Carol White"_s);
    QCOMPARE(cell(2, WorkloadTableModel::OnDutyColumn), u"No"_s);
    QCOMPARE(cell(2, WorkloadTableModel::ExpectedColumn), u"0.0"_s);

    // Sorting by a number column sorts by the number.
    QSortFilterProxyModel *proxy = page->tableModel();
    proxy->sort(WorkloadTableModel::WorkedColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, WorkloadTableModel::NameColumn).data().toString(), u"Bob Jones"_s);
    QCOMPARE(proxy->index(2, WorkloadTableModel::NameColumn).data().toString(), u"Carol White"_s);

    // One bar per clinician, the first of the report at the top (the last category).
    QChart *chart = page->chart();
    auto *bars = seriesNamed<QHorizontalStackedBarSeries>(chart, {});
    QVERIFY(bars);
    QCOMPARE(bars->barSets().at(0)->label(), u"Worked"_s);
    QCOMPARE(values(bars->barSets().at(0)), QList<qreal>({0, 3, 1}));
    QCOMPARE(bars->barSets().at(1)->label(), u"Scheduled"_s);
    QCOMPARE(values(bars->barSets().at(1)), QList<qreal>({0, 1, 1}));
    auto *expected = seriesNamed<QScatterSeries>(chart, u"Expected share"_s);
    QVERIFY(expected);
    QCOMPARE(expected->points(), QList<QPointF>({{0, 0}, {3, 1}, {3, 2}}));

    // Nights per FTE among the two on duty: Alice none, Bob one.
    const QString fairness = page->fairnessText();
    QVERIFY2(fairness.contains(u"<b>Department</b> (2 on duty)"_s), qPrintable(fairness));
    QVERIFY2(fairness.contains(u"Nights per FTE: 0.0 to 1.0, mean 0.5, SD 0.5<br>&nbsp;&nbsp;&nbsp;most: Bob Jones; fewest: Alice Smith"_s),
             qPrintable(fairness));
    QVERIFY2(fairness.contains(u"Weekends per FTE: 0.0 for everyone"_s), qPrintable(fairness));
    QVERIFY(!fairness.contains(u"Carol"_s));

    // A custom period: November's first week only, as of its end.
    page->setPeriod(QString(), QDate(2026, 11, 1), QDate(2026, 11, 7));
    QVERIFY(page->periodBox()->currentText() == u"Custom…"_s);
    QCOMPARE(page->report().start, QDate(2026, 11, 1));
    QCOMPARE(page->report().end, QDate(2026, 11, 7));
    QCOMPARE(model->index(1, WorkloadTableModel::WorkedColumn).data().toString(), u"3"_s);
    QCOMPARE(model->index(1, WorkloadTableModel::ScheduledColumn).data().toString(), u"0"_s);

    view.showPage(StatisticsView::Page::Workload);
    const QString csv = dir.filePath(u"workload.csv"_s);
    QCOMPARE(view.exportTableCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("Clinician,Team,FTE,On duty,Worked,Worked hours,Scheduled,Scheduled hours,Expected,Expected hours,"
                                     "Nights,Weekends,On-calls,Bank holidays,Deficiency,Status\r"));
    // Rows as the table shows them, still sorted by shifts worked. In the first week Alice and
    // Bob did four shifts together: two each expected.
    QCOMPARE(lines.at(1), QByteArray("Bob Jones,,1.00,yes,3,24.00,0,0.00,2.00,16.00,0,0,0,0,-1.00,ahead\r"));
    QCOMPARE(lines.at(2), QByteArray("Alice Smith,,1.00,yes,1,8.00,0,0.00,2.00,16.00,0,0,0,0,1.00,behind\r"));
}

void TestStatisticsView::reportingPeriodsAreCreatedEditedAndDeletedUndoably()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"periods.rota"_s));
    StatisticsView view(&session);
    ReportingPeriodPage *page = view.reportingPeriodPage();
    QString rename;
    page->setDialogRunner([&](ReportingPeriodDialog &dialog) {
        if (!rename.isEmpty())
            dialog.nameEdit()->setText(rename);
        return dialog.isValid();
    });

    // The first one: "Period 1" from today, four months.
    const ReportingPeriod first = page->suggestedPeriod();
    QCOMPARE(first.name, u"Period 1"_s);
    QCOMPARE(first.start_date, monday());
    QCOMPARE(first.end_date, QDate(2027, 3, 22));
    page->newPeriod();
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->periodAt(0).name, u"Period 1"_s);
    const qint64 id = page->model()->periodAt(0).id;
    QCOMPARE(session.undoStack()->count(), 1);
    QCOMPARE(session.undoStack()->undoText(), u"New reporting period Period 1"_s);

    // The next follows it, numbered after the highest.
    const ReportingPeriod second = page->suggestedPeriod();
    QCOMPARE(second.name, u"Period 2"_s);
    QCOMPARE(second.start_date, QDate(2027, 3, 23));

    session.undoStack()->undo();
    QCOMPARE(page->model()->rowCount(), 0);
    QCOMPARE(ReportingPeriodRepository(*session.workspace()).count(), 0);
    session.undoStack()->redo();
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->periodAt(0).id, id);

    page->table()->selectRow(0);
    rename = u"Winter rotation"_s;
    page->editSelected();
    QCOMPARE(ReportingPeriodRepository(*session.workspace()).get(id)->name, u"Winter rotation"_s);
    QCOMPARE(page->model()->periodAt(0).name, u"Winter rotation"_s);
    session.undoStack()->undo();
    QCOMPARE(ReportingPeriodRepository(*session.workspace()).get(id)->name, u"Period 1"_s);
    session.undoStack()->redo();
    QCOMPARE(ReportingPeriodRepository(*session.workspace()).get(id)->name, u"Winter rotation"_s);

    page->table()->selectRow(0);
    page->deleteSelected();
    QCOMPARE(page->model()->rowCount(), 0);
    QCOMPARE(session.undoStack()->undoText(), u"Delete reporting period Winter rotation"_s);
    session.undoStack()->undo();
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(ReportingPeriodRepository(*session.workspace()).get(id)->name, u"Winter rotation"_s);
    QCOMPARE(session.undoStack()->count(), 3);

    // The workload page offers it by name once shown.
    view.showPage(StatisticsView::Page::Workload);
    QVERIFY(view.workloadPage()->periodBox()->findText(u"Winter rotation"_s) >= 0);
}

void TestStatisticsView::periodDialogRefusesATakenName()
{
    ReportingPeriod taken;
    taken.id = 1;
    taken.name = u"Period 1"_s;
    taken.start_date = QDate(2026, 8, 5);
    taken.end_date = QDate(2026, 12, 1);
    ReportingPeriod fresh;
    fresh.name = u"period 1"_s;
    fresh.start_date = QDate(2026, 12, 2);
    fresh.end_date = QDate(2027, 4, 6);
    ReportingPeriodDialog dialog(fresh, {taken});
    QVERIFY(!dialog.isValid());
    QCOMPARE(dialog.fieldError(u"name"_s), u"Another reporting period is called “period 1”."_s);
    dialog.nameEdit()->setText(u"Period 2"_s);
    QVERIFY(dialog.isValid());
    QVERIFY(dialog.fieldError(u"name"_s).isEmpty());
    dialog.endEdit()->setDate(QDate(2026, 11, 30));
    QVERIFY(!dialog.isValid());
    QVERIFY(!dialog.fieldError(u"end_date"_s).isEmpty());

    // Editing a period may keep its own name.
    ReportingPeriodDialog edit(taken, {taken});
    QVERIFY(edit.isValid());
}

void TestStatisticsView::followsDataChanges()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"follow.rota"_s));
    CalendarPeople people = addCalendarPeople(*session.workspace());
    people.day.minimum_weekday = 1;
    check(ShiftTypeRepository(*session.workspace()).update(people.day));
    StatisticsView view(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.forecastPage()->model()->dayAt(0).scheduled_count, 0);

    addShift(*session.workspace(), people.alice.id, people.day, monday());
    session.notifyDataChanged();
    QCOMPARE(view.forecastPage()->model()->dayAt(0).scheduled_count, 1);

    // A page not in view catches up when it is shown.
    addShift(*session.workspace(), people.bob.id, people.day, monday());
    view.showPage(StatisticsView::Page::Workload);
    session.notifyDataChanged();
    QCOMPARE(view.forecastPage()->model()->dayAt(0).scheduled_count, 1);
    view.showPage(StatisticsView::Page::Forecast);
    QCOMPARE(view.forecastPage()->model()->dayAt(0).scheduled_count, 2);
}

QTEST_MAIN(TestStatisticsView)
#include "tst_statisticsview.moc"
