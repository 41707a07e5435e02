#include "staff/cliniciandetails.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

namespace {

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result.append(set->at(i));
    return result;
}

} // namespace

class TestClinicianHistoryChart : public QObject
{
    Q_OBJECT

private slots:
    void chartShowsTheLastTwelveMonths();
};

void TestClinicianHistoryChart::chartShowsTheLastTwelveMonths()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"history.rota"_s));
    Workspace &workspace = *session.workspace();
    CalendarPeople people = addCalendarPeople(workspace);
    people.night.category = ShiftType::Category::Night;
    check(ShiftTypeRepository(workspace).update(people.night));
    // Today is 23 November 2026: the chart runs from December 2025 to November 2026.
    addShift(workspace, people.alice.id, people.day, QDate(2025, 11, 30)); // before it
    addShift(workspace, people.alice.id, people.day, QDate(2025, 12, 1));
    addShift(workspace, people.alice.id, people.night, QDate(2026, 10, 24));
    addShift(workspace, people.alice.id, people.day, QDate(2026, 11, 2));
    addShift(workspace, people.alice.id, people.night, QDate(2026, 11, 20));
    addShift(workspace, people.alice.id, people.day, monday()); // today: not worked yet
    addShift(workspace, people.bob.id, people.night, QDate(2026, 11, 3));

    ClinicianDetails details(&session);
    details.setClinician(people.alice.id);
    QChart *chart = details.historyChart();
    QCOMPARE(chart->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(chart->series().constFirst());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(0)->label(), u"Shifts worked"_s);
    QCOMPARE(values(bars->barSets().at(0)), QList<qreal>({1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2}));
    QCOMPARE(bars->barSets().at(1)->label(), u"Nights"_s);
    QCOMPARE(values(bars->barSets().at(1)), QList<qreal>({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1}));
    auto *months = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
    QVERIFY(months);
    QCOMPARE(months->count(), 12);
    QCOMPARE(months->at(0), u"Dec<br>25"_s);
    QCOMPARE(months->at(11), u"Nov<br>26"_s);

    // Another clinician's months replace them.
    details.setClinician(people.bob.id);
    bars = qobject_cast<QBarSeries *>(details.historyChart()->series().constFirst());
    QVERIFY(bars);
    QCOMPARE(values(bars->barSets().at(0)).constLast(), 1.0);
    QCOMPARE(values(bars->barSets().at(1)).constLast(), 1.0);

    // Without a clinician there is nothing to chart.
    details.setClinician(std::nullopt);
    QVERIFY(details.historyChart()->series().isEmpty());
}

QTEST_MAIN(TestClinicianHistoryChart)
#include "tst_clinicianhistorychart.moc"
