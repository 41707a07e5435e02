#include "../storage/storagetestsupport.h"

#include "calendar/seriesedit.h"
#include "calendar/seriesexpander.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/repeatingshiftrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

QList<QDate> mondays(QDate first, int count)
{
    QList<QDate> dates;
    for (int i = 0; i < count; ++i)
        dates << first.addDays(7 * i);
    return dates;
}

} // namespace

// Ada volunteers every Monday 09:00-13:00 from 2 November 2026, 10 times (to 4 January 2027).
class TestSeriesEdit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    RepeatingShift m_series;

    RepeatingShift stored(qint64 id) { return *RepeatingShiftRepository(*m_workspace).get(id); }

    QList<QDate> occurrences(const RepeatingShift &series)
    {
        QList<QDate> dates;
        for (const Shift &shift : SeriesExpander::occurrences(series, QDate(2026, 1, 1), QDate(2027, 12, 31), 0).shifts)
            dates << shift.date;
        return dates;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = freshWorkspace(m_dir);
        ShiftType day = dayShiftType();
        QVERIFY(ShiftTypeRepository(*m_workspace).create(day).ok());
        Clinician ada = clinician(u"Ada"_s);
        QVERIFY(ClinicianRepository(*m_workspace).create(ada).ok());
        m_series = RepeatingShift();
        m_series.clinician_id = ada.id;
        m_series.shift_type_id = day.id;
        m_series.start_time = QTime(9, 0);
        m_series.end_time = QTime(13, 0);
        m_series.time_zone = "Europe/London";
        m_series.start_date = QDate(2026, 11, 2);
        m_series.frequency = RepeatingShift::Frequency::Weekly;
        m_series.count = 10;
        QVERIFY(RepeatingShiftRepository(*m_workspace).create(m_series).ok());
    }

    void cleanup() { m_workspace.reset(); }

    void cancellingOneOccurrence()
    {
        SeriesEdit edit(*m_workspace);
        QVERIFY(edit.cancelOccurrence(m_series.id, QDate(2026, 11, 16)).ok());
        QList<QDate> expected = mondays(QDate(2026, 11, 2), 10);
        expected.removeAll(QDate(2026, 11, 16));
        QCOMPARE(occurrences(stored(m_series.id)), expected);
        QCOMPARE(stored(m_series.id).exdates, QList<QDate>{QDate(2026, 11, 16)});
        QCOMPARE(edit.cancelOccurrence(m_series.id, QDate(2026, 11, 17)).kind, StorageError::Kind::Validation);
    }

    // "This shift only": the occurrence becomes a shift of its own at 10:00-14:00, one edit.
    void editingOneOccurrenceDetachesIt()
    {
        SeriesEdit edit(*m_workspace);
        const qint64 journal = Journal(*m_workspace).count();
        Shift changed = shift(m_series.clinician_id, m_series.shift_type_id, QDate(2026, 11, 23), QTime(10, 0), QTime(14, 0));
        QVERIFY(edit.editOccurrence(m_series.id, QDate(2026, 11, 23), changed).ok());
        const Shift detached = *ShiftRepository(*m_workspace).get(changed.id);
        QCOMPARE(detached.repeating_shift_id, std::optional<qint64>(m_series.id));
        QCOMPARE(detached.recurrence_date, QDate(2026, 11, 23));
        QCOMPARE(detached.localStart().time(), QTime(10, 0));
        QVERIFY(!occurrences(stored(m_series.id)).contains(QDate(2026, 11, 23)));
        const QList<JournalEntry> entries = Journal(*m_workspace).unsynced();
        QCOMPARE(Journal(*m_workspace).count(), journal + 2);
        QCOMPARE(entries.last().batch_id, entries.at(entries.size() - 2).batch_id);
    }

    // "This and following" from the 5th occurrence: the old series keeps 4, the new one runs the
    // 6 left at 14:00-18:00 and takes along a cancelled date and a detached shift after the split.
    void editingFollowingSplitsTheSeries()
    {
        SeriesEdit edit(*m_workspace);
        QVERIFY(edit.cancelOccurrence(m_series.id, QDate(2026, 12, 14)).ok());
        Shift moved = shift(m_series.clinician_id, m_series.shift_type_id, QDate(2026, 12, 21), QTime(10, 0), QTime(14, 0));
        QVERIFY(edit.editOccurrence(m_series.id, QDate(2026, 12, 21), moved).ok());
        RepeatingShift later = stored(m_series.id);
        later.start_time = QTime(14, 0);
        later.end_time = QTime(18, 0);
        QVERIFY(edit.editFollowing(m_series.id, QDate(2026, 11, 30), later).ok());
        const RepeatingShift before = stored(m_series.id);
        QCOMPARE(before.until_date, QDate(2026, 11, 29));
        QCOMPARE(before.count, 0);
        QCOMPARE(occurrences(before), mondays(QDate(2026, 11, 2), 4));
        const RepeatingShift after = stored(later.id);
        QCOMPARE(after.start_date, QDate(2026, 11, 30));
        QCOMPARE(after.count, 6);
        QCOMPARE(after.exdates, (QList<QDate>{QDate(2026, 12, 14), QDate(2026, 12, 21)}));
        QList<QDate> expected = mondays(QDate(2026, 11, 30), 6);
        expected.removeAll(QDate(2026, 12, 14));
        expected.removeAll(QDate(2026, 12, 21));
        QCOMPARE(occurrences(after), expected);
        QCOMPARE(SeriesExpander::occurrences(after, QDate(2026, 11, 30), QDate(2026, 11, 30), 0).shifts.first().localStart().time(), QTime(14, 0));
        QCOMPARE(ShiftRepository(*m_workspace).get(moved.id)->repeating_shift_id, std::optional<qint64>(later.id));
    }

    void cancellingFromADate()
    {
        SeriesEdit edit(*m_workspace);
        Shift moved = shift(m_series.clinician_id, m_series.shift_type_id, QDate(2026, 12, 21), QTime(10, 0), QTime(14, 0));
        QVERIFY(edit.editOccurrence(m_series.id, QDate(2026, 12, 21), moved).ok());
        QVERIFY(edit.cancelFrom(m_series.id, QDate(2026, 12, 7)).ok());
        QCOMPARE(occurrences(stored(m_series.id)), mondays(QDate(2026, 11, 2), 5));
        QVERIFY(!ShiftRepository(*m_workspace).get(moved.id));
        QCOMPARE(edit.cancelFrom(m_series.id, QDate(2026, 11, 2)).kind, StorageError::Kind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestSeriesEdit)
#include "tst_seriesedit.moc"
