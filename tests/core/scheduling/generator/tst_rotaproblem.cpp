#include "../../storage/storagetestsupport.h"

#include "model/leaverequest.h"
#include "model/rota.h"
#include "model/shiftpattern.h"
#include "model/team.h"
#include "model/timeslot.h"
#include "model/workingterm.h"
#include "scheduling/generator/rotaproblem.h"
#include "scheduling/rulechecker.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/timeslotrepository.h"
#include "storage/workingtermrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace StorageTest;

using SettingsChange = std::function<void(GenerationSettings &)>;
Q_DECLARE_METATYPE(SettingsChange)

// A small department in November 2026, when London time is UTC. The period is the fortnight
// Monday 9 to Sunday 22 November; the model adds a week before and after: Monday 2 to Sunday 29
// November, 28 days, the period being days 7 to 20. The registrars' rota runs until Sunday 15,
// so the first week's cover comes from its timeslots and the second week's from the types' own
// minimum.
class TestRotaProblem : public QObject
{
    Q_OBJECT

private:
    static constexpr int Off = RosterModel::Off;
    static constexpr int Unfixed = RosterModel::Unfixed;
    // Model shift indexes: the active types by sort order, then X, inactive but worked by Cy.
    static constexpr int D = 0;
    static constexpr int N = 1;
    static constexpr int OC = 2;
    static constexpr int X = 3;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_registrars = 0;
    qint64 m_consultants = 0;
    qint64 m_empty = 0;
    qint64 m_typeD = 0;
    qint64 m_typeN = 0;
    qint64 m_typeOC = 0;
    qint64 m_typeX = 0;
    qint64 m_ada = 0;
    qint64 m_ben = 0;
    qint64 m_cy = 0;
    qint64 m_gus = 0;
    qint64 m_dee = 0;
    qint64 m_rota = 0;
    qint64 m_slotTuesdayD = 0;
    qint64 m_slotTuesdayN = 0;
    qint64 m_benTuesday = 0; // Ben's D on his must-work Tuesday 10th
    qint64 m_cyTuesday = 0;  // Cy's D on Tuesday 10th, with notes
    qint64 m_openNight = 0;  // an open N on Wednesday 18th
    qint64 m_adaPinned = 0;  // Ada's pinned D on Monday 9th

    static QDate nov(int day) { return QDate(2026, 11, day); }
    static int dayOf(int novemberDay) { return novemberDay - 2; } // model day of a date in November

    GenerationSettings settings() const
    {
        GenerationSettings settings;
        settings.from = nov(9);
        settings.to = nov(22);
        settings.teamIds = {m_registrars};
        return settings;
    }

    void verifyStored(const StorageError &error)
    {
        if (!error.ok())
            qFatal("test data not stored: %s", qPrintable(error.message));
    }

    template <typename Repo, typename T>
    qint64 store(T record)
    {
        verifyStored(Repo(*m_workspace).create(record));
        return record.id;
    }

    qint64 addTeam(const QString &name)
    {
        Team team;
        team.name = name;
        return store<TeamRepository>(team);
    }

    qint64 addType(const QString &code, QTime start, QTime end, int minutes, int sortOrder, const std::function<void(ShiftType &)> &change = {})
    {
        ShiftType type = dayShiftType(code);
        type.start_time = start;
        type.end_time = end;
        type.duration_minutes = minutes;
        type.sort_order = sortOrder;
        if (change)
            change(type);
        return store<ShiftTypeRepository>(type);
    }

    qint64 addClinician(const QString &name, qint64 teamId, const std::function<void(WorkingTerm &)> &term = {},
                        const std::function<void(Clinician &)> &change = {})
    {
        Clinician record = clinician(name, teamId);
        if (change)
            change(record);
        const qint64 id = store<ClinicianRepository>(record);
        WorkingTerm working;
        working.clinician_id = id;
        working.start_date = QDate(2026, 1, 1);
        if (term)
            term(working);
        store<WorkingTermRepository>(working);
        return id;
    }

    qint64 addShift(std::optional<qint64> clinicianId, qint64 typeId, QDate date, QTime start, QTime end,
                    const std::function<void(Shift &)> &change = {})
    {
        Shift record = shift(clinicianId, typeId, date, start, end);
        if (change)
            change(record);
        return store<ShiftRepository>(record);
    }

    qint64 addWholeDay(qint64 clinicianId, qint64 typeId, QDate date)
    {
        Shift record;
        record.clinician_id = clinicianId;
        record.shift_type_id = typeId;
        record.setWholeDay(date, "Europe/London", 600);
        return store<ShiftRepository>(record);
    }

    void addLeave(qint64 clinicianId, QDate from, QDate to, LeaveRequest::Status status)
    {
        LeaveRequest leave;
        leave.clinician_id = clinicianId;
        leave.start_date = from;
        leave.end_date = to;
        leave.status = status;
        if (status == LeaveRequest::Status::Denied)
            leave.denial_reason = u"Minimum staffing"_s;
        if (status != LeaveRequest::Status::Pending)
            leave.processed_at = u"2026-10-02T09:00:00Z"_s;
        store<LeaveRequestRepository>(leave);
    }

    qint64 addRota(const QString &name, std::optional<qint64> teamId, QDate from, QDate to, bool archived,
                   const QList<std::tuple<int, qint64, int, int, int>> &timeslots, QHash<std::pair<int, qint64>, qint64> *slotIds = nullptr)
    {
        ShiftPattern pattern;
        pattern.name = name + u" week"_s;
        const qint64 patternId = store<ShiftPatternRepository>(pattern);
        for (const auto &[weekday, typeId, minimum, ideal, maximum] : timeslots) {
            Timeslot slot;
            slot.shift_pattern_id = patternId;
            slot.weekday = weekday;
            slot.shift_type_id = typeId;
            // The slot's times are its type's, as a rota's pattern has them (a whole day: a 24-hour slot).
            const ShiftType type = *ShiftTypeRepository(*m_workspace).get(typeId);
            slot.start_time = type.isWholeDay() ? QTime(9, 0) : type.start_time;
            slot.end_time = type.isWholeDay() ? QTime(9, 0) : type.end_time;
            slot.minimum = minimum;
            slot.ideal = ideal;
            slot.maximum = maximum;
            const qint64 id = store<TimeslotRepository>(slot);
            if (slotIds)
                slotIds->insert({weekday, typeId}, id);
        }
        Rota rota;
        rota.name = name;
        rota.team_id = teamId;
        rota.shift_pattern_id = patternId;
        rota.start_date = from;
        rota.end_date = to;
        rota.archived = archived;
        return store<RotaRepository>(rota);
    }

    RotaProblem problem(const GenerationSettings &settings)
    {
        QString error;
        std::optional<RotaProblem> built = RotaProblem::build(*m_workspace, settings, &error);
        if (!built)
            qFatal("no problem built: %s", qPrintable(error));
        return std::move(*built);
    }

    static int rowOf(const RotaProblem &problem, qint64 clinicianId)
    {
        const QList<Clinician> &rows = problem.clinicians();
        for (int row = 0; row < rows.size(); ++row) {
            if (rows.at(row).id == clinicianId)
                return row;
        }
        return -1;
    }

    static const RosterModel::Cover &cover(const RotaProblem &problem, int novemberDay, int type)
    {
        return problem.model().coverAt(dayOf(novemberDay), type);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = openWorkspace(m_dir.filePath(u"department.rota"_s));
        QVERIFY(m_workspace);
        verifyStored(m_workspace->setSetting(u"time_zone"_s, u"Europe/London"_s));
        verifyStored(m_workspace->setSetting(RuleChecker::fullTimeWeeklyHoursKey(), u"40"_s));
        verifyStored(m_workspace->setSetting(RuleChecker::maxConsecutiveNightsKey(), u"3"_s));

        m_registrars = addTeam(u"Registrars"_s);
        m_consultants = addTeam(u"Consultants"_s);
        m_empty = addTeam(u"Nobody"_s);

        const auto minimums = [](int weekday, int weekend) {
            return [weekday, weekend](ShiftType &type) {
                type.minimum_weekday = weekday;
                type.minimum_weekend = weekend;
            };
        };
        m_typeD = addType(u"D"_s, QTime(8, 0), QTime(17, 0), 540, 10, minimums(2, 1));
        m_typeN = addType(u"N"_s, QTime(20, 0), QTime(8, 30), 750, 20, [&](ShiftType &type) {
            minimums(1, 1)(type);
            type.category = ShiftType::Category::Night;
        });
        m_typeOC = addType(u"OC"_s, QTime(), QTime(), 600, 30, [](ShiftType &type) { type.category = ShiftType::Category::OnCall; });
        m_typeX = addType(u"X"_s, QTime(8, 0), QTime(12, 0), 240, 40, [](ShiftType &type) { type.active = false; });
        addType(u"Y"_s, QTime(9, 0), QTime(13, 0), 240, 50, [](ShiftType &type) { type.active = false; });

        m_ada = addClinician(u"Ada"_s, m_registrars);
        m_ben = addClinician(u"Ben"_s, m_registrars, [](WorkingTerm &term) {
            term.type = WorkingTerm::Type::LessThanFullTime;
            term.percentage = 50;
            term.fixed_working_days = WeekdaySet::fromList({1, 2, 3});
            term.must_work_days = WeekdaySet::fromList({2});
        });
        m_cy = addClinician(u"Cy"_s, m_registrars, [](WorkingTerm &term) { term.cannot_work_days = WeekdaySet::fromList({5}); });
        m_gus = addClinician(u"Gus"_s, m_registrars, [](WorkingTerm &term) { term.end_date = QDate(2026, 11, 15); });
        addClinician(u"Eve"_s, m_registrars, {}, [](Clinician &c) { c.active = false; });
        addClinician(u"Hal"_s, m_registrars, {}, [](Clinician &c) { c.status = Clinician::Status::OnHold; });
        addClinician(u"Fay"_s, m_registrars, [](WorkingTerm &term) { term.participates_in_duty = false; });
        m_dee = addClinician(u"Dee"_s, m_consultants);

        QHash<std::pair<int, qint64>, qint64> slotIds;
        QList<std::tuple<int, qint64, int, int, int>> timeslots;
        for (int weekday = 1; weekday <= 5; ++weekday)
            timeslots << std::tuple(weekday, m_typeD, 1, 2, 3) << std::tuple(weekday, m_typeN, 1, 1, 1);
        for (int weekday = 6; weekday <= 7; ++weekday)
            timeslots << std::tuple(weekday, m_typeN, 1, 1, 2);
        m_rota = addRota(u"Registrars rota"_s, m_registrars, nov(1), nov(15), false, timeslots, &slotIds);
        m_slotTuesdayD = slotIds.value({2, m_typeD});
        m_slotTuesdayN = slotIds.value({2, m_typeN});
        // Neither another team's rota nor an archived one counts.
        addRota(u"Consultants rota"_s, m_consultants, nov(1), QDate(), false, {{1, m_typeOC, 3, 3, 3}});
        addRota(u"Old registrars rota"_s, m_registrars, nov(16), QDate(), true, {{1, m_typeD, 5, 5, 5}});

        // Ada: a night in the week before, an on-call in the week after, her pinned first day.
        addShift(m_ada, m_typeN, nov(6), QTime(20, 0), QTime(8, 30));
        addWholeDay(m_ada, m_typeOC, nov(25));
        m_adaPinned = addShift(m_ada, m_typeD, nov(9), QTime(8, 0), QTime(17, 0), [](Shift &s) { s.is_pinned = true; });
        addShift(m_ada, m_typeD, nov(16), QTime(8, 0), QTime(17, 0), [](Shift &s) { s.status = Shift::Status::Cancelled; });
        addShift(m_gus, m_typeD, nov(12), QTime(8, 0), QTime(17, 0), [](Shift &s) { s.status = Shift::Status::Completed; });
        m_benTuesday = addShift(m_ben, m_typeD, nov(10), QTime(8, 0), QTime(17, 0));
        m_cyTuesday = addShift(m_cy, m_typeD, nov(10), QTime(8, 0), QTime(17, 0), [](Shift &s) { s.notes = u"Ward 7"_s; });
        // Two shifts on Monday 16th: the day is Cy's X, and left alone.
        addShift(m_cy, m_typeX, nov(16), QTime(8, 0), QTime(12, 0));
        addShift(m_cy, m_typeD, nov(16), QTime(13, 0), QTime(17, 0));
        // Dee, a consultant, covers a D in each week: only the second week's counts against the minimum.
        addShift(m_dee, m_typeD, nov(10), QTime(8, 0), QTime(17, 0));
        addShift(m_dee, m_typeD, nov(17), QTime(8, 0), QTime(17, 0));
        addShift(m_dee, m_typeD, nov(18), QTime(8, 0), QTime(17, 0), [](Shift &s) { s.counts_toward_minimum = false; });
        m_openNight = addShift(std::nullopt, m_typeN, nov(18), QTime(20, 0), QTime(8, 30));

        addLeave(m_ada, nov(11), nov(12), LeaveRequest::Status::Approved);
        addLeave(m_ada, nov(17), nov(17), LeaveRequest::Status::Pending);
        addLeave(m_cy, nov(19), nov(19), LeaveRequest::Status::Denied);
        addLeave(m_cy, nov(18), nov(18), LeaveRequest::Status::Cancelled);
    }

    void presets()
    {
        QCOMPARE(GenerationWeights::presets().size(), 4);
        const GenerationWeights balanced = GenerationWeights::preset(GenerationWeights::Preset::Balanced);
        QCOMPARE(balanced, GenerationWeights());
        const GenerationWeights cover = GenerationWeights::preset(GenerationWeights::Preset::CoverFirst);
        QCOMPARE(cover.coverBelowIdeal, 100);
        QCOMPARE(cover.coverAboveIdeal, 5);
        QCOMPARE(cover.fairNights, 5);
        QCOMPARE(cover.fairWeekends, 5);
        QCOMPARE(cover.fairBankHolidays, 5);
        QCOMPARE(cover.fairHours, 2);
        QCOMPARE(cover.pendingLeave, 20);
        QCOMPARE(cover.changes, 0);
        const GenerationWeights fair = GenerationWeights::preset(GenerationWeights::Preset::Fairness);
        QCOMPARE(fair.coverBelowIdeal, 30);
        QCOMPARE(fair.fairNights, 60);
        QCOMPARE(fair.fairWeekends, 60);
        QCOMPARE(fair.fairBankHolidays, 60);
        QCOMPARE(fair.fairHours, 15);
        QCOMPARE(fair.coverAboveIdeal, balanced.coverAboveIdeal);
        const GenerationWeights fewest = GenerationWeights::preset(GenerationWeights::Preset::FewestChanges);
        // Rebalancing changes a shift only to keep a rule: one shift more or less (up to 24
        // hours) gains the soft goals less than the change costs.
        QVERIFY(fewest.changes
                > fewest.coverBelowIdeal + fewest.coverAboveIdeal + fewest.fairNights + fewest.fairWeekends + fewest.fairBankHolidays
                      + 24 * fewest.fairHours);
        QCOMPARE(GenerationSettings::defaultWeights(GenerationSettings::Mode::Generate), balanced);
        QCOMPARE(GenerationSettings::defaultWeights(GenerationSettings::Mode::Rebalance), fewest);
        QCOMPARE(GenerationWeights::presetName(GenerationWeights::Preset::Fairness), u"Fair shares first"_s);
    }

    void settingsValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<SettingsChange>("change");
        using Change = SettingsChange;
        QTest::newRow("no first day") << u"from"_s << Change([](GenerationSettings &s) { s.from = QDate(); });
        QTest::newRow("no last day") << u"to"_s << Change([](GenerationSettings &s) { s.to = QDate(); });
        QTest::newRow("last before first") << u"to"_s << Change([](GenerationSettings &s) { s.to = s.from.addDays(-1); });
        QTest::newRow("367 days") << u"to"_s << Change([](GenerationSettings &s) { s.to = s.from.addDays(366); });
        QTest::newRow("no time") << u"seconds"_s << Change([](GenerationSettings &s) { s.seconds = 0; });
        QTest::newRow("over an hour") << u"seconds"_s << Change([](GenerationSettings &s) { s.seconds = 3601; });
        QTest::newRow("no thread") << u"threads"_s << Change([](GenerationSettings &s) { s.threads = 0; });
        QTest::newRow("17 threads") << u"threads"_s << Change([](GenerationSettings &s) { s.threads = 17; });
        QTest::newRow("negative weight") << u"weights.coverBelowIdeal"_s << Change([](GenerationSettings &s) { s.weights.coverBelowIdeal = -1; });
        QTest::newRow("huge weight") << u"weights.changes"_s << Change([](GenerationSettings &s) { s.weights.changes = 10001; });
        QTest::newRow("no working day") << u"weights.maxConsecutiveDays"_s
                                        << Change([](GenerationSettings &s) { s.weights.maxConsecutiveDays = 0; });
        QTest::newRow("32 working days") << u"weights.maxConsecutiveDays"_s
                                         << Change([](GenerationSettings &s) { s.weights.maxConsecutiveDays = 32; });
    }

    void settingsValidation()
    {
        QFETCH(QString, field);
        QFETCH(SettingsChange, change);
        GenerationSettings valid = settings();
        valid.to = valid.from.addDays(365);
        valid.seconds = 3600;
        valid.threads = 16;
        valid.weights.changes = 10000;
        valid.weights.maxConsecutiveDays = 31;
        QVERIFY(valid.validate().isEmpty());
        GenerationSettings broken = valid;
        change(broken);
        const FieldErrors errors = broken.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY(!errors.first().message.isEmpty());

        QString error;
        QVERIFY(!RotaProblem::build(*m_workspace, broken, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
    }

    void nobodyToPlan()
    {
        GenerationSettings empty = settings();
        empty.teamIds = {m_empty};
        QString error;
        QVERIFY(!RotaProblem::build(*m_workspace, empty, &error));
        QVERIFY(!error.isEmpty());
    }

    void daysAndRows()
    {
        const RotaProblem p = problem(settings());
        QCOMPARE(p.modelStart(), nov(2));
        QCOMPARE(p.model().days, 28);
        QCOMPARE(p.model().firstWeekday, 1);
        QCOMPARE(p.firstDay(), 7);
        QCOMPARE(p.lastDay(), 20);
        QCOMPARE(p.dateOf(20), nov(22));
        // Eve is inactive, Hal on hold, Fay off duty; Dee is in another team.
        QStringList names;
        for (const Clinician &c : p.clinicians())
            names << c.name;
        QCOMPARE(names, (QStringList{u"Ada"_s, u"Ben"_s, u"Cy"_s, u"Gus"_s}));
        QCOMPARE(p.model().employees.size(), std::size_t(4));
        QCOMPARE(p.percentages(), (QList<double>{100.0, 50.0, 100.0, 100.0}));

        // Every team: the consultants' team name sorts first.
        GenerationSettings all = settings();
        all.teamIds.clear();
        names.clear();
        const RotaProblem everyone = problem(all);
        for (const Clinician &c : everyone.clinicians())
            names << c.name;
        QCOMPARE(names, (QStringList{u"Dee"_s, u"Ada"_s, u"Ben"_s, u"Cy"_s, u"Gus"_s}));
    }

    void shiftTypes()
    {
        const RotaProblem p = problem(settings());
        QStringList codes;
        for (const ShiftType &type : p.shiftTypes())
            codes << type.code;
        // Y is inactive and worked by nobody.
        QCOMPARE(codes, (QStringList{u"D"_s, u"N"_s, u"OC"_s, u"X"_s}));
        const std::vector<RosterModel::ShiftType> &types = p.model().shifts;
        QCOMPARE(types[D].id, u"D"_s);
        QCOMPARE(types[D].minutes, 540);
        QCOMPARE(types[N].minutes, 750);
        QCOMPARE(types[OC].minutes, 600);
        QVERIFY(types[N].night);
        QVERIFY(!types[D].night);
        QVERIFY(!types[OC].night);

        // N ends at 08:30 the next morning: D starts within it, OC takes that whole date.
        QVERIFY(types[N].cannotFollow[D]);
        QVERIFY(types[N].cannotFollow[OC]);
        QVERIFY(types[N].cannotFollow[X]);
        // D ends 17:00, N next day starts 27 hours later; N to N leaves 11.5 hours.
        QVERIFY(!types[D].cannotFollow[N]);
        QVERIFY(!types[N].cannotFollow[N]);
        QVERIFY(!types[D].cannotFollow[D]);
        // A whole day ends at midnight; no rest is owed around it.
        QVERIFY(!types[OC].cannotFollow[D]);
        QVERIFY(!types[D].cannotFollow[OC]);
        QVERIFY(!types[OC].cannotFollow[OC]);
    }

    void daysOffAndMustWork()
    {
        const RotaProblem p = problem(settings());
        const RosterModel::Employee &ada = p.model().employees[std::size_t(rowOf(p, m_ada))];
        const RosterModel::Employee &ben = p.model().employees[std::size_t(rowOf(p, m_ben))];
        const RosterModel::Employee &cy = p.model().employees[std::size_t(rowOf(p, m_cy))];
        const RosterModel::Employee &gus = p.model().employees[std::size_t(rowOf(p, m_gus))];
        const auto offDays = [](const RosterModel::Employee &e) {
            QList<int> days;
            for (int day = 0; day < int(e.dayOff.size()); ++day) {
                if (e.dayOff[std::size_t(day)])
                    days << day + 2;
            }
            return days;
        };
        // Approved leave; cancelled and denied leave do not count.
        QCOMPARE(offDays(ada), (QList<int>{11, 12}));
        // Fixed working days Monday to Wednesday: Thursdays and Fridays off, weekends not.
        QCOMPARE(offDays(ben), (QList<int>{12, 13, 19, 20}));
        // Cannot work Fridays.
        QCOMPARE(offDays(cy), (QList<int>{13, 20}));
        // His term ends on Sunday 15th.
        QCOMPARE(offDays(gus), (QList<int>{16, 17, 18, 19, 20, 21, 22}));

        QList<int> mustWork;
        for (int day = 0; day < int(ben.mustWork.size()); ++day) {
            if (ben.mustWork[std::size_t(day)])
                mustWork << day + 2;
        }
        QCOMPARE(mustWork, (QList<int>{10, 17}));
        QVERIFY(std::none_of(ada.mustWork.cbegin(), ada.mustWork.cend(), [](bool b) { return b; }));

        // Pending leave: a wish to be off on Tuesday 17th, one per shift type.
        QList<std::tuple<int, int, int, int>> requests;
        for (const RosterModel::Request &r : p.model().shiftOffRequests)
            requests << std::tuple(r.employee, r.day, r.shift, r.weight);
        const int row = rowOf(p, m_ada);
        QCOMPARE(requests, (QList<std::tuple<int, int, int, int>>{{row, dayOf(17), D, 30}, {row, dayOf(17), N, 30},
                                                                   {row, dayOf(17), OC, 30}, {row, dayOf(17), X, 30}}));
        QVERIFY(p.model().shiftOnRequests.empty());
    }

    void fixedAndCurrent()
    {
        const RotaProblem p = problem(settings());
        const int ada = rowOf(p, m_ada);
        const int cy = rowOf(p, m_cy);
        const int ben = rowOf(p, m_ben);
        const RosterModel::Employee &adaRow = p.model().employees[std::size_t(ada)];
        const RosterModel::Employee &cyRow = p.model().employees[std::size_t(cy)];
        const RosterModel::Employee &benRow = p.model().employees[std::size_t(ben)];
        const auto current = [&](int row, int novemberDay) { return p.current()[std::size_t(row) * 28 + std::size_t(dayOf(novemberDay))]; };

        // The margin holds what is stored, or nothing.
        QCOMPARE(adaRow.fixed[std::size_t(dayOf(6))], N);
        QCOMPARE(adaRow.fixed[std::size_t(dayOf(5))], Off);
        QCOMPARE(adaRow.fixed[std::size_t(dayOf(25))], OC);
        QCOMPARE(adaRow.fixed[std::size_t(dayOf(29))], Off);
        // The pinned shift is fixed; the cancelled one on the 16th is ignored.
        QCOMPARE(adaRow.fixed[std::size_t(dayOf(9))], D);
        QCOMPARE(adaRow.fixed[std::size_t(dayOf(16))], Unfixed);
        QCOMPARE(current(ada, 16), Off);
        // A completed shift is fixed too.
        QCOMPARE(p.model().employees[std::size_t(rowOf(p, m_gus))].fixed[std::size_t(dayOf(12))], D);
        // Two shifts on one day: fixed to the first.
        QCOMPARE(cyRow.fixed[std::size_t(dayOf(16))], X);
        QCOMPARE(current(cy, 16), X);
        // An ordinary shift is where the rota stands, free to change.
        QCOMPARE(benRow.fixed[std::size_t(dayOf(10))], Unfixed);
        QCOMPARE(current(ben, 10), D);
        QCOMPARE(benRow.current[std::size_t(dayOf(10))], D);
        QCOMPARE(current(ben, 11), Off);
        QCOMPARE(current(ada, 6), N);

        int unfixedInPeriod = 0;
        for (int day = p.firstDay(); day <= p.lastDay(); ++day)
            unfixedInPeriod += adaRow.fixed[std::size_t(day)] == Unfixed ? 1 : 0;
        QCOMPARE(unfixedInPeriod, 13);
    }

    void limits()
    {
        const RotaProblem p = problem(settings());
        const RosterModel &model = p.model();
        const RosterModel::Employee &ada = model.employees[std::size_t(rowOf(p, m_ada))];
        const RosterModel::Employee &ben = model.employees[std::size_t(rowOf(p, m_ben))];
        const RosterModel::Employee &cy = model.employees[std::size_t(rowOf(p, m_cy))];
        // 40 hours a full-time week (the workspace's setting), by FTE.
        QCOMPARE(ada.maxWeekMinutes, 2400);
        QCOMPARE(ben.maxWeekMinutes, 1200);
        QCOMPARE(ada.maxConsecutiveNights, 3);
        QCOMPARE(ada.maxConsecutiveShifts, 7);
        QCOMPARE(ada.maxTotalMinutes, 28 * 24 * 60);
        QCOMPARE(ada.minTotalMinutes, 0);
        QCOMPARE(ada.maxWeekends, -1);
        // D and N are needed; OC and X nowhere in the period, so only where they are fixed.
        QCOMPARE(ada.maxShifts, (std::vector<int>{28, 28, 1, 0}));
        QCOMPARE(cy.maxShifts, (std::vector<int>{28, 28, 0, 1}));
        QCOMPARE(ben.maxShifts, (std::vector<int>{28, 28, 0, 0}));
        QCOMPARE(model.changeWeight, 0);

        GenerationSettings rebalance = settings();
        rebalance.mode = GenerationSettings::Mode::Rebalance;
        rebalance.weights = GenerationSettings::defaultWeights(rebalance.mode);
        rebalance.weights.maxConsecutiveDays = 5;
        const RotaProblem rebalanced = problem(rebalance);
        QCOMPARE(rebalanced.model().changeWeight, 50);
        QCOMPARE(rebalanced.model().employees[0].maxConsecutiveShifts, 5);

        rebalance.seconds = 12.5;
        rebalance.seed = 7;
        rebalance.threads = 3;
        rebalance.maxIterations = 1000;
        const RosterSolver::Options options = problem(rebalance).solverOptions();
        QCOMPARE(options.seconds, 12.5);
        QCOMPARE(options.seed, quint64(7));
        QCOMPARE(options.threads, 3);
        QCOMPARE(options.maxIterations, qint64(1000));
    }

    void coverFromTimeslotsAndMinimums()
    {
        const RotaProblem p = problem(settings());
        const auto check = [&](int novemberDay, int type, int minimum, int requirement, int maximum) {
            const RosterModel::Cover &c = cover(p, novemberDay, type);
            QCOMPARE(c.minimum, minimum);
            QCOMPARE(c.requirement, requirement);
            QCOMPARE(c.maximum, maximum);
        };
        // The rota's week: the timeslots; Dee's D on the 10th does not count against them; a type
        // the rota has no slot for that day may not be worked.
        check(9, D, 1, 2, 3);
        check(10, D, 1, 2, 3);
        check(10, N, 1, 1, 1);
        check(10, OC, 0, 0, 0);
        check(14, D, 0, 0, 0);
        check(14, N, 1, 1, 2);
        // After the rota: the types' minimum, less what Dee already covers, no maximum.
        check(16, D, 2, 2, -1);
        check(17, D, 1, 1, -1);
        check(18, D, 2, 2, -1); // Dee's D that day does not count toward the minimum
        check(17, N, 1, 1, -1);
        check(21, D, 1, 1, -1);
        check(21, N, 1, 1, -1);
        check(17, OC, 0, 0, -1);
        check(17, X, 0, 0, -1); // inactive: no minimum
        QCOMPARE(cover(p, 17, D).underWeight, 40);
        QCOMPARE(cover(p, 17, D).overWeight, 10);
        // The margin asks for nothing.
        check(6, N, 0, 0, -1);
        check(23, D, 0, 0, -1);
        QCOMPARE(cover(p, 6, N).underWeight, 0);
        QCOMPARE(cover(p, 6, N).overWeight, 0);
    }

    // Worked by hand: the days each can work in the period and their FTE give Ada 12 × 100,
    // Ben 10 × 50, Cy 12 × 100, Gus 7 × 100: shares 1/3, 5/36, 1/3, 7/36 of 3600.
    void fairTargets()
    {
        const RotaProblem p = problem(settings());
        const RosterModel &model = p.model();
        // No bank holiday in the period.
        QCOMPARE(model.countKinds.size(), std::size_t(3));
        QCOMPARE(p.fairnessOf(0), RotaProblem::Fairness::Nights);
        QCOMPARE(p.fairnessOf(1), RotaProblem::Fairness::WeekendDays);
        QCOMPARE(p.fairnessOf(2), RotaProblem::Fairness::Hours);
        QCOMPARE(model.countKinds[0].id, RotaProblem::fairnessName(RotaProblem::Fairness::Nights));
        QCOMPARE(model.countKinds[0].shiftMask, quint64(1) << N);
        QCOMPARE(model.countKinds[1].shiftMask, quint64(0b1111));
        QCOMPARE(model.countKinds[2].shiftMask, quint64(0b1111));
        QVERIFY(model.countKinds[2].minutes);
        QVERIFY(!model.countKinds[1].days[std::size_t(dayOf(13))]);
        QVERIFY(model.countKinds[1].days[std::size_t(dayOf(14))]);
        QVERIFY(!model.countKinds[1].days[std::size_t(dayOf(7))]); // a Saturday in the margin
        QVERIFY(model.countKinds[0].days[std::size_t(dayOf(9))]);
        QVERIFY(!model.countKinds[0].days[std::size_t(dayOf(8))]);

        const auto targets = [&](qint64 clinicianId) {
            QList<std::tuple<int, int, int>> result;
            for (const RosterModel::CountTarget &t : model.employees[std::size_t(rowOf(p, clinicianId))].targets)
                result << std::tuple(t.low, t.high, t.weight);
            return result;
        };
        // Nights: one a night for 14 nights. Weekend days: the rota's weekend asks for one N a
        // day, the last weekend for a D and an N a day: 6. Hours: the rota's weekdays 5 × (2 × 540
        // + 750), its weekend 2 × 750, then D 2, 1, 2, 2, 2 and N 5 × 750 on weekdays (Dee covers
        // one D), D + N twice at the weekend: 9150 + 1500 + 8610 + 2580 = 21840 minutes.
        using Targets = QList<std::tuple<int, int, int>>;
        QCOMPARE(targets(m_ada), (Targets{{4, 5, 20}, {2, 2, 20}, {7220, 7340, 5}}));     // 14/3, 2, 7280
        QCOMPARE(targets(m_cy), (Targets{{4, 5, 20}, {2, 2, 20}, {7220, 7340, 5}}));
        QCOMPARE(targets(m_ben), (Targets{{1, 2, 20}, {0, 1, 20}, {2973, 3093, 5}}));     // 1.94, 0.83, 3033.3
        QCOMPARE(targets(m_gus), (Targets{{2, 3, 20}, {1, 2, 20}, {4187, 4307, 5}}));     // 2.72, 1.17, 4246.7
    }

    void changesFromCells()
    {
        const RotaProblem p = problem(settings());
        const int days = p.model().days;
        std::vector<int> cells = p.current();
        QVERIFY(p.changes(cells).isEmpty());
        const auto set = [&](qint64 clinicianId, int novemberDay, int value) {
            cells[std::size_t(rowOf(p, clinicianId)) * std::size_t(days) + std::size_t(dayOf(novemberDay))] = value;
        };
        set(m_ben, 10, Off);  // deletes his D
        set(m_cy, 10, N);     // his D becomes a night
        set(m_gus, 10, D);    // a new D
        set(m_cy, 11, OC);    // a new whole-day on-call
        set(m_ada, 18, N);    // takes the open night
        set(m_ada, 9, Off);   // pinned: left as it is
        set(m_cy, 16, Off);   // two shifts that day: left alone
        set(m_ada, 6, Off);   // the margin: left alone
        const QList<ShiftChange> changes = p.changes(cells);
        QCOMPARE(changes.size(), 5);

        // By date, then name.
        const ShiftChange &deleted = changes.at(0);
        QVERIFY(deleted.before && !deleted.after);
        QCOMPARE(deleted.before->id, m_benTuesday);

        const ShiftChange &retyped = changes.at(1);
        QVERIFY(retyped.before && retyped.after);
        QCOMPARE(retyped.before->id, m_cyTuesday);
        QCOMPARE(retyped.after->id, m_cyTuesday);
        QCOMPARE(retyped.after->notes, u"Ward 7"_s);
        QCOMPARE(retyped.after->clinician_id, std::optional<qint64>(m_cy));
        QCOMPARE(retyped.after->shift_type_id, m_typeN);
        QCOMPARE(retyped.after->date, nov(10));
        QCOMPARE(retyped.after->localStart(), QDateTime(nov(10), QTime(20, 0), QTimeZone("Europe/London")));
        QCOMPARE(retyped.after->localEnd(), QDateTime(nov(11), QTime(8, 30), QTimeZone("Europe/London")));
        QCOMPARE(retyped.after->duration_minutes, 750);
        QCOMPARE(retyped.after->rota_id, std::optional<qint64>(m_rota));
        QCOMPARE(retyped.after->timeslot_id, std::optional<qint64>(m_slotTuesdayN));

        const ShiftChange &created = changes.at(2);
        QVERIFY(!created.before && created.after);
        QCOMPARE(created.after->id, 0);
        QCOMPARE(created.after->clinician_id, std::optional<qint64>(m_gus));
        QCOMPARE(created.after->shift_type_id, m_typeD);
        QCOMPARE(created.after->status, Shift::Status::Scheduled);
        QCOMPARE(created.after->time_zone, QByteArray("Europe/London"));
        QCOMPARE(created.after->localStart(), QDateTime(nov(10), QTime(8, 0), QTimeZone("Europe/London")));
        QCOMPARE(created.after->localEnd(), QDateTime(nov(10), QTime(17, 0), QTimeZone("Europe/London")));
        QCOMPARE(created.after->rota_id, std::optional<qint64>(m_rota));
        QCOMPARE(created.after->timeslot_id, std::optional<qint64>(m_slotTuesdayD));
        QVERIFY(created.after->counts_as_worked);
        QVERIFY(created.after->counts_toward_minimum);

        const ShiftChange &onCall = changes.at(3);
        QVERIFY(!onCall.before && onCall.after);
        QCOMPARE(onCall.after->clinician_id, std::optional<qint64>(m_cy));
        QCOMPARE(onCall.after->shift_type_id, m_typeOC);
        QVERIFY(!onCall.after->isTimed());
        QCOMPARE(onCall.after->date, nov(11));
        QCOMPARE(onCall.after->duration_minutes, 600);
        QCOMPARE(onCall.after->rota_id, std::optional<qint64>(m_rota)); // the rota runs; it has no OC slot
        QCOMPARE(onCall.after->timeslot_id, std::nullopt);

        const ShiftChange &filled = changes.at(4);
        QVERIFY(filled.before && filled.after);
        QCOMPARE(filled.before->id, m_openNight);
        QVERIFY(filled.before->isOpen());
        QCOMPARE(filled.after->id, m_openNight);
        QCOMPARE(filled.after->clinician_id, std::optional<qint64>(m_ada));

        // The changes are a valid edit: written as one, the model read again holds the cells.
        QList<ShiftChange> written = changes;
        const qint64 before = ShiftRepository(*m_workspace).count();
        QVERIFY(ShiftChangeSet::write(*m_workspace, written, true).ok());
        QCOMPARE(ShiftRepository(*m_workspace).count(), before + 1);
        const RotaProblem after = problem(settings());
        for (const auto &[id, novemberDay, value] : {std::tuple(m_ben, 10, Off), std::tuple(m_cy, 10, N), std::tuple(m_gus, 10, D),
                                                      std::tuple(m_cy, 11, OC), std::tuple(m_ada, 18, N)}) {
            QCOMPARE(after.current()[std::size_t(rowOf(after, id)) * std::size_t(days) + std::size_t(dayOf(novemberDay))], value);
        }
        QVERIFY(ShiftChangeSet::write(*m_workspace, written, false).ok());
        QCOMPARE(problem(settings()).current(), p.current());
    }

    void teamsWorkTheirRotasTypes()
    {
        GenerationSettings all = settings();
        all.teamIds.clear();
        const RotaProblem p = problem(all);
        const RosterModel &model = p.model();
        // The consultants' rota asks for on-calls only, the registrars' for days and nights.
        const RosterModel::Employee &dee = model.employees[std::size_t(rowOf(p, m_dee))];
        QCOMPARE(dee.maxShifts, (std::vector<int>{0, 0, 28, 0}));
        QCOMPARE(model.employees[std::size_t(rowOf(p, m_ada))].maxShifts, (std::vector<int>{28, 28, 1, 0}));
        // Nights are shared among the registrars alone.
        int nights = -1;
        for (int kind = 0; kind < int(model.countKinds.size()); ++kind) {
            if (p.fairnessOf(kind) == RotaProblem::Fairness::Nights)
                nights = kind;
        }
        QVERIFY(nights >= 0);
        const auto hasTarget = [&](const RosterModel::Employee &employee) {
            return std::any_of(employee.targets.cbegin(), employee.targets.cend(),
                               [&](const RosterModel::CountTarget &target) { return target.kind == nights; });
        };
        QVERIFY(!hasTarget(dee));
        QVERIFY(hasTarget(model.employees[std::size_t(rowOf(p, m_ada))]));
    }

    // Adds shifts and a type, so it runs last.
    void weeksAlreadyOverAndClockChanges()
    {
        QVERIFY(problem(settings()).model().cannotFollowOn.empty());
        // Ben (50%: 20 hours a week) works three nights in the fixed week after the period,
        // 37.5 hours: that week's limit is what it holds, the others keep his 20 hours.
        for (int day : {23, 24, 25})
            addShift(m_ben, m_typeN, nov(day), QTime(20, 0), QTime(8, 30));
        const RotaProblem p = problem(settings());
        QCOMPARE(p.model().employees[std::size_t(rowOf(p, m_ben))].weekMinutesLimit, (std::vector<int>{1200, 1200, 1200, 3 * 750}));
        QVERIFY(p.model().employees[std::size_t(rowOf(p, m_ada))].weekMinutesLimit.empty());

        // The clocks go forward in the night to Sunday 29 March 2026 (01:00 GMT to 02:00 BST): a
        // long day ending 20:30 on Saturday leaves 10.5 hours before an 08:00 start on Sunday,
        // though 11.5 by the clock. Nothing else falls short; a night may not be followed by a
        // day shift anyway.
        addType(u"LD"_s, QTime(8, 0), QTime(20, 30), 750, 60);
        GenerationSettings march = settings();
        march.from = QDate(2026, 3, 23);
        march.to = QDate(2026, 3, 29);
        const RotaProblem spring = problem(march);
        QCOMPARE(spring.modelStart(), QDate(2026, 3, 16));
        QStringList codes;
        for (const ShiftType &type : spring.shiftTypes())
            codes.append(type.code);
        QCOMPARE(codes, (QStringList{u"D"_s, u"N"_s, u"OC"_s, u"LD"_s}));
        QStringList rules;
        for (const RosterModel::DaySuccession &rule : spring.model().cannotFollowOn)
            rules.append(u"%1 %2 %3"_s.arg(spring.dateOf(rule.day).toString(Qt::ISODate), codes.at(rule.first), codes.at(rule.next)));
        QCOMPARE(rules, (QStringList{u"2026-03-28 LD D"_s, u"2026-03-28 LD LD"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRotaProblem)
#include "tst_rotaproblem.moc"
