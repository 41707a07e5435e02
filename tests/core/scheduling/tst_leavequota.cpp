#include "../storage/storagetestsupport.h"

#include "calendar/bankholidays.h"
#include "model/leaverequest.h"
#include "model/workingterm.h"
#include "scheduling/leavequota.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/leaverequestrepository.h"
#include "storage/workingtermrepository.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

using Status = LeaveRequest::Status;
using Type = LeaveRequest::Type;

// The 2026 bank holidays of England and Wales that the examples meet: Good Friday 3 Apr,
// Easter Monday 6 Apr, Boxing Day (Sat 26 Dec) substituted on Mon 28 Dec; New Year's Day
// 2027 is Fri 1 Jan. A leave year of 2026 has 365 days: Jan-Jun 181, Jul-Dec 184.
class TestLeaveQuota : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    qint64 addClinician(const QString &name, bool active = true)
    {
        Clinician record = clinician(name);
        record.active = active;
        const StorageError error = ClinicianRepository(*m_workspace).create(record);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return record.id;
    }

    qint64 addTerm(qint64 clinicianId, QDate from, QDate to, double percentage, std::optional<double> entitlement,
                   const QList<int> &fixedDays = {}, const QList<int> &cannotWork = {})
    {
        WorkingTerm term;
        term.clinician_id = clinicianId;
        term.start_date = from;
        term.end_date = to;
        term.percentage = percentage;
        term.annual_leave_entitlement = entitlement;
        term.fixed_working_days = WeekdaySet::fromList(fixedDays);
        term.cannot_work_days = WeekdaySet::fromList(cannotWork);
        if (percentage < 100)
            term.type = WorkingTerm::Type::LessThanFullTime;
        const StorageError error = WorkingTermRepository(*m_workspace).create(term);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return term.id;
    }

    qint64 addLeave(qint64 clinicianId, QDate from, QDate to, Status status = Status::Approved, Type type = Type::Annual)
    {
        LeaveRequest leave;
        leave.clinician_id = clinicianId;
        leave.type = type;
        leave.start_date = from;
        leave.end_date = to;
        leave.status = status;
        if (status == Status::Denied)
            leave.denial_reason = u"Minimum staffing"_s;
        const StorageError error = LeaveRequestRepository(*m_workspace).create(leave);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return leave.id;
    }

    LeaveQuota quota(qint64 clinicianId, QDate date, std::optional<qint64> ignore = {}) const
    {
        return LeaveQuotaCalculator(*m_workspace).forClinician(clinicianId, date, ignore);
    }

    static QDate d(int year, int month, int day) { return QDate(year, month, day); }

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
    }

    void cleanup() { m_workspace.reset(); }

    void fullTime()
    {
        const qint64 ada = addClinician(u"Ada Lovelace"_s);
        addTerm(ada, d(2020, 1, 1), {}, 100, 5.6);
        addLeave(ada, d(2026, 3, 2), d(2026, 3, 6)); // Mon-Fri: 5 days x 1/5 = 1 week

        const LeaveQuota q = quota(ada, d(2026, 6, 1));
        QCOMPARE(q.leave_year_start, d(2026, 1, 1));
        QCOMPARE(q.leave_year_end, d(2026, 12, 31));
        QVERIFY(q.has_entitlement);
        QCOMPARE(q.entitlement_weeks, 5.6);
        QCOMPARE(q.used_weeks, 1.0);
        QCOMPARE(q.remaining_weeks, 4.6);
        QCOMPARE(q.entitlement_days, 28.0); // 5.6 x 5
        QCOMPARE(q.used_days, 5.0);
        QCOMPARE(q.remaining_days, 23.0);
        QCOMPARE(q.percentage_used, 18); // 1 / 5.6 = 17.9 %

        const QJsonObject json = q.toJson();
        QCOMPARE(json.value(u"clinician_id"_s).toInteger(), ada);
        QCOMPARE(json.value(u"clinician_name"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(json.value(u"has_entitlement"_s).toBool(), true);
        QCOMPARE(json.value(u"entitlement"_s).toString(), u"5.60"_s);
        QCOMPARE(json.value(u"remaining"_s).toString(), u"4.60"_s);
        QCOMPARE(json.value(u"adjustments"_s).toString(), u"0.00"_s);
        QCOMPARE(json.value(u"unit"_s).toString(), u"weeks"_s);
        QCOMPARE(json.value(u"percentage_used"_s).toInt(), 18);
        QCOMPARE(json.value(u"used"_s).toString(), u"1.00"_s);
        QCOMPARE(json.value(u"leave_year_start"_s).toString(), u"2026-01-01"_s);
        QCOMPARE(json.value(u"remaining_days"_s).toDouble(), 23.0);
    }

    void partTime()
    {
        const qint64 ben = addClinician(u"Ben Carr"_s);
        addTerm(ben, d(2025, 1, 1), {}, 60, 5.6);
        // Mon-Wed: 3 weekdays; his week is 5 x 0.6 = 3 days, 0.6 of a full-time week, so each
        // day is 0.6 / 3 = 0.2 weeks: 0.6 weeks.
        addLeave(ben, d(2026, 3, 2), d(2026, 3, 4));

        const LeaveQuota q = quota(ben, d(2026, 3, 1));
        QCOMPARE(q.entitlement_weeks, 3.36); // 5.6 x 0.6
        QCOMPARE(q.used_weeks, 0.6);
        QCOMPARE(q.remaining_weeks, 2.76);
        // A full-time week is 3 / 0.6 = 5 of his days: 16.8 -> 17, 3, 13.8 -> 14.
        QCOMPARE(q.entitlement_days, 17.0);
        QCOMPARE(q.used_days, 3.0);
        QCOMPARE(q.remaining_days, 14.0);
        QCOMPARE(q.percentage_used, 18); // 0.6 / 3.36 = 17.9 %
        QCOMPARE(q.toJson().value(u"entitlement"_s).toString(), u"3.36"_s);
    }

    void termChangesMidYear()
    {
        const qint64 cat = addClinician(u"Cat Dunn"_s);
        addTerm(cat, d(2024, 1, 1), d(2026, 6, 30), 100, 5.6);
        addTerm(cat, d(2026, 7, 1), {}, 50, 5.6);
        // Mon 29 Jun - Fri 3 Jul: 2 days at 100 % (1/5 week each) and 3 at 50 % (0.5 / 2.5 =
        // 1/5 week each): 1 week.
        addLeave(cat, d(2026, 6, 29), d(2026, 7, 3));

        const LeaveQuota q = quota(cat, d(2026, 8, 1));
        // 5.6 x 1.0 x 181/365 + 5.6 x 0.5 x 184/365 = 2.776986 + 1.411507 = 4.188493
        QVERIFY(qFuzzyCompare(q.entitlement_weeks, 5.6 * 181 / 365 + 2.8 * 184 / 365));
        QCOMPARE(q.toJson().value(u"entitlement"_s).toString(), u"4.19"_s);
        QVERIFY(qFuzzyCompare(q.used_weeks, 1.0));
        QCOMPARE(q.toJson().value(u"remaining"_s).toString(), u"3.19"_s);
        // In the 50 % term's 2.5-day weeks a full-time week is 5 days: 20.94 -> 21.
        QCOMPARE(q.entitlement_days, 21.0);
        QCOMPARE(q.percentage_used, 24); // 1 / 4.188 = 23.9 %
    }

    void leaver()
    {
        const qint64 dan = addClinician(u"Dan Ellis"_s);
        addTerm(dan, d(2023, 1, 1), d(2026, 9, 30), 100, 5.0);
        addLeave(dan, d(2026, 9, 28), d(2026, 10, 9)); // only Mon 28 - Wed 30 Sep are worked: 0.6

        const LeaveQuota q = quota(dan, d(2026, 5, 1));
        // Jan-Sep = 273 days: 5.0 x 273/365 = 3.739726
        QVERIFY(qFuzzyCompare(q.entitlement_weeks, 5.0 * 273 / 365));
        QCOMPARE(q.toJson().value(u"entitlement"_s).toString(), u"3.74"_s);
        QVERIFY(qFuzzyCompare(q.used_weeks, 0.6));
        QCOMPARE(q.toJson().value(u"remaining"_s).toString(), u"3.14"_s);
    }

    void starter()
    {
        const qint64 eve = addClinician(u"Eve Fox"_s);
        addTerm(eve, d(2026, 4, 1), {}, 100, 5.6);
        // Mon 30 Mar - Fri 3 Apr: 30 and 31 Mar are before she starts, 3 Apr is Good Friday:
        // Wed 1 and Thu 2 Apr count, 0.4 weeks.
        addLeave(eve, d(2026, 3, 30), d(2026, 4, 3));

        const LeaveQuota q = quota(eve, d(2026, 12, 1));
        // Apr-Dec = 275 days: 5.6 x 275/365 = 4.219178
        QVERIFY(qFuzzyCompare(q.entitlement_weeks, 5.6 * 275 / 365));
        QCOMPARE(q.toJson().value(u"entitlement"_s).toString(), u"4.22"_s);
        QVERIFY(qFuzzyCompare(q.used_weeks, 0.4));
        QCOMPARE(q.used_days, 2.0);
    }

    void leaveAcrossTheYearBoundary()
    {
        const qint64 fay = addClinician(u"Fay Gill"_s);
        addTerm(fay, d(2020, 1, 1), {}, 100, 5.6);
        // Mon 28 Dec 2026 - Fri 8 Jan 2027. 2026: 28 Dec is the Boxing Day substitute, 29-31
        // Dec count: 0.6. 2027: 1 Jan is New Year's Day, 2-3 Jan a weekend, Mon 4 - Fri 8 Jan
        // count: 1.0.
        const qint64 id = addLeave(fay, d(2026, 12, 28), d(2027, 1, 8));

        QVERIFY(qFuzzyCompare(quota(fay, d(2026, 7, 1)).used_weeks, 0.6));
        QVERIFY(qFuzzyCompare(quota(fay, d(2027, 7, 1)).used_weeks, 1.0));
        const LeaveRequest leave = *LeaveRequestRepository(*m_workspace).get(id);
        const LeaveQuotaCalculator calculator(*m_workspace);
        QVERIFY(qFuzzyCompare(calculator.weeksFor(leave), 0.6));
        QVERIFY(qFuzzyCompare(calculator.weeksFor(leave, d(2027, 1, 1)), 1.0));
    }

    void bankHolidaysAreNotCounted()
    {
        const qint64 gus = addClinician(u"Gus Hart"_s);
        addTerm(gus, d(2020, 1, 1), {}, 100, 5.6);
        // Tue 31 Mar - Tue 7 Apr: Good Friday (3 Apr), Easter Monday (6 Apr) and the weekend
        // are not working days: 31 Mar, 1, 2 and 7 Apr count, 0.8 weeks.
        addLeave(gus, d(2026, 3, 31), d(2026, 4, 7));
        QVERIFY(qFuzzyCompare(quota(gus, d(2026, 1, 1)).used_weeks, 0.8));

        // Without bank holidays the two days count as well: 6 days, 1.2 weeks.
        QVERIFY(m_workspace->setSetting(BankHolidays::settingKey(), u"none"_s).ok());
        QVERIFY(qFuzzyCompare(quota(gus, d(2026, 1, 1)).used_weeks, 1.2));
    }

    void fixedWorkingDays()
    {
        const qint64 hal = addClinician(u"Hal Ives"_s);
        addTerm(hal, d(2020, 1, 1), {}, 60, 5.6, {1, 2, 3});
        // Mon 9 - Sun 15 Mar: only Mon, Tue and Wed are his days; each is a third of his week,
        // which is 0.6 of a full-time week: 3 x 0.2 = 0.6.
        addLeave(hal, d(2026, 3, 9), d(2026, 3, 15));
        // Thu 19 and Fri 20 Mar are not his days: nothing.
        addLeave(hal, d(2026, 3, 19), d(2026, 3, 20));

        const LeaveQuota q = quota(hal, d(2026, 3, 1));
        QVERIFY(qFuzzyCompare(q.used_weeks, 0.6));
        QCOMPARE(q.entitlement_weeks, 3.36);
        QCOMPARE(q.used_days, 3.0); // 0.6 x (3 days / 0.6)
    }

    void cannotWorkDaysAreNotCounted()
    {
        const qint64 ivy = addClinician(u"Ivy Jones"_s);
        addTerm(ivy, d(2020, 1, 1), {}, 100, 5.6, {}, {5});
        // Mon 2 - Fri 6 Mar without Friday: 4 days, 0.8 weeks.
        addLeave(ivy, d(2026, 3, 2), d(2026, 3, 6));
        QVERIFY(qFuzzyCompare(quota(ivy, d(2026, 3, 1)).used_weeks, 0.8));
    }

    void pendingCountsDeniedAndCancelledDoNot()
    {
        const qint64 jo = addClinician(u"Jo King"_s);
        addTerm(jo, d(2020, 1, 1), {}, 100, 5.6);
        addLeave(jo, d(2026, 3, 2), d(2026, 3, 6), Status::Approved); // 1.0
        const qint64 pending = addLeave(jo, d(2026, 3, 9), d(2026, 3, 11), Status::Pending); // 0.6
        addLeave(jo, d(2026, 3, 16), d(2026, 3, 20), Status::Denied);
        addLeave(jo, d(2026, 3, 23), d(2026, 3, 27), Status::Cancelled);
        addLeave(jo, d(2026, 5, 11), d(2026, 5, 15), Status::Approved, Type::Study);

        const LeaveQuota q = quota(jo, d(2026, 3, 1));
        QVERIFY(qFuzzyCompare(q.used_weeks, 1.6));
        QVERIFY(qFuzzyCompare(q.remaining_weeks, 4.0));
        QCOMPARE(q.percentage_used, 29); // 1.6 / 5.6 = 28.6 %
        QVERIFY(qFuzzyCompare(quota(jo, d(2026, 3, 1), pending).used_weeks, 1.0));
    }

    void noEntitlement()
    {
        const qint64 kim = addClinician(u"Kim Lee"_s);
        addTerm(kim, d(2020, 1, 1), {}, 100, std::nullopt);
        const LeaveQuota q = quota(kim, d(2026, 3, 1));
        QVERIFY(!q.has_entitlement);
        QCOMPARE(q.entitlement_weeks, 0.0);
        QCOMPARE(q.percentage_used, 0);
        QCOMPARE(q.toJson().value(u"has_entitlement"_s).toBool(true), false);
        QCOMPARE(q.toJson().value(u"entitlement"_s).toString(), u"0.00"_s);

        const qint64 noTerms = addClinician(u"Lou Moss"_s);
        QVERIFY(!quota(noTerms, d(2026, 3, 1)).has_entitlement);
        QCOMPARE(quota(noTerms, d(2026, 3, 1)).clinician_name, u"Lou Moss"_s);
        QCOMPARE(quota(9999, d(2026, 3, 1)).clinician_id, 0);
    }

    void adjustments()
    {
        const qint64 max = addClinician(u"Max Nash"_s);
        addTerm(max, d(2020, 1, 1), {}, 100, 5.6);
        addLeave(max, d(2026, 3, 2), d(2026, 3, 6)); // 1.0
        const qint64 journalBefore = Journal(*m_workspace).count();
        QVERIFY(LeaveQuotaCalculator::setAdjustment(*m_workspace, max, d(2026, 1, 1), 1.5).ok());
        QVERIFY(LeaveQuotaCalculator::setAdjustment(*m_workspace, max, d(2027, 1, 1), -2).ok());
        QCOMPARE(Journal(*m_workspace).count(), journalBefore + 2);
        QCOMPARE(Journal(*m_workspace).entries(journalBefore).first().record_type, u"setting"_s);
        QVERIFY(!LeaveQuotaCalculator::setAdjustment(*m_workspace, max, d(2026, 1, 1), 60).ok());

        // 5.6 + 1.5 - 1.0 = 6.1; 1.0 / 7.1 = 14.1 %
        const LeaveQuota q = quota(max, d(2026, 8, 1));
        QCOMPARE(q.adjustments_weeks, 1.5);
        QVERIFY(qFuzzyCompare(q.remaining_weeks, 6.1));
        QCOMPARE(q.percentage_used, 14);
        QCOMPARE(q.toJson().value(u"adjustments"_s).toString(), u"1.50"_s);
        // 2027: 5.6 - 2 = 3.6
        QVERIFY(qFuzzyCompare(quota(max, d(2027, 1, 1)).remaining_weeks, 3.6));
    }

    void leaveYearStartSetting()
    {
        QCOMPARE(LeaveQuotaCalculator::leaveYearStart(*m_workspace, d(2026, 3, 31)), d(2026, 1, 1));
        QVERIFY(m_workspace->setSetting(LeaveQuotaCalculator::leaveYearStartKey(), u"04-01"_s).ok());
        QCOMPARE(LeaveQuotaCalculator::leaveYearStart(*m_workspace, d(2026, 3, 31)), d(2025, 4, 1));
        QCOMPARE(LeaveQuotaCalculator::leaveYearStart(*m_workspace, d(2026, 4, 1)), d(2026, 4, 1));
        QCOMPARE(LeaveQuotaCalculator::leaveYearEnd(*m_workspace, d(2026, 4, 1)), d(2027, 3, 31));
        QCOMPARE(LeaveQuotaCalculator::leaveYearStartIn(*m_workspace, 2026), d(2026, 4, 1));
        QCOMPARE(LeaveQuotaCalculator::leaveYearLabel(d(2026, 4, 1)), u"2026/27"_s);
        QCOMPARE(LeaveQuotaCalculator::leaveYearLabel(d(2026, 1, 1)), u"2026"_s);

        const qint64 nia = addClinician(u"Nia Owen"_s);
        addTerm(nia, d(2026, 1, 1), {}, 100, 5.6);
        // Mon 30 Mar - Fri 3 Apr: 30-31 Mar in 2025/26 (0.4); 1-2 Apr in 2026/27 (0.4), 3 Apr
        // is Good Friday.
        addLeave(nia, d(2026, 3, 30), d(2026, 4, 3));
        const LeaveQuota q = quota(nia, d(2026, 2, 1));
        QCOMPARE(q.leave_year_start, d(2025, 4, 1));
        // She starts on 1 Jan 2026: 90 of the 365 days of 2025/26, 5.6 x 90/365 = 1.380822
        QVERIFY(qFuzzyCompare(q.entitlement_weeks, 5.6 * 90 / 365));
        QVERIFY(qFuzzyCompare(q.used_weeks, 0.4));
        QVERIFY(qFuzzyCompare(quota(nia, d(2026, 6, 1)).used_weeks, 0.4));
        QCOMPARE(quota(nia, d(2026, 6, 1)).entitlement_weeks, 5.6);

        QVERIFY(m_workspace->setSetting(LeaveQuotaCalculator::leaveYearStartKey(), u"02-29"_s).ok());
        QCOMPARE(LeaveQuotaCalculator::leaveYearStart(*m_workspace, d(2027, 2, 28)), d(2026, 3, 1));
        QCOMPARE(LeaveQuotaCalculator::leaveYearStart(*m_workspace, d(2028, 2, 29)), d(2028, 2, 29));
        QCOMPARE(LeaveQuotaCalculator::leaveYearStart(*m_workspace, d(2028, 2, 28)), d(2027, 3, 1));
        QCOMPARE(LeaveQuotaCalculator::leaveYearEnd(*m_workspace, d(2027, 6, 1)), d(2028, 2, 28));

        QVERIFY(m_workspace->setSetting(LeaveQuotaCalculator::leaveYearStartKey(), u"13-01"_s).ok());
        QCOMPARE(LeaveQuotaCalculator::leaveYearStart(*m_workspace, d(2026, 3, 31)), d(2026, 1, 1));
    }

    void bulk()
    {
        const qint64 ada = addClinician(u"Ada Lovelace"_s);
        addTerm(ada, d(2020, 1, 1), {}, 100, 5.6);
        addLeave(ada, d(2026, 3, 2), d(2026, 3, 6)); // 1.0
        addLeave(ada, d(2026, 4, 13), d(2026, 4, 17), Status::Denied);
        addLeave(ada, d(2026, 4, 20), d(2026, 4, 24), Status::Approved, Type::Study);
        const qint64 ben = addClinician(u"Ben Carr"_s);
        addTerm(ben, d(2020, 1, 1), {}, 50, 6.0);
        const qint64 gone = addClinician(u"Old Timer"_s, false);
        QVERIFY(LeaveQuotaCalculator::setAdjustment(*m_workspace, ben, d(2026, 1, 1), 0.5).ok());

        const BulkLeaveQuota result = LeaveQuotaCalculator(*m_workspace).bulk({ada, 9999, ben, gone}, d(2026, 5, 1));
        QCOMPARE(result.total_count, 4);
        QCOMPARE(result.success_count, 2);
        QCOMPARE(result.error_count, 2);
        QCOMPARE(result.results.size(), 2);
        QCOMPARE(result.results.at(0).clinician_id, ada);
        QCOMPARE(result.results.at(0).remaining_weeks, 4.6);
        QCOMPARE(result.results.at(1).clinician_id, ben);
        QCOMPARE(result.results.at(1).entitlement_weeks, 3.0); // 6.0 x 0.5
        QCOMPARE(result.results.at(1).remaining_weeks, 3.5); // + 0.5 adjustment
        QCOMPARE(result.errors.at(0).value(u"clinician_id"_s).toInteger(), 9999);
        QVERIFY(result.errors.at(0).value(u"error"_s).toString().contains(u"9999"_s));
        QCOMPARE(result.errors.at(1).value(u"clinician_id"_s).toInteger(), gone);
        QVERIFY(result.errors.at(1).value(u"error"_s).toString().contains(u"Old Timer"_s));

        // The same numbers as one clinician at a time.
        QCOMPARE(result.results.at(0).toJson(), quota(ada, d(2026, 5, 1)).toJson());
        QCOMPARE(result.results.at(1).toJson(), quota(ben, d(2026, 5, 1)).toJson());

        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(u"results"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"errors"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"total_count"_s).toInt(), 4);
        QCOMPARE(json.value(u"success_count"_s).toInt(), 2);
        QCOMPARE(json.value(u"error_count"_s).toInt(), 2);
    }

    void bulkReadsTheSameWhateverTheNumber()
    {
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i) {
            const qint64 id = addClinician(u"Clinician %1"_s.arg(i));
            addTerm(id, d(2020, 1, 1), {}, 100, 5.6);
            addLeave(id, d(2026, 3, 2), d(2026, 3, 6));
            ids << id;
        }
        const LeaveQuotaCalculator calculator(*m_workspace);
        qsizetype one = 0;
        {
            const StatementTrace trace(m_workspace->handle());
            QCOMPARE(calculator.bulk(ids.mid(0, 1), d(2026, 5, 1)).success_count, 1);
            one = trace.statements().size();
        }
        const StatementTrace trace(m_workspace->handle());
        const BulkLeaveQuota all = calculator.bulk(ids, d(2026, 5, 1));
        QCOMPARE(all.success_count, 30);
        QCOMPARE(trace.statements().size(), one);
        QCOMPARE(all.results.last().used_weeks, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestLeaveQuota)
#include "tst_leavequota.moc"
