#include "calendar/timelinemodel.h"
#include "storage/leaverequestrepository.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overnightShiftGivesTwoSegments();
    void nightAcrossTheClocksGoingBack();
    void nightAcrossTheClocksGoingForward();
    void nightBeganBeforeFirstDayShowsThatMorning();
    void overlappingShiftsGetLanes();
    void wholeDayShiftsAndLeaveAreAllDay();
    void dayViewShowsOneDay();
    void nowIsReadInTheDepartmentsZone();

private:
    void load(QDate firstDay, int dayCount);
    Shift addTimed(std::optional<qint64> clinicianId, const ShiftType &type, QDate date, QTime start, QTime end);
    // The rows of one shift, in model order.
    QList<QModelIndex> segmentsOf(qint64 shiftId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    CalendarPeople m_people;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<TimelineModel> m_model;
};

void TestTimelineModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<WorkspaceSession>();
    openEmpty(*m_session, m_dir->filePath(u"week.rota"_s));
    Workspace &ws = *m_session->workspace();
    m_people = addCalendarPeople(ws);
    m_model = std::make_unique<TimelineModel>();
}

void TestTimelineModel::cleanup()
{
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

void TestTimelineModel::load(QDate firstDay, int dayCount)
{
    // As the container does: from the day before, for the night that began that evening.
    StorageError error;
    auto period = std::make_shared<const RotaPeriod>(
        RotaPeriod::load(*m_session->workspace(), firstDay.addDays(-1), firstDay.addDays(dayCount - 1), {}, &error));
    check(error);
    m_model->setPeriod(period, firstDay, dayCount);
}

Shift TestTimelineModel::addTimed(std::optional<qint64> clinicianId, const ShiftType &type, QDate date, QTime start, QTime end)
{
    Shift shift;
    shift.clinician_id = clinicianId;
    shift.shift_type_id = type.id;
    const FieldErrors errors = shift.setLocalTimes(date, start, end, zone());
    if (!errors.isEmpty())
        qFatal("shift times not valid: %s", qPrintable(errors.constFirst().message));
    check(ShiftRepository(*m_session->workspace()).create(shift));
    return shift;
}

QList<QModelIndex> TestTimelineModel::segmentsOf(qint64 shiftId) const
{
    QList<QModelIndex> segments;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row).data(TimelineModel::ShiftIdRole).toLongLong() == shiftId)
            segments.append(m_model->index(row));
    }
    return segments;
}

void TestTimelineModel::overnightShiftGivesTwoSegments()
{
    const Shift night = addShift(*m_session->workspace(), m_people.bob.id, m_people.night, QDate(2026, 11, 24));
    load(monday(), 7);
    const QList<QModelIndex> segments = segmentsOf(night.id);
    QCOMPARE(segments.size(), 2);
    const QModelIndex evening = segments.at(0);
    const QModelIndex morning = segments.at(1);
    QCOMPARE(evening.data(TimelineModel::DayRole).toInt(), 1);
    QCOMPARE(evening.data(TimelineModel::StartMinuteRole).toInt(), 20 * 60);
    QCOMPARE(evening.data(TimelineModel::EndMinuteRole).toInt(), 24 * 60);
    QCOMPARE(evening.data(TimelineModel::ContinuesBeforeRole).toBool(), false);
    QCOMPARE(evening.data(TimelineModel::ContinuesAfterRole).toBool(), true);
    QCOMPARE(morning.data(TimelineModel::DayRole).toInt(), 2);
    QCOMPARE(morning.data(TimelineModel::StartMinuteRole).toInt(), 0);
    QCOMPARE(morning.data(TimelineModel::EndMinuteRole).toInt(), 8 * 60);
    QCOMPARE(morning.data(TimelineModel::ContinuesBeforeRole).toBool(), true);
    QCOMPARE(morning.data(TimelineModel::ContinuesAfterRole).toBool(), false);
    for (const QModelIndex &segment : segments) {
        QCOMPARE(segment.data(TimelineModel::AllDayRole).toBool(), false);
        QCOMPARE(segment.data(TimelineModel::TitleRole).toString(), u"N · Bob Jones"_s);
        QCOMPARE(segment.data(TimelineModel::ColourRole).value<QColor>(), QColor(u"#CC79A7"_s));
        QCOMPARE(segment.data().toString(), u"N · Bob Jones, 20:00 Tue – 08:00 Wed"_s);
        QCOMPARE(segment.data(TimelineModel::TimesRole).toString(), u"20:00–08:00"_s);
        const QString tip = segment.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"20:00 Tue – 08:00 Wed (12 h)"_s), qPrintable(tip));
    }
}

void TestTimelineModel::nightAcrossTheClocksGoingBack()
{
    // In Europe/London the clocks go back at 02:00 on Sunday 25 October 2026: a night of 20:00
    // to 08:00 then lasts 13 hours but still reads 20:00 to 08:00.
    const Shift night = addTimed(m_people.bob.id, m_people.night, QDate(2026, 10, 24), QTime(20, 0), QTime(8, 0));
    QCOMPARE(night.duration_minutes, 13 * 60);
    load(QDate(2026, 10, 19), 7);
    const QList<QModelIndex> segments = segmentsOf(night.id);
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments.at(0).data(TimelineModel::DayRole).toInt(), 5);
    QCOMPARE(segments.at(0).data(TimelineModel::StartMinuteRole).toInt(), 20 * 60);
    QCOMPARE(segments.at(0).data(TimelineModel::EndMinuteRole).toInt(), 24 * 60);
    QCOMPARE(segments.at(1).data(TimelineModel::DayRole).toInt(), 6);
    QCOMPARE(segments.at(1).data(TimelineModel::StartMinuteRole).toInt(), 0);
    QCOMPARE(segments.at(1).data(TimelineModel::EndMinuteRole).toInt(), 8 * 60);
    QCOMPARE(segments.at(1).data().toString(), u"N · Bob Jones, 20:00 Sat – 08:00 Sun"_s);
    QVERIFY(segments.at(1).data(Qt::ToolTipRole).toString().contains(u"(13 h)"_s));
}

void TestTimelineModel::nightAcrossTheClocksGoingForward()
{
    // Clocks go forward at 01:00 on Sunday 28 March 2027: 20:00 to 08:00 is 11 hours.
    const Shift night = addTimed(m_people.bob.id, m_people.night, QDate(2027, 3, 27), QTime(20, 0), QTime(8, 0));
    QCOMPARE(night.duration_minutes, 11 * 60);
    load(QDate(2027, 3, 28), 1);
    const QList<QModelIndex> segments = segmentsOf(night.id);
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.at(0).data(TimelineModel::DayRole).toInt(), 0);
    QCOMPARE(segments.at(0).data(TimelineModel::StartMinuteRole).toInt(), 0);
    QCOMPARE(segments.at(0).data(TimelineModel::EndMinuteRole).toInt(), 8 * 60);
}

void TestTimelineModel::nightBeganBeforeFirstDayShowsThatMorning()
{
    const Shift sunday = addShift(*m_session->workspace(), m_people.bob.id, m_people.night, monday().addDays(-1));
    const Shift saturday = addShift(*m_session->workspace(), m_people.alice.id, m_people.night, monday().addDays(-2));
    load(monday(), 7);
    QVERIFY(segmentsOf(saturday.id).isEmpty());
    const QList<QModelIndex> segments = segmentsOf(sunday.id);
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.at(0).data(TimelineModel::DayRole).toInt(), 0);
    QCOMPARE(segments.at(0).data(TimelineModel::StartMinuteRole).toInt(), 0);
    QCOMPARE(segments.at(0).data(TimelineModel::EndMinuteRole).toInt(), 8 * 60);
    QCOMPARE(segments.at(0).data(TimelineModel::ContinuesBeforeRole).toBool(), true);
    QCOMPARE(m_model->rowCount(), 1);
}

void TestTimelineModel::overlappingShiftsGetLanes()
{
    Workspace &ws = *m_session->workspace();
    const QDate tuesday = monday().addDays(1);
    const Shift alice = addTimed(m_people.alice.id, m_people.day, tuesday, QTime(8, 0), QTime(16, 0));
    const Shift bob = addTimed(m_people.bob.id, m_people.day, tuesday, QTime(9, 0), QTime(17, 0));
    const Shift carol = addTimed(m_people.carol.id, m_people.day, tuesday, QTime(8, 0), QTime(12, 0));
    // Starts when Carol's ends: takes her lane.
    const Shift open = addTimed(std::nullopt, m_people.day, tuesday, QTime(12, 0), QTime(15, 0));
    // Starts after every other one has ended: a cluster of its own.
    const Shift evening = addTimed(m_people.alice.id, m_people.day, tuesday, QTime(18, 0), QTime(22, 0));
    // Another day does not share lanes with Tuesday.
    const Shift wednesday = addShift(ws, m_people.bob.id, m_people.day, tuesday.addDays(1));
    load(monday(), 7);

    auto lane = [&](const Shift &shift) { return segmentsOf(shift.id).value(0).data(TimelineModel::LaneRole).toInt(); };
    auto lanes = [&](const Shift &shift) { return segmentsOf(shift.id).value(0).data(TimelineModel::LaneCountRole).toInt(); };
    // Sorted by start and, for equal starts, the longer first.
    QCOMPARE(lane(alice), 0);
    QCOMPARE(lane(carol), 1);
    QCOMPARE(lane(bob), 2);
    QCOMPARE(lane(open), 1);
    for (const Shift &shift : {alice, bob, carol, open})
        QCOMPARE(lanes(shift), 3);
    QCOMPARE(lane(evening), 0);
    QCOMPARE(lanes(evening), 1);
    QCOMPARE(lane(wednesday), 0);
    QCOMPARE(lanes(wednesday), 1);

    // Rows run by day, then start.
    QList<qint64> order;
    for (int row = 0; row < m_model->rowCount(); ++row)
        order.append(m_model->index(row).data(TimelineModel::ShiftIdRole).toLongLong());
    QCOMPARE(order, (QList<qint64>{alice.id, carol.id, bob.id, open.id, evening.id, wednesday.id}));
    QCOMPARE(segmentsOf(open.id).value(0).data(TimelineModel::TitleRole).toString(), u"D · Open"_s);
}

void TestTimelineModel::wholeDayShiftsAndLeaveAreAllDay()
{
    Workspace &ws = *m_session->workspace();
    const Shift onCall = addShift(ws, m_people.alice.id, m_people.onCall, monday().addDays(2));
    const LeaveRequest leave = addLeave(ws, m_people.carol.id, monday().addDays(-3), monday().addDays(1), LeaveRequest::Status::Approved,
                                        LeaveRequest::Type::Study);
    addShift(ws, m_people.bob.id, m_people.day, monday().addDays(2));
    load(monday(), 7);

    const QList<QModelIndex> onCallItems = segmentsOf(onCall.id);
    QCOMPARE(onCallItems.size(), 1);
    const QModelIndex item = onCallItems.at(0);
    QCOMPARE(item.data(TimelineModel::AllDayRole).toBool(), true);
    QCOMPARE(item.data(TimelineModel::DayRole).toInt(), 2);
    QCOMPARE(item.data(TimelineModel::TitleRole).toString(), u"OC · Alice Smith"_s);
    QCOMPARE(item.data().toString(), u"OC · Alice Smith, all day Wed 25 Nov"_s);
    // All-day items come first in their day.
    QCOMPARE(item.row(), 2);

    // Leave from the Friday before to Tuesday: one item on Monday and one on Tuesday.
    const QList<QModelIndex> leaveItems = segmentsOf(0);
    QCOMPARE(leaveItems.size(), 2);
    QCOMPARE(leaveItems.at(0).data(TimelineModel::DayRole).toInt(), 0);
    QCOMPARE(leaveItems.at(1).data(TimelineModel::DayRole).toInt(), 1);
    QCOMPARE(leaveItems.at(0).data(TimelineModel::AllDayRole).toBool(), true);
    QCOMPARE(leaveItems.at(0).data(TimelineModel::LeaveTypeRole).toInt(), int(LeaveRequest::Type::Study));
    QCOMPARE(leaveItems.at(0).data(TimelineModel::ContinuesBeforeRole).toBool(), true);
    QCOMPARE(leaveItems.at(0).data(TimelineModel::ContinuesAfterRole).toBool(), true);
    QCOMPARE(leaveItems.at(1).data(TimelineModel::ContinuesAfterRole).toBool(), false);
    QCOMPARE(leaveItems.at(1).data(TimelineModel::TitleRole).toString(), u"SL · Carol White"_s);
    QCOMPARE(m_model->allDayRows(), 1);
}

void TestTimelineModel::dayViewShowsOneDay()
{
    Workspace &ws = *m_session->workspace();
    const QDate tuesday = monday().addDays(1);
    const Shift night = addShift(ws, m_people.bob.id, m_people.night, monday());
    const Shift day = addShift(ws, m_people.alice.id, m_people.day, tuesday);
    addShift(ws, m_people.alice.id, m_people.day, tuesday.addDays(1));
    load(tuesday, 1);
    QCOMPARE(m_model->dayCount(), 1);
    QCOMPARE(m_model->firstDay(), tuesday);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0).data(TimelineModel::ShiftIdRole).toLongLong(), night.id);
    QCOMPARE(m_model->index(1).data(TimelineModel::ShiftIdRole).toLongLong(), day.id);
}

void TestTimelineModel::nowIsReadInTheDepartmentsZone()
{
    load(monday(), 7);
    QSignalSpy changed(m_model.get(), &TimelineModel::calendarChanged);
    m_model->setNow(now()); // 07:30 UTC in November is 07:30 in London
    QCOMPARE(m_model->today(), monday());
    QCOMPARE(m_model->nowMinute(), 7 * 60 + 30);
    QCOMPARE(changed.size(), 1);
    m_model->setNow(QDateTime(QDate(2026, 7, 1), QTime(23, 30), QTimeZone::utc())); // 00:30 the next day in summer time
    QCOMPARE(m_model->today(), QDate(2026, 7, 2));
    QCOMPARE(m_model->nowMinute(), 30);
    m_model->setHolidays({{QDate(2026, 12, 25), u"Christmas Day"_s}});
    QCOMPARE(changed.size(), 3);
    QCOMPARE(m_model->holiday(QDate(2026, 12, 25)), u"Christmas Day"_s);
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
