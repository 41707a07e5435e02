#include "demo/demoworkspace.h"
#include "storage/alertrepository.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/leaverequestrepository.h"
#include "storage/reportingperiodrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/swaprequestrepository.h"
#include "storage/teamrepository.h"
#include "storage/timeslotrepository.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"
#include "storage/workspacechecker.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private:
    // 18 March 2026: the six months around it include the change to summer time.
    const QDate m_today{2026, 3, 18};
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    std::unique_ptr<Workspace> create(const QString &name, QDate today)
    {
        StorageError error;
        auto workspace = Workspace::open(m_dir.filePath(name), Workspace::OpenMode::CreateNew, &error);
        if (!workspace)
            qFatal("cannot create workspace: %s", qPrintable(error.message));
        workspace->setClock([] { return QDateTime(QDate(2026, 3, 18), QTime(7, 30), Qt::UTC); });
        workspace->setCurrentUser(u"coordinator"_s);
        const StorageError populated = DemoWorkspace::populate(*workspace, today);
        if (!populated.ok())
            qFatal("cannot populate: %s", qPrintable(populated.message));
        return workspace;
    }

    QList<Shift> allShifts(Workspace &workspace) const
    {
        QList<Shift> shifts;
        ShiftRepository repository(workspace);
        // By month, as every reader of shifts does.
        for (QDate from = m_today.addMonths(-4); from <= m_today.addMonths(4); from = from.addMonths(1))
            shifts += repository.inWindow(from, from.addMonths(1).addDays(-1));
        return shifts;
    }

    QList<LeaveRequest> allLeave(Workspace &workspace) const
    {
        QList<LeaveRequest> leave;
        LeaveRequestRepository repository(workspace);
        for (const Clinician &clinician : ClinicianRepository(workspace).list())
            leave += repository.forClinician(clinician.id);
        return leave;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = create(u"demo.rota"_s, m_today);
    }

    void settings()
    {
        QCOMPARE(m_workspace->name(), u"Acute Medicine (demo)"_s);
        QCOMPARE(m_workspace->timeZone(), QByteArray("Europe/London"));
    }

    void countsInExpectedRanges()
    {
        Workspace &ws = *m_workspace;
        QCOMPARE(TeamRepository(ws).count(), 3);
        QVERIFY(ClinicianRepository(ws).count() >= 35 && ClinicianRepository(ws).count() <= 45);
        QCOMPARE(ShiftTypeRepository(ws).count(), 6);
        const qint64 shifts = ShiftRepository(ws).count();
        QVERIFY2(shifts >= 2800 && shifts <= 4500, qPrintable(QString::number(shifts)));
        const qint64 leave = LeaveRequestRepository(ws).count();
        QVERIFY2(leave >= 60 && leave <= 250, qPrintable(QString::number(leave)));
        const qint64 alerts = AlertRepository(ws).count();
        QVERIFY2(alerts >= 5 && alerts <= 120, qPrintable(QString::number(alerts)));
    }

    void teamsGradesAndStatuses()
    {
        const QList<Clinician> clinicians = ClinicianRepository(*m_workspace).list();
        QSet<qint64> teams;
        QSet<QString> grades;
        int inactive = 0;
        int onHold = 0;
        for (const Clinician &clinician : clinicians) {
            QVERIFY(clinician.team_id.has_value());
            teams.insert(*clinician.team_id);
            grades.insert(clinician.grade);
            QVERIFY(clinician.email.contains(u'@'));
            inactive += clinician.active ? 0 : 1;
            onHold += clinician.status == Clinician::Status::OnHold ? 1 : 0;
        }
        QCOMPARE(teams.size(), 3);
        QVERIFY(grades.size() >= 5);
        QVERIFY(inactive >= 1);
        QVERIFY(onHold >= 1);
    }

    void workingTermsAreVaried()
    {
        WorkingTermRepository repository(*m_workspace);
        QSet<int> percentages;
        int withFixedDays = 0;
        int withCannotWork = 0;
        int withMustWork = 0;
        int changedMidPeriod = 0;
        for (const Clinician &clinician : ClinicianRepository(*m_workspace).list()) {
            const QList<WorkingTerm> terms = repository.forClinician(clinician.id);
            QVERIFY(!terms.isEmpty());
            for (const WorkingTerm &term : terms) {
                percentages.insert(qRound(term.percentage));
                withFixedDays += term.fixed_working_days.isEmpty() ? 0 : 1;
                withCannotWork += term.cannot_work_days.isEmpty() ? 0 : 1;
                withMustWork += term.must_work_days.isEmpty() ? 0 : 1;
                QVERIFY(term.annual_leave_entitlement.has_value());
                QVERIFY(*term.annual_leave_entitlement >= 5.4 && *term.annual_leave_entitlement <= 6.4);
                if (term.start_date > m_today && term.start_date < m_today.addMonths(3))
                    ++changedMidPeriod;
            }
        }
        QVERIFY(percentages.contains(100) && percentages.contains(80) && percentages.contains(60)
                && percentages.contains(50));
        QVERIFY(withFixedDays >= 3);
        QVERIFY(withCannotWork >= 2);
        QVERIFY(withMustWork >= 2);
        QVERIFY(changedMidPeriod >= 1);
    }

    void shiftTypesHaveDistinctColoursAndMinimums()
    {
        const QList<ShiftType> types = ShiftTypeRepository(*m_workspace).all();
        QSet<QString> colours;
        QSet<QString> codes;
        for (const ShiftType &type : types) {
            colours.insert(type.colour.toLower());
            codes.insert(type.code);
            QVERIFY(type.minimum_weekday > 0);
        }
        QCOMPARE(colours.size(), types.size());
        QCOMPARE(codes, (QSet<QString>{u"D"_s, u"LD"_s, u"N"_s, u"OC"_s, u"AM"_s, u"PM"_s}));
        const auto night = ShiftTypeRepository(*m_workspace).findByCode(u"N"_s);
        QVERIFY(night.has_value());
        QVERIFY(night->end_time < night->start_time);
        QVERIFY(ShiftTypeRepository(*m_workspace).findByCode(u"OC"_s)->isWholeDay());
        QCOMPARE(night->category, ShiftType::Category::Night);
        QCOMPARE(ShiftTypeRepository(*m_workspace).findByCode(u"OC"_s)->category, ShiftType::Category::OnCall);
        QCOMPARE(ShiftTypeRepository(*m_workspace).findByCode(u"LD"_s)->category, ShiftType::Category::Regular);
    }

    // Back-to-back four-month periods over the whole demo, today in the first.
    void reportingPeriodsCoverTheDemo()
    {
        const QList<ReportingPeriod> periods = ReportingPeriodRepository(*m_workspace).all();
        QVERIFY(periods.size() >= 2);
        QCOMPARE(periods.constFirst().name, u"Period 1"_s);
        QCOMPARE(periods.constFirst().start_date, QDate(m_today.addMonths(-3).year(), m_today.addMonths(-3).month(), 1));
        for (qsizetype i = 1; i < periods.size(); ++i)
            QCOMPARE(periods.at(i).start_date, periods.at(i - 1).end_date.addDays(1));
        QVERIFY(periods.constLast().end_date >= m_today.addMonths(3));
        QCOMPARE(ReportingPeriodRepository(*m_workspace).containing(m_today)->name, u"Period 1"_s);
    }

    void everyRecordIsValid()
    {
        WorkspaceChecker checker(*m_workspace);
        const QList<WorkspaceChecker::Problem> problems = checker.run();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.constFirst().toString()));
        QVERIFY(checker.recordsChecked() > 3000);
    }

    void shiftsSpanSixMonthsAroundToday()
    {
        const QList<Shift> shifts = allShifts(*m_workspace);
        QCOMPARE(shifts.size(), ShiftRepository(*m_workspace).count());
        QDate first = shifts.constFirst().date;
        QDate last = first;
        for (const Shift &shift : shifts) {
            first = std::min(first, shift.date);
            last = std::max(last, shift.date);
        }
        QCOMPARE(first, m_today.addMonths(-3));
        QCOMPARE(last, m_today.addMonths(3));
    }

    void pastShiftsCompletedSomePinned()
    {
        int pinned = 0;
        int open = 0;
        for (const Shift &shift : allShifts(*m_workspace)) {
            if (shift.date < m_today)
                QVERIFY(shift.status == Shift::Status::Completed || shift.status == Shift::Status::Cancelled);
            else
                QVERIFY(shift.status != Shift::Status::Completed);
            pinned += shift.is_pinned ? 1 : 0;
            open += shift.isOpen() ? 1 : 0;
        }
        QVERIFY(pinned > 50);
        QVERIFY(open >= 1);
    }

    void nobodyOnTwoShiftsADay()
    {
        std::set<std::pair<qint64, qint64>> seen;
        for (const Shift &shift : allShifts(*m_workspace)) {
            if (shift.isOpen())
                continue;
            const bool inserted = seen.insert({*shift.clinician_id, shift.date.toJulianDay()}).second;
            QVERIFY2(inserted, qPrintable(u"clinician %1 on %2"_s.arg(*shift.clinician_id).arg(shift.date.toString())));
        }
    }

    void restOfElevenHoursAndNoDayAfterNight()
    {
        std::map<qint64, QList<Shift>> byClinician;
        for (const Shift &shift : allShifts(*m_workspace)) {
            if (!shift.isOpen() && shift.isTimed())
                byClinician[*shift.clinician_id].append(shift);
        }
        for (auto &[clinician, shifts] : byClinician) {
            std::sort(shifts.begin(), shifts.end(), [](const Shift &a, const Shift &b) { return *a.start_utc < *b.start_utc; });
            for (qsizetype i = 1; i < shifts.size(); ++i) {
                const qint64 rest = *shifts.at(i).start_utc - *shifts.at(i - 1).end_utc;
                QVERIFY2(rest >= 11 * 3600, qPrintable(u"clinician %1 on %2"_s.arg(clinician).arg(shifts.at(i).date.toString())));
            }
        }
    }

    void nightsComeInBlocks()
    {
        const qint64 nightType = ShiftTypeRepository(*m_workspace).findByCode(u"N"_s)->id;
        std::map<qint64, QList<QDate>> nights;
        for (const Shift &shift : allShifts(*m_workspace)) {
            if (!shift.isOpen() && shift.shift_type_id == nightType)
                nights[*shift.clinician_id].append(shift.date);
        }
        QVERIFY(!nights.empty());
        for (auto &[clinician, dates] : nights) {
            std::sort(dates.begin(), dates.end());
            int block = 1;
            for (qsizetype i = 1; i <= dates.size(); ++i) {
                if (i < dates.size() && dates.at(i) == dates.at(i - 1).addDays(1)) {
                    ++block;
                    continue;
                }
                const QDate end = dates.at(i - 1);
                const bool atEdge = end == m_today.addMonths(3) || end.addDays(1 - block) == m_today.addMonths(-3);
                QVERIFY2(block <= 4 && (block >= 2 || atEdge), qPrintable(end.toString()));
                block = 1;
            }
        }
    }

    void noShiftOnApprovedLeave()
    {
        std::map<qint64, QList<LeaveRequest>> approved;
        for (const LeaveRequest &request : allLeave(*m_workspace)) {
            if (request.status == LeaveRequest::Status::Approved)
                approved[request.clinician_id].append(request);
        }
        QVERIFY(approved.size() > 20);
        for (const Shift &shift : allShifts(*m_workspace)) {
            if (shift.isOpen())
                continue;
            for (const LeaveRequest &request : approved[*shift.clinician_id])
                QVERIFY(shift.date < request.start_date || shift.date > request.end_date);
        }
    }

    void leaveInEveryStatusAndType()
    {
        QSet<int> statuses;
        QSet<int> types;
        int before = 0;
        int after = 0;
        for (const LeaveRequest &request : allLeave(*m_workspace)) {
            QVERIFY2(request.validate().isEmpty(), qPrintable(joinFieldErrors(request.validate())));
            statuses.insert(int(request.status));
            types.insert(int(request.type));
            before += request.end_date < m_today ? 1 : 0;
            after += request.start_date > m_today ? 1 : 0;
            if (request.status == LeaveRequest::Status::Denied)
                QVERIFY(!request.denial_reason.isEmpty());
        }
        QCOMPARE(statuses.size(), 4);
        QCOMPARE(types.size(), 6);
        QVERIFY(before >= 10);
        QVERIFY(after >= 10);
    }

    void alertsActiveResolvedAndDismissed()
    {
        QSet<int> statuses;
        QSet<QString> types;
        for (const Alert &alert : AlertRepository(*m_workspace).list(true)) {
            statuses.insert(int(alert.status));
            types.insert(alert.type);
        }
        QCOMPARE(statuses.size(), 3);
        QVERIFY(types.contains(u"coverage_below_minimum"_s));
        QVERIFY(types.contains(u"rest_too_short"_s));
    }

    void oneJournalEntry()
    {
        const QList<JournalEntry> entries = Journal(*m_workspace).entries(0, 100000);
        const auto demoEntries = std::count_if(entries.cbegin(), entries.cend(), [](const JournalEntry &entry) {
            return entry.record_type == u"import"_s && entry.operation == u"demo"_s;
        });
        QCOMPARE(demoEntries, 1);
        // Besides it, only the two settings (name and time zone).
        QCOMPARE(entries.size(), 3);
        // Shifts are recorded only in that entry, never one by one.
        QVERIFY(std::none_of(entries.cbegin(), entries.cend(),
                             [](const JournalEntry &entry) { return entry.record_type == u"shift"_s; }));
    }

    void rotasAndSwapRequests()
    {
        Workspace &ws = *m_workspace;
        const QList<Rota> rotas = RotaRepository(ws).list();
        QCOMPARE(rotas.size(), 3);
        for (const Rota &rota : rotas) {
            QVERIFY(rota.shift_pattern_id.has_value());
            QVERIFY(!TimeslotRepository(ws).forPattern(*rota.shift_pattern_id).isEmpty());
        }
        QSet<int> statuses;
        int pastDue = 0;
        const QDateTime now(m_today, QTime(12, 0), Qt::UTC);
        ShiftRepository shifts(ws);
        for (const SwapRequest &swap : SwapRequestRepository(ws).list()) {
            statuses.insert(int(swap.status));
            pastDue += swap.isPastDue(now) ? 1 : 0;
            QVERIFY(swap.shift_id.has_value());
            const std::optional<Shift> shift = shifts.get(*swap.shift_id);
            QVERIFY(shift.has_value());
            QCOMPARE(*shift->start_utc, swap.swap_start_utc);
            // A taken swap has moved the shift to the colleague who took it.
            const qint64 worker = swap.status == SwapRequest::Status::Taken ? *swap.benefactor_id : swap.beneficiary_id;
            QCOMPARE(*shift->clinician_id, worker);
        }
        QCOMPARE(statuses.size(), 3);
        QCOMPARE(pastDue, 1);
    }

    void sameTodayGivesSameWorkspace()
    {
        const auto again = create(u"again.rota"_s, m_today);
        QCOMPARE(allShifts(*again), allShifts(*m_workspace));
        QCOMPARE(allLeave(*again), allLeave(*m_workspace));
        QCOMPARE(AlertRepository(*again).list(true), AlertRepository(*m_workspace).list(true));

        const auto otherDay = create(u"other.rota"_s, m_today.addDays(1));
        QVERIFY(allShifts(*otherDay) != allShifts(*m_workspace));
    }

    void refusesWorkspaceWithRecords()
    {
        const qint64 shifts = ShiftRepository(*m_workspace).count();
        const StorageError error = DemoWorkspace::populate(*m_workspace, m_today);
        QVERIFY(!error.ok());
        QVERIFY(error.message.contains(u"demo.rota"_s));
        QCOMPARE(ShiftRepository(*m_workspace).count(), shifts);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
