#include "storagetestsupport.h"

#include "storage/alertrepository.h"
#include "storage/cachedquery.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/leaverequestrepository.h"
#include "storage/repeatingshiftrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/swaprequestrepository.h"
#include "storage/teamrepository.h"
#include "storage/timeslotrepository.h"
#include "storage/transaction.h"
#include "storage/workingtermrepository.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

template <typename T>
QStringList names(const QList<T> &records)
{
    QStringList result;
    for (const T &record : records)
        result << record.name;
    return result;
}

template <typename T>
QList<qint64> ids(const QList<T> &records)
{
    QList<qint64> result;
    for (const T &record : records)
        result << record.id;
    return result;
}

} // namespace

class TestRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Team m_team;
    Clinician m_clinician;
    ShiftType m_shiftType;

    JournalEntry lastEntry() { return Journal(*m_workspace).entries(Journal(*m_workspace).lastId() - 1).value(0); }

    // Creates the record, reads it back and checks its journal entry.
    template <typename T>
    void verifyCreated(T &record)
    {
        Repository<T> repository(*m_workspace);
        const qint64 count = repository.count();
        const StorageError error = repository.create(record);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QVERIFY(record.id > 0);
        QCOMPARE(repository.count(), count + 1);
        QCOMPARE(repository.get(record.id), std::optional<T>(record));
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.record_type, RecordTraits<T>::spec().recordType);
        QCOMPARE(entry.operation, u"create"_s);
        QCOMPARE(entry.local_id, record.id);
        QVERIFY(entry.before.isEmpty());
        QCOMPARE(entry.after, record.toJson());
    }

    template <typename T>
    T created(T record)
    {
        const StorageError error = Repository<T>(*m_workspace).create(record);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return record;
    }

    Shift createdShift(std::optional<qint64> clinicianId, QDate date)
    {
        return created(shift(clinicianId, m_shiftType.id, date));
    }

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
        m_team = Team{};
        m_team.name = u"Acute medicine"_s;
        verifyCreated(m_team);
        m_clinician = clinician(u"Ada Obi"_s, m_team.id);
        verifyCreated(m_clinician);
        m_shiftType = dayShiftType();
        verifyCreated(m_shiftType);
    }

    void cleanup() { m_workspace.reset(); }

    void everyRecordTypeRoundTrips()
    {
        WorkingTerm term;
        term.clinician_id = m_clinician.id;
        term.type = WorkingTerm::Type::LessThanFullTime;
        term.start_date = QDate(2026, 8, 5);
        term.percentage = 62.5;
        term.fixed_working_days = WeekdaySet::fromList({1, 3});
        term.cannot_work_days = WeekdaySet::fromList({5});
        term.annual_leave_entitlement = 5.6;
        term.participates_in_duty = false;
        verifyCreated(term);

        ShiftPattern pattern;
        pattern.name = u"Weekdays"_s;
        verifyCreated(pattern);
        Timeslot slot;
        slot.shift_pattern_id = pattern.id;
        slot.weekday = 6;
        slot.start_time = QTime(20, 0);
        slot.end_time = QTime(8, 0);
        slot.shift_type_id = m_shiftType.id;
        slot.minimum = 1;
        slot.ideal = 2;
        slot.maximum = 3;
        verifyCreated(slot);
        Rota rota;
        rota.name = u"Winter"_s;
        rota.team_id = m_team.id;
        rota.shift_pattern_id = pattern.id;
        rota.start_date = QDate(2026, 12, 1);
        rota.end_date = QDate(2027, 2, 28);
        verifyCreated(rota);

        RepeatingShift series;
        series.clinician_id = m_clinician.id;
        series.shift_type_id = m_shiftType.id;
        series.rota_id = rota.id;
        series.start_time = QTime(8, 0);
        series.end_time = QTime(16, 0);
        series.time_zone = "Europe/London";
        series.start_date = QDate(2026, 12, 2);
        series.weekdays = WeekdaySet::fromList({3, 5});
        series.count = 10;
        verifyCreated(series);

        Shift open = shift(std::nullopt, m_shiftType.id, QDate(2026, 12, 2), QTime(20, 0), QTime(8, 0));
        open.rota_id = rota.id;
        open.repeating_shift_id = series.id;
        open.claim_code = u"CLAIM42"_s;
        open.counts_toward_minimum = false;
        verifyCreated(open);
        Shift wholeDay;
        wholeDay.clinician_id = m_clinician.id;
        wholeDay.shift_type_id = m_shiftType.id;
        wholeDay.setWholeDay(QDate(2026, 12, 3), "Europe/London", 450);
        verifyCreated(wholeDay);

        LeaveRequest leave;
        leave.clinician_id = m_clinician.id;
        leave.type = LeaveRequest::Type::Study;
        leave.start_date = QDate(2027, 1, 4);
        leave.end_date = QDate(2027, 1, 6);
        leave.notes = u"Course in Leeds"_s;
        verifyCreated(leave);

        Alert alert;
        alert.type = u"coverage_below_minimum"_s;
        alert.severity = Alert::Severity::Critical;
        alert.date = QDate(2026, 12, 24);
        alert.message = u"Only 1 of 2 people on the day shift."_s;
        verifyCreated(alert);

        SwapRequest swap;
        swap.rota_id = rota.id;
        swap.shift_id = open.id;
        swap.swap_start_utc = *open.start_utc;
        swap.swap_end_utc = *open.end_utc;
        swap.beneficiary_id = m_clinician.id;
        swap.description = u"Family wedding"_s;
        verifyCreated(swap);
    }

    void createStampsTheRecord()
    {
        Shift record = shift(m_clinician.id, m_shiftType.id, QDate(2026, 12, 1));
        QVERIFY(ShiftRepository(*m_workspace).create(record).ok());
        QCOMPARE(record.created_at, u"2026-11-23T07:30:00Z"_s);
        QCOMPARE(record.created_by, u"coordinator"_s);
        QVERIFY(record.modified_at.isEmpty());
        QVERIFY(record.modified_by.isEmpty());
        QCOMPARE(m_clinician.created_at, u"2026-11-23T07:30:00Z"_s);
        QCOMPARE(m_clinician.updated_at, m_clinician.created_at);
    }

    void updateJournalsBeforeAndAfter()
    {
        const QJsonObject before = m_clinician.toJson();
        m_workspace->setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()); });
        Clinician changed = m_clinician;
        changed.name = u"Ada Obi-Mensah"_s;
        changed.active = false;
        ClinicianRepository repository(*m_workspace);
        QVERIFY(repository.update(changed).ok());
        QCOMPARE(changed.updated_at, u"2026-11-24T09:00:00Z"_s);
        QCOMPARE(changed.created_at, m_clinician.created_at);
        QCOMPARE(repository.get(m_clinician.id), std::optional<Clinician>(changed));
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.operation, u"update"_s);
        QCOMPARE(entry.local_id, m_clinician.id);
        QCOMPARE(entry.before, before);
        QCOMPARE(entry.after, changed.toJson());
        QCOMPARE(entry.at, u"2026-11-24T09:00:00.000Z"_s);
    }

    void updateOfAShiftRecordsWhoChangedIt()
    {
        Shift record = createdShift(m_clinician.id, QDate(2026, 12, 1));
        m_workspace->setCurrentUser(u"night coordinator"_s);
        record.notes = u"Covering for Ben"_s;
        QVERIFY(ShiftRepository(*m_workspace).update(record).ok());
        QCOMPARE(record.modified_by, u"night coordinator"_s);
        QCOMPARE(record.modified_at, u"2026-11-23T07:30:00Z"_s);
        QCOMPARE(record.created_by, u"coordinator"_s);
    }

    void removeJournalsTheLastState()
    {
        Team team;
        team.name = u"Paediatrics"_s;
        team.parent_id = m_team.id;
        verifyCreated(team);
        TeamRepository repository(*m_workspace);
        QVERIFY(repository.remove(team.id).ok());
        QVERIFY(!repository.get(team.id));
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.operation, u"delete"_s);
        QCOMPARE(entry.record_type, u"team"_s);
        QCOMPARE(entry.local_id, team.id);
        QCOMPARE(entry.before, team.toJson());
        QVERIFY(entry.after.isEmpty());
    }

    void restorePutsADeletedRecordBackUnderItsId()
    {
        Shift original = createdShift(m_clinician.id, QDate(2026, 12, 3));
        original.notes = u"Handover at 08:00"_s;
        ShiftRepository repository(*m_workspace);
        QVERIFY(repository.update(original).ok());
        QVERIFY(repository.remove(original.id).ok());
        QVERIFY(repository.restore(original).ok());
        QCOMPARE(repository.get(original.id), std::optional<Shift>(original));
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.operation, u"create"_s);
        QCOMPARE(entry.local_id, original.id);
        QCOMPARE(entry.after, original.toJson());
        // The id is taken now: a second restore is refused and journals nothing.
        const qint64 journalLength = Journal(*m_workspace).count();
        QVERIFY(!repository.restore(original).ok());
        QCOMPARE(Journal(*m_workspace).count(), journalLength);
    }

    void actionsAreJournaledUnderTheirName()
    {
        Alert alert;
        alert.type = u"rest_too_short"_s;
        alert.date = QDate(2026, 12, 2);
        alert.clinician_id = m_clinician.id;
        alert.message = u"Less than 11 hours between shifts."_s;
        verifyCreated(alert);
        Alert resolved = alert;
        resolved.status = Alert::Status::Resolved;
        resolved.resolved_at = m_workspace->nowIso();
        AlertRepository repository(*m_workspace);
        QVERIFY(repository.applyAction(u"resolve"_s, resolved).ok());
        QCOMPARE(repository.get(alert.id)->status, Alert::Status::Resolved);
        const JournalEntry entry = lastEntry();
        QCOMPARE(entry.operation, u"resolve"_s);
        QCOMPARE(entry.before.value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(entry.after.value(u"status"_s).toString(), u"RESOLVED"_s);
    }

    void invalidRecordIsNotWritten()
    {
        const qint64 journalCount = Journal(*m_workspace).count();
        Clinician nameless = clinician(u"  "_s);
        nameless.email = u"not-an-address"_s;
        ClinicianRepository repository(*m_workspace);
        StorageError error = repository.create(nameless);
        QCOMPARE(error.kind, StorageError::Kind::Validation);
        QCOMPARE(error.fieldErrors.size(), 2);
        QCOMPARE(error.fieldErrors.at(0).field, u"name"_s);
        QCOMPARE(error.fieldErrors.at(1).field, u"email"_s);
        QVERIFY2(error.message.startsWith(u"The clinician is not valid: name: "_s), qPrintable(error.message));
        QCOMPARE(nameless.id, 0);
        QCOMPARE(repository.count(), 1);

        Clinician changed = m_clinician;
        changed.name.clear();
        error = repository.update(changed);
        QCOMPARE(error.kind, StorageError::Kind::Validation);
        QVERIFY2(error.message.startsWith(u"The clinician %1 is not valid"_s.arg(m_clinician.id)), qPrintable(error.message));
        QCOMPARE(repository.get(m_clinician.id)->name, m_clinician.name);
        QCOMPARE(Journal(*m_workspace).count(), journalCount);
    }

    void missingRecords()
    {
        TeamRepository teams(*m_workspace);
        Team ghost;
        ghost.id = 4242;
        ghost.name = u"Ghost"_s;
        for (const StorageError &error : {teams.update(ghost), teams.remove(4242), teams.applyAction(u"archive"_s, ghost)}) {
            QCOMPARE(error.kind, StorageError::Kind::NotFound);
            QVERIFY2(error.message.contains(u"team with id 4242"_s) && error.message.contains(QFileInfo(m_workspace->path()).fileName()),
                     qPrintable(error.message));
        }
        QVERIFY(!teams.get(4242));
        QCOMPARE(Journal(*m_workspace).count(), 3);
    }

    void serverIds()
    {
        Clinician synced = clinician(u"Ben Carr"_s);
        synced.server_id = 17;
        verifyCreated(synced);
        ClinicianRepository repository(*m_workspace);
        QCOMPARE(repository.findByServerId(17), std::optional<Clinician>(synced));
        QVERIFY(!repository.findByServerId(18));

        Clinician twin = clinician(u"Ben Carr (2)"_s);
        twin.server_id = 17;
        const StorageError error = repository.create(twin);
        QCOMPARE(error.kind, StorageError::Kind::Constraint);
        QCOMPARE(error.fieldErrors.value(0).field, u"server_id"_s);
        QVERIFY2(error.message.contains(u"Another clinician already has this server id."_s), qPrintable(error.message));
        // Records that were never synced have no server id, however many there are.
        Clinician unsynced = clinician(u"Cleo Diaz"_s);
        QVERIFY(repository.create(unsynced).ok());
    }

    void referenceToAMissingRecord()
    {
        Shift orphan = shift(999, m_shiftType.id, QDate(2026, 12, 1));
        const StorageError error = ShiftRepository(*m_workspace).create(orphan);
        QCOMPARE(error.kind, StorageError::Kind::Constraint);
        QCOMPARE(error.fieldErrors.size(), 1);
        QCOMPARE(error.fieldErrors.first().field, u"clinician_id"_s);
        QCOMPARE(error.message, u"The shift could not be saved: clinician_id: There is no clinician with id 999."_s);
        QCOMPARE(ShiftRepository(*m_workspace).count(), 0);
        QCOMPARE(Journal(*m_workspace).count(), 3);
    }

    void deletingARecordStillInUse()
    {
        createdShift(m_clinician.id, QDate(2026, 12, 1));
        LeaveRequest leave;
        leave.clinician_id = m_clinician.id;
        leave.start_date = leave.end_date = QDate(2026, 12, 8);
        verifyCreated(leave);
        const StorageError error = ClinicianRepository(*m_workspace).remove(m_clinician.id);
        QCOMPARE(error.kind, StorageError::Kind::Constraint);
        QCOMPARE(error.message, u"The clinician %1 cannot be deleted because other records still refer to it (shift, leave request). "
                                "Delete or change them first."_s
                                    .arg(m_clinician.id));
        QVERIFY(ClinicianRepository(*m_workspace).get(m_clinician.id));
        QCOMPARE(lastEntry().operation, u"create"_s);
    }

    void duplicateCode()
    {
        ShiftType again = dayShiftType();
        const StorageError error = ShiftTypeRepository(*m_workspace).create(again);
        QCOMPARE(error.kind, StorageError::Kind::Constraint);
        QCOMPARE(error.fieldErrors.value(0).field, u"code"_s);
        QCOMPARE(error.message, u"The shift type could not be saved: code: Another shift type already has this code."_s);
    }

    // Rows written without the record's own validation (as bulk writers do) still meet the schema.
    void missingRequiredValue()
    {
        QJsonObject row = clinician(u"Ben Carr"_s).toJson();
        row.insert(u"name"_s, QJsonValue::Null);
        qint64 id = 0;
        const StorageError error = RecordTable(*m_workspace, RecordTraits<Clinician>::spec()).insert(row, &id);
        QCOMPARE(error.kind, StorageError::Kind::Constraint);
        QCOMPARE(error.fieldErrors, (FieldErrors{{u"name"_s, u"A value is required."_s}}));
        QCOMPARE(error.message, u"The clinician could not be saved: name: A value is required."_s);
    }

    // With no room left the write fails as a whole: the record went in, its journal entry did
    // not fit, and neither is kept.
    void fullDiskKeepsNothingOfTheWrite()
    {
        CachedQuery(*m_workspace, u"PRAGMA max_page_count = "_s + CachedQuery(*m_workspace, u"PRAGMA page_count"_s).scalar().toString());
        Journal journal(*m_workspace);
        for (int filler = 0;; ++filler) {
            QVERIFY(filler < 1000);
            Transaction transaction(*m_workspace);
            JournalEntry entry{0, 0, {}, u"note"_s, filler, u"fill"_s, {}, {{u"text"_s, u"0123456789"_s.repeated(5)}}, {}, false};
            const StorageError error = journal.append(entry);
            if (!error.ok()) {
                QCOMPARE(error.kind, StorageError::Kind::DiskFull);
                break;
            }
            QVERIFY(transaction.commit().ok());
        }
        const qint64 journalCount = journal.count();
        Shift record = shift(m_clinician.id, m_shiftType.id, QDate(2026, 12, 1));
        QStringList statements;
        StorageError error;
        {
            const StatementTrace trace(m_workspace->handle());
            error = ShiftRepository(*m_workspace).create(record);
            statements = trace.statements();
        }

        QCOMPARE(error.kind, StorageError::Kind::DiskFull);
        QCOMPARE(error.message, u"The disk holding \"%1\" is full; nothing was changed. Free some space and try again."_s
                                    .arg(QFileInfo(m_workspace->path()).fileName()));
        QVERIFY(statements.filter(u"INSERT INTO shifts"_s).size() == 1);
        QVERIFY(statements.filter(u"INSERT INTO journal"_s).size() == 1);
        QCOMPARE(ShiftRepository(*m_workspace).count(), 0);
        QCOMPARE(journal.count(), journalCount);
        QVERIFY(m_workspace->integrityProblems().isEmpty());

        CachedQuery(*m_workspace, u"PRAGMA max_page_count = 100000"_s);
        QVERIFY(ShiftRepository(*m_workspace).create(record).ok());
    }

    void teamsByName()
    {
        const Team child = created([&] {
            Team team;
            team.name = u"acute take"_s;
            team.parent_id = m_team.id;
            return team;
        }());
        TeamRepository teams(*m_workspace);
        QCOMPARE(names(teams.all()), (QStringList{u"Acute medicine"_s, u"acute take"_s}));
        QCOMPARE(teams.findByName(u"acute take"_s), std::optional<Team>(child));
        QVERIFY(!teams.findByName(u"Acute"_s));
    }

    void clinicianFilters_data()
    {
        QTest::addColumn<bool>("activeOnly");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("inTeam");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all, by name") << false << QString() << false
                                      << QStringList{u"Ada Obi"_s, u"ben 100%"_s, u"Bená Carr"_s, u"Cleo_Diaz"_s};
        QTest::newRow("active only") << true << QString() << false << QStringList{u"Ada Obi"_s, u"Bená Carr"_s, u"Cleo_Diaz"_s};
        QTest::newRow("search ignores case") << false << u"BEN"_s << false << QStringList{u"ben 100%"_s, u"Bená Carr"_s};
        QTest::newRow("percent is literal") << false << u"0%"_s << false << QStringList{u"ben 100%"_s};
        QTest::newRow("underscore is literal") << false << u"o_d"_s << false << QStringList{u"Cleo_Diaz"_s};
        QTest::newRow("team") << false << QString() << true << QStringList{u"Ada Obi"_s, u"Cleo_Diaz"_s};
        QTest::newRow("combined") << true << u"a"_s << true << QStringList{u"Ada Obi"_s, u"Cleo_Diaz"_s};
    }

    void clinicianFilters()
    {
        QFETCH(bool, activeOnly);
        QFETCH(QString, search);
        QFETCH(bool, inTeam);
        QFETCH(QStringList, expected);
        created(clinician(u"Cleo_Diaz"_s, m_team.id));
        created(clinician(u"Bená Carr"_s));
        Clinician inactive = clinician(u"ben 100%"_s);
        inactive.active = false;
        created(inactive);
        ClinicianFilter filter;
        filter.activeOnly = activeOnly;
        filter.search = search;
        if (inTeam)
            filter.teamId = m_team.id;
        QCOMPARE(names(ClinicianRepository(*m_workspace).list(filter)), expected);
        QCOMPARE(ClinicianRepository(*m_workspace).findByName(u"Bená Carr"_s)->name, u"Bená Carr"_s);
    }

    void shiftTypesInDisplayOrder()
    {
        ShiftType night = dayShiftType(u"N"_s);
        night.sort_order = -1;
        night = created(night);
        created(dayShiftType(u"A"_s));
        ShiftTypeRepository types(*m_workspace);
        QStringList codes;
        for (const ShiftType &type : types.all())
            codes << type.code;
        QCOMPARE(codes, (QStringList{u"N"_s, u"A"_s, u"D"_s}));
        QCOMPARE(types.findByCode(u"N"_s), std::optional<ShiftType>(night));
        QVERIFY(!types.findByCode(u"n"_s));
    }

    void workingTermsNewestFirst()
    {
        WorkingTerm first;
        first.clinician_id = m_clinician.id;
        first.start_date = QDate(2025, 8, 6);
        first.end_date = QDate(2026, 8, 4);
        WorkingTerm second = first;
        second.start_date = QDate(2026, 8, 5);
        second.end_date = QDate();
        first = created(first);
        second = created(second);
        const Clinician other = created(clinician(u"Ben Carr"_s));
        WorkingTerm others = first;
        others.clinician_id = other.id;
        others = created(others);
        QCOMPARE(ids(WorkingTermRepository(*m_workspace).forClinician(m_clinician.id)), (QList<qint64>{second.id, first.id}));

        // In effect on some day of the window: the open-ended term always, the ended one up to its last day.
        WorkingTermRepository repository(*m_workspace);
        QCOMPARE(ids(repository.inWindow(QDate(2026, 8, 4), QDate(2026, 8, 4))), (QList<qint64>{first.id, others.id}));
        QCOMPARE(ids(repository.inWindow(QDate(2026, 8, 5), QDate(2030, 1, 1))), (QList<qint64>{second.id}));
        QCOMPARE(ids(repository.inWindow(QDate(2025, 8, 1), QDate(2025, 8, 5))), QList<qint64>{});
    }

    void leaveOverlappingAWindow_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("expected");
        QTest::newRow("ends on the first day") << QDate(2026, 12, 10) << QDate(2026, 12, 20) << 1;
        QTest::newRow("starts on the last day") << QDate(2026, 12, 1) << QDate(2026, 12, 5) << 1;
        QTest::newRow("inside") << QDate(2026, 12, 6) << QDate(2026, 12, 6) << 1;
        QTest::newRow("before") << QDate(2026, 11, 1) << QDate(2026, 12, 4) << 0;
        QTest::newRow("after") << QDate(2026, 12, 11) << QDate(2026, 12, 31) << 0;
    }

    void leaveOverlappingAWindow()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, expected);
        LeaveRequest leave;
        leave.clinician_id = m_clinician.id;
        leave.start_date = QDate(2026, 12, 5);
        leave.end_date = QDate(2026, 12, 10);
        created(leave);
        const Clinician other = created(clinician(u"Ben Carr"_s));
        LeaveRequestRepository requests(*m_workspace);
        QCOMPARE(requests.inWindow(from, to).size(), expected);
        QCOMPARE(requests.inWindow(from, to, m_clinician.id).size(), expected);
        QCOMPARE(requests.inWindow(from, to, other.id).size(), 0);
        QCOMPARE(requests.forClinician(m_clinician.id).size(), 1);
    }

    void alertsActiveOrAll()
    {
        Alert older;
        older.type = u"coverage_below_minimum"_s;
        older.date = QDate(2026, 12, 1);
        older.message = u"Short"_s;
        Alert newer = older;
        newer.date = QDate(2026, 12, 2);
        Alert dismissed = older;
        dismissed.date = QDate(2026, 12, 3);
        dismissed.status = Alert::Status::Dismissed;
        dismissed.resolved_at = m_workspace->nowIso();
        older = created(older);
        newer = created(newer);
        dismissed = created(dismissed);
        AlertRepository alerts(*m_workspace);
        QCOMPARE(ids(alerts.list()), (QList<qint64>{newer.id, older.id}));
        QCOMPARE(ids(alerts.list(true)), (QList<qint64>{dismissed.id, newer.id, older.id}));
    }

    void rotasPatternsAndTimeslots()
    {
        ShiftPattern pattern;
        pattern.name = u"Weekend"_s;
        pattern = created(pattern);
        Rota current;
        current.name = u"Winter"_s;
        current.start_date = QDate(2026, 12, 1);
        Rota archived = current;
        archived.name = u"Autumn"_s;
        archived.archived = true;
        current.shift_pattern_id = pattern.id;
        current = created(current);
        created(archived);
        QCOMPARE(names(RotaRepository(*m_workspace).list()), QStringList{u"Winter"_s});
        QCOMPARE(names(RotaRepository(*m_workspace).list(true)), (QStringList{u"Autumn"_s, u"Winter"_s}));
        QCOMPARE(names(ShiftPatternRepository(*m_workspace).all()), QStringList{u"Weekend"_s});

        Timeslot sunday;
        sunday.shift_pattern_id = pattern.id;
        sunday.weekday = 7;
        sunday.start_time = QTime(8, 0);
        sunday.end_time = QTime(20, 0);
        sunday.maximum = 1;
        Timeslot saturdayNight = sunday;
        saturdayNight.weekday = 6;
        saturdayNight.start_time = QTime(20, 0);
        Timeslot saturdayDay = saturdayNight;
        saturdayDay.start_time = QTime(8, 0);
        sunday = created(sunday);
        saturdayNight = created(saturdayNight);
        saturdayDay = created(saturdayDay);
        QCOMPARE(ids(TimeslotRepository(*m_workspace).forPattern(pattern.id)), (QList<qint64>{saturdayDay.id, saturdayNight.id, sunday.id}));
        // A pattern in use by a rota stays; once free, it goes with its timeslots.
        ShiftPatternRepository patterns(*m_workspace);
        const StorageError inUse = patterns.remove(pattern.id);
        QCOMPARE(inUse.kind, StorageError::Kind::Constraint);
        QVERIFY2(inUse.message.contains(u"(rota)"_s), qPrintable(inUse.message));
        QVERIFY(RotaRepository(*m_workspace).remove(current.id).ok());
        QVERIFY(patterns.remove(pattern.id).ok());
        QVERIFY(TimeslotRepository(*m_workspace).forPattern(pattern.id).isEmpty());
        QCOMPARE(TimeslotRepository(*m_workspace).count(), 0);
    }

    void seriesOverlappingAWindow()
    {
        RepeatingShift ended;
        ended.shift_type_id = m_shiftType.id;
        ended.time_zone = "Europe/London";
        ended.start_date = QDate(2026, 1, 5);
        ended.until_date = QDate(2026, 6, 29);
        RepeatingShift running = ended;
        running.start_date = QDate(2026, 9, 7);
        running.until_date = QDate();
        RepeatingShift future = running;
        future.start_date = QDate(2027, 3, 1);
        ended = created(ended);
        running = created(running);
        created(future);
        RepeatingShiftRepository series(*m_workspace);
        QCOMPARE(ids(series.overlapping(QDate(2026, 6, 29), QDate(2026, 12, 31))), (QList<qint64>{ended.id, running.id}));
        QCOMPARE(ids(series.overlapping(QDate(2026, 7, 1), QDate(2026, 12, 31))), QList<qint64>{running.id});
    }

    void swapsByStart()
    {
        const Clinician taker = created(clinician(u"Ben Carr"_s));
        SwapRequest later;
        later.swap_start_utc = 1'800'000'000;
        later.swap_end_utc = later.swap_start_utc + 3600;
        later.beneficiary_id = m_clinician.id;
        SwapRequest taken = later;
        taken.swap_start_utc -= 86400;
        taken.status = SwapRequest::Status::Taken;
        taken.benefactor_id = taker.id;
        later = created(later);
        taken = created(taken);
        SwapRequestRepository swaps(*m_workspace);
        QCOMPARE(ids(swaps.list()), (QList<qint64>{taken.id, later.id}));
        QCOMPARE(ids(swaps.list(true)), QList<qint64>{later.id});
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
