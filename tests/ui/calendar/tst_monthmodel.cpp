#include "calendar/calendarpalette.h"
#include "calendar/monthmodel.h"
#include "storage/leaverequestrepository.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestMonthModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void gridCoversTheMonthInWholeWeeks_data();
    void gridCoversTheMonthInWholeWeeks();
    void headersAreWeekdaysMondayFirst();
    void dayRoles();
    void shiftsInStartOrderThenLeave();
    void summaryNamesEveryShiftAndLeave();
    void openAndCancelledShifts();
    void todayAndHolidaysNotifyTheirDays();

private:
    void load(QDate month);
    LeaveRequest addLeave(const Clinician &clinician, QDate from, QDate to, LeaveRequest::Status status);

    std::unique_ptr<QTemporaryDir> m_dir;
    CalendarPeople m_people;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MonthModel> m_model;
};

void TestMonthModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<WorkspaceSession>();
    openEmpty(*m_session, m_dir->filePath(u"month.rota"_s));
    Workspace &ws = *m_session->workspace();
    m_people = addCalendarPeople(ws);
    m_model = std::make_unique<MonthModel>();
}

void TestMonthModel::cleanup()
{
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

void TestMonthModel::load(QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last(month.year(), month.month(), month.daysInMonth());
    const QDate from = first.addDays(1 - first.dayOfWeek());
    const QDate to = last.addDays(7 - last.dayOfWeek());
    StorageError error;
    auto period = std::make_shared<const RotaPeriod>(RotaPeriod::load(*m_session->workspace(), from, to, {}, &error));
    check(error);
    m_model->setPeriod(period, month);
}

LeaveRequest TestMonthModel::addLeave(const Clinician &clinician, QDate from, QDate to, LeaveRequest::Status status)
{
    return UiTestData::addLeave(*m_session->workspace(), clinician.id, from, to, status);
}

void TestMonthModel::gridCoversTheMonthInWholeWeeks_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    // February 2027 starts on a Monday and has 28 days: exactly four weeks.
    QTest::newRow("four weeks") << QDate(2027, 2, 14) << 4 << QDate(2027, 2, 1) << QDate(2027, 2, 28);
    QTest::newRow("November") << QDate(2026, 11, 23) << 6 << QDate(2026, 10, 26) << QDate(2026, 12, 6);
    QTest::newRow("six weeks, 1st on a Sunday") << QDate(2026, 3, 1) << 6 << QDate(2026, 2, 23) << QDate(2026, 4, 5);
    QTest::newRow("December") << QDate(2026, 12, 31) << 5 << QDate(2026, 11, 30) << QDate(2027, 1, 3);
}

void TestMonthModel::gridCoversTheMonthInWholeWeeks()
{
    QFETCH(QDate, month);
    QFETCH(int, rows);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    load(month);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->columnCount(), 7);
    QCOMPARE(m_model->month(), QDate(month.year(), month.month(), 1));
    QCOMPARE(m_model->index(0, 0).data(MonthModel::DateRole).toDate(), first);
    QCOMPARE(m_model->index(rows - 1, 6).data(MonthModel::DateRole).toDate(), last);
    QCOMPARE(m_model->indexOf(first), m_model->index(0, 0));
    QVERIFY(!m_model->indexOf(first.addDays(-1)).isValid());
    QVERIFY(!m_model->indexOf(last.addDays(1)).isValid());
}

void TestMonthModel::headersAreWeekdaysMondayFirst()
{
    load(QDate(2026, 3, 1));
    const QLocale locale;
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), locale.standaloneDayName(Qt::Monday, QLocale::ShortFormat));
    QCOMPARE(m_model->headerData(6, Qt::Horizontal).toString(), locale.standaloneDayName(Qt::Sunday, QLocale::ShortFormat));
    // Rows are ISO weeks: 23 February 2026 begins week 9.
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), u"W9"_s);
}

void TestMonthModel::dayRoles()
{
    load(QDate(2026, 3, 1));
    const QModelIndex before = m_model->indexOf(QDate(2026, 2, 28));
    const QModelIndex first = m_model->indexOf(QDate(2026, 3, 1));
    QCOMPARE(first, m_model->index(0, 6));
    QCOMPARE(before.data(MonthModel::InMonthRole).toBool(), false);
    QCOMPARE(first.data(MonthModel::InMonthRole).toBool(), true);
    QCOMPARE(m_model->indexOf(QDate(2026, 4, 1)).data(MonthModel::InMonthRole).toBool(), false);
    QCOMPARE(first.data(MonthModel::TodayRole).toBool(), false);
    QCOMPARE(first.data(MonthModel::HolidayRole).toString(), QString());
    QVERIFY(first.flags() & Qt::ItemIsSelectable);
}

void TestMonthModel::shiftsInStartOrderThenLeave()
{
    Workspace &ws = *m_session->workspace();
    const QDate tuesday(2026, 3, 3);
    // Created out of order: the model sorts by start.
    const Shift night = addShift(ws, m_people.bob.id, m_people.night, tuesday);
    const Shift day = addShift(ws, m_people.alice.id, m_people.day, tuesday);
    const Shift onCall = addShift(ws, m_people.bob.id, m_people.onCall, tuesday);
    addLeave(m_people.carol, QDate(2026, 3, 2), QDate(2026, 3, 4), LeaveRequest::Status::Approved);
    load(tuesday);

    const QModelIndex index = m_model->indexOf(tuesday);
    // A whole-day shift holds the whole day from its start.
    QCOMPARE(index.data(MonthModel::ShiftIdsRole).value<QList<qint64>>(), (QList<qint64>{onCall.id, day.id, night.id}));
    const QList<MonthModel::Line> &lines = m_model->lines(index);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1).code, u"D"_s);
    QCOMPARE(lines.at(1).name, u"Alice Smith"_s);
    QCOMPARE(lines.at(1).colour, QColor(u"#56B4E9"_s));
    QVERIFY(lines.at(3).leave);
    QVERIFY(!lines.at(3).shift);
    QCOMPARE(lines.at(3).code, CalendarPalette::leaveCode(LeaveRequest::Type::Annual));
    QCOMPARE(lines.at(3).name, u"Carol White"_s);
    // The night that began on Tuesday belongs to Tuesday only.
    QCOMPARE(m_model->indexOf(tuesday.addDays(1)).data(MonthModel::ShiftIdsRole).value<QList<qint64>>(), QList<qint64>());
    QCOMPARE(m_model->lines(m_model->indexOf(tuesday.addDays(1))).size(), 1);
    QCOMPARE(m_model->lines(m_model->indexOf(tuesday.addDays(2))).size(), 0);
}

void TestMonthModel::summaryNamesEveryShiftAndLeave()
{
    Workspace &ws = *m_session->workspace();
    const QDate tuesday(2026, 3, 3);
    addShift(ws, m_people.bob.id, m_people.night, tuesday);
    addShift(ws, m_people.alice.id, m_people.day, tuesday);
    addLeave(m_people.carol, tuesday, tuesday, LeaveRequest::Status::Approved);
    load(tuesday);
    const QModelIndex index = m_model->indexOf(tuesday);
    const QString expected = u"Tue 3 Mar: D Alice Smith 08:00–16:00; N Bob Jones 20:00–08:00; Annual leave: Carol White"_s;
    QCOMPARE(index.data(Qt::DisplayRole).toString(), expected);
    QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), expected);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), expected);
    QCOMPARE(m_model->indexOf(tuesday.addDays(2)).data().toString(), u"Thu 5 Mar: no shifts"_s);

    const QString tip = m_model->lineToolTip(m_model->lines(index).at(1));
    QVERIFY2(tip.contains(u"Night: Bob Jones"_s) && tip.contains(u"20:00–08:00 (12 h)"_s), qPrintable(tip));
}

void TestMonthModel::openAndCancelledShifts()
{
    Workspace &ws = *m_session->workspace();
    const QDate day(2026, 3, 10);
    const Shift open = addShift(ws, std::nullopt, m_people.day, day);
    Shift cancelled = addShift(ws, m_people.alice.id, m_people.day, day);
    cancelled.status = Shift::Status::Cancelled;
    check(ShiftRepository(ws).update(cancelled));
    addLeave(m_people.bob, day, day, LeaveRequest::Status::Pending);
    load(day);
    const QModelIndex index = m_model->indexOf(day);
    const QList<MonthModel::Line> &lines = m_model->lines(index);
    QCOMPARE(lines.size(), 3);
    // Open shifts come after the clinicians' shifts of the same type and time.
    QCOMPARE(lines.at(0).shift->id, cancelled.id);
    QCOMPARE(lines.at(1).shift->id, open.id);
    QCOMPARE(lines.at(1).name, u"Open"_s);
    QCOMPARE(index.data().toString(), u"Tue 10 Mar: D Alice Smith 08:00–16:00 (cancelled); D Open 08:00–16:00; "
                                       "Annual leave (requested): Bob Jones"_s);
}

void TestMonthModel::todayAndHolidaysNotifyTheirDays()
{
    load(QDate(2026, 12, 1));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setToday(QDate(2026, 12, 24));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->indexOf(QDate(2026, 12, 24)));
    QVERIFY(m_model->indexOf(QDate(2026, 12, 24)).data(MonthModel::TodayRole).toBool());

    changed.clear();
    m_model->setToday(QDate(2026, 12, 25));
    QCOMPARE(changed.size(), 2);
    QVERIFY(!m_model->indexOf(QDate(2026, 12, 24)).data(MonthModel::TodayRole).toBool());

    changed.clear();
    m_model->setHolidays({{QDate(2026, 12, 25), u"Christmas Day"_s}, {QDate(2026, 12, 28), u"Boxing Day (substitute day)"_s}});
    QCOMPARE(changed.size(), 1);
    const QModelIndex christmas = m_model->indexOf(QDate(2026, 12, 25));
    QCOMPARE(christmas.data(MonthModel::HolidayRole).toString(), u"Christmas Day"_s);
    QCOMPARE(christmas.data().toString(), u"Fri 25 Dec (Christmas Day): no shifts"_s);
    QCOMPARE(m_model->indexOf(QDate(2026, 12, 26)).data(MonthModel::HolidayRole).toString(), QString());
    // The same holidays again change nothing.
    m_model->setHolidays({{QDate(2026, 12, 25), u"Christmas Day"_s}, {QDate(2026, 12, 28), u"Boxing Day (substitute day)"_s}});
    QCOMPARE(changed.size(), 1);
}

QTEST_MAIN(TestMonthModel)
#include "tst_monthmodel.moc"
