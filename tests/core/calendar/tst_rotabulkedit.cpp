#include "../storage/storagetestsupport.h"

#include "calendar/rotabulkedit.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/rotacloseddaterepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftchangeset.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/timeslotrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

// Two rotas, "Shop" and "Cafe", on an "Old week" pattern (Mondays 09:00-17:00) from 2 November
// 2026. Ada works the shop on Mondays 7 and 14 December 09:00-17:00 and on Monday 21 December
// 18:00-21:00; the "New week" pattern has Monday 09:00-13:00 and 13:00-17:00 and Monday evenings
// 17:00-22:00.
class TestRotaBulkEdit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Rota m_shop;
    Rota m_cafe;
    qint64 m_newWeek = 0;
    QList<qint64> m_shifts;
    qint64 m_type = 0;

    Rota rota(qint64 id) { return *RotaRepository(*m_workspace).get(id); }

    Timeslot makeSlot(qint64 pattern, QTime start, QTime end)
    {
        Timeslot slot;
        slot.shift_pattern_id = pattern;
        slot.weekday = 1;
        slot.start_time = start;
        slot.end_time = end;
        slot.minimum = 1;
        slot.ideal = 1;
        slot.maximum = 2;
        return slot;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = freshWorkspace(m_dir);
        ShiftType day = dayShiftType();
        QVERIFY(ShiftTypeRepository(*m_workspace).create(day).ok());
        m_type = day.id;
        ShiftPattern oldWeek;
        oldWeek.name = u"Old week"_s;
        ShiftPattern newWeek;
        newWeek.name = u"New week"_s;
        QVERIFY(ShiftPatternRepository(*m_workspace).create(oldWeek).ok());
        QVERIFY(ShiftPatternRepository(*m_workspace).create(newWeek).ok());
        m_newWeek = newWeek.id;
        Timeslot oldSlot = makeSlot(oldWeek.id, QTime(9, 0), QTime(17, 0));
        QVERIFY(TimeslotRepository(*m_workspace).create(oldSlot).ok());
        for (const auto &[start, end] : {std::pair{QTime(9, 0), QTime(13, 0)}, {QTime(13, 0), QTime(17, 0)}, {QTime(17, 0), QTime(22, 0)}}) {
            Timeslot slot = makeSlot(newWeek.id, start, end);
            QVERIFY(TimeslotRepository(*m_workspace).create(slot).ok());
        }
        for (Rota *r : {&m_shop, &m_cafe}) {
            r->id = 0;
            r->name = r == &m_shop ? u"Shop"_s : u"Cafe"_s;
            r->shift_pattern_id = oldWeek.id;
            r->start_date = QDate(2026, 11, 2);
            r->end_date = QDate();
            QVERIFY(RotaRepository(*m_workspace).create(*r).ok());
        }
        Clinician ada = clinician(u"Ada"_s);
        QVERIFY(ClinicianRepository(*m_workspace).create(ada).ok());
        m_shifts.clear();
        const QList<std::tuple<QDate, QTime, QTime>> times{{QDate(2026, 12, 7), QTime(9, 0), QTime(17, 0)},
                                                             {QDate(2026, 12, 14), QTime(9, 0), QTime(13, 0)},
                                                             {QDate(2026, 12, 21), QTime(18, 0), QTime(21, 0)}};
        for (const auto &[date, start, end] : times) {
            Shift s = shift(ada.id, day.id, date, start, end);
            s.rota_id = m_shop.id;
            QVERIFY(ShiftRepository(*m_workspace).create(s).ok());
            m_shifts << s.id;
        }
    }

    void cleanup() { m_workspace.reset(); }

    void endDatesRenamesAndArchive()
    {
        RotaBulkEdit edit(*m_workspace);
        const qint64 journal = Journal(*m_workspace).count();
        QVERIFY(edit.setEndDate({m_shop.id, m_cafe.id}, QDate(2027, 3, 31)).ok());
        QCOMPARE(rota(m_cafe.id).end_date, QDate(2027, 3, 31));
        const QList<JournalEntry> entries = Journal(*m_workspace).unsynced();
        QCOMPARE(Journal(*m_workspace).count(), journal + 2);
        QCOMPARE(entries.last().batch_id, entries.at(entries.size() - 2).batch_id);
        QVERIFY(edit.rename({m_shop.id, m_cafe.id}, u"{name} (winter)"_s).ok());
        QCOMPARE(rota(m_shop.id).name, u"Shop (winter)"_s);
        QCOMPARE(rota(m_cafe.id).name, u"Cafe (winter)"_s);
        QVERIFY(edit.rename({m_cafe.id}, u"Coffee bar"_s).ok());
        QCOMPARE(rota(m_cafe.id).name, u"Coffee bar"_s);
        QVERIFY(edit.setArchived({m_cafe.id}, true).ok());
        QVERIFY(rota(m_cafe.id).archived);
        QCOMPARE(RotaRepository(*m_workspace).list().size(), 1);
    }

    // A refusal by one rota leaves every rota as it was.
    void refusalsWriteNothing()
    {
        RotaBulkEdit edit(*m_workspace);
        const qint64 journal = Journal(*m_workspace).count();
        Rota later = rota(m_cafe.id);
        later.start_date = QDate(2027, 1, 4);
        QVERIFY(RotaRepository(*m_workspace).update(later).ok());
        const StorageError early = edit.setEndDate({m_shop.id, m_cafe.id}, QDate(2026, 12, 31));
        QVERIFY2(early.message.contains(u"\"Cafe\""_s), qPrintable(early.message));
        QVERIFY(!rota(m_shop.id).end_date.isValid());
        QVERIFY(edit.rename({m_shop.id, m_cafe.id}, u"Everything"_s).message.contains(u"{name}"_s));
        QCOMPARE(edit.rename({m_shop.id, 999}, u"{name}!"_s).kind, StorageError::Kind::Validation);
        QCOMPARE(rota(m_shop.id).name, u"Shop"_s);
        QVERIFY(!edit.setArchived({}, true).ok());
        QCOMPARE(Journal(*m_workspace).count(), journal + 1); // the test's own update
    }

    void closingDatesTwiceIsNoError()
    {
        RotaBulkEdit edit(*m_workspace);
        QVERIFY(edit.closeDates({m_shop.id, m_cafe.id}, QDate(2026, 12, 24), QDate(2026, 12, 26), u"Christmas"_s).ok());
        QVERIFY(edit.closeDates({m_shop.id}, QDate(2026, 12, 26), QDate(2026, 12, 27), u"Boxing Day"_s).ok());
        const QList<RotaClosedDate> shop = RotaClosedDateRepository(*m_workspace).inWindow(m_shop.id, QDate(2026, 12, 1), QDate(2026, 12, 31));
        QCOMPARE(shop.size(), 4);
        QCOMPARE(shop.at(2).reason, u"Christmas"_s);
        QCOMPARE(shop.at(3).reason, u"Boxing Day"_s);
        QVERIFY(!edit.closeDates({m_shop.id}, QDate(2026, 12, 27), QDate(2026, 12, 26), {}).ok());
    }

    // From 14 December the shop runs the new week: the old rota ends on the 13th, a new "Shop"
    // starts; the 09:00-13:00 shift moves onto the morning slot, the 18:00-21:00 shift onto the
    // evening one; the shift of the 7th stays with the old rota.
    void replacingThePattern()
    {
        RotaBulkEdit edit(*m_workspace);
        RotaBulkEdit::Replacement replacement;
        const StorageError error = edit.replacePattern({m_shop.id}, QDate(2026, 12, 14), m_newWeek, &replacement);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(rota(m_shop.id).end_date, QDate(2026, 12, 13));
        QCOMPARE(replacement.rotaIds.size(), 1);
        const Rota next = rota(replacement.rotaIds.first());
        QCOMPARE(next.name, u"Shop"_s);
        QCOMPARE(next.start_date, QDate(2026, 12, 14));
        QCOMPARE(next.shift_pattern_id, std::optional<qint64>(m_newWeek));
        QVERIFY(replacement.unfitting.isEmpty());
        ShiftRepository shifts(*m_workspace);
        QCOMPARE(shifts.get(m_shifts[0])->rota_id, std::optional<qint64>(m_shop.id));
        QCOMPARE(shifts.get(m_shifts[1])->rota_id, std::optional<qint64>(next.id));
        QVERIFY(shifts.get(m_shifts[1])->timeslot_id.has_value());
        QCOMPARE(shifts.get(m_shifts[2])->rota_id, std::optional<qint64>(next.id));
    }

    // A shift longer than any new slot is listed and left alone.
    void shiftsThatDoNotFitAreListed()
    {
        RotaBulkEdit edit(*m_workspace);
        RotaBulkEdit::Replacement replacement;
        QVERIFY(edit.replacePattern({m_shop.id}, QDate(2026, 12, 1), m_newWeek, &replacement).ok());
        QCOMPARE(replacement.unfitting.size(), 1);
        QCOMPARE(replacement.unfitting.first().id, m_shifts[0]);
        QCOMPARE(ShiftRepository(*m_workspace).get(m_shifts[0])->rota_id, std::optional<qint64>(m_shop.id));
    }

    // Edits keep a shift within its timeslot.
    void aShiftMovedOutOfItsTimeslotIsRefused()
    {
        RotaBulkEdit edit(*m_workspace);
        QVERIFY(edit.replacePattern({m_shop.id}, QDate(2026, 12, 14), m_newWeek).ok());
        const Shift before = *ShiftRepository(*m_workspace).get(m_shifts[1]);
        Shift after = before;
        QVERIFY(after.setLocalTimes(before.date, QTime(12, 0), QTime(15, 0), "Europe/London").isEmpty());
        QList<ShiftChange> changes{{before, after}};
        const StorageError error = ShiftChangeSet::write(*m_workspace, changes, true);
        QCOMPARE(error.kind, StorageError::Kind::Validation);
        QVERIFY2(error.message.contains(u"outside its timeslot"_s), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestRotaBulkEdit)
#include "tst_rotabulkedit.moc"
