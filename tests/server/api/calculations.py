"""The server's calculations, with the meanings RotaDesk's core/scheduling gives them, so that
sync can compare a local figure with the server's. The server has no leave-year setting and no
bank holiday calendar: its leave year starts on 1 January (RotaDesk's default) and no day is a
bank holiday."""
import datetime
import math
from collections import defaultdict

from .models import Clinician, LeaveRequest, ReportingPeriod, Shift, ShiftType, WorkingTerm

EPSILON = 1e-9
COVER_EXCLUDED_STATUSES = ("cancelled",)
COUNTED_STATUSES = ("scheduled", "completed")
ON_TRACK_TOLERANCE = 0.5


def days_between(start, end):
    # By offset, so that a range ending on 9999-12-31 does not step past the last date.
    for offset in range((end - start).days + 1):
        yield start + datetime.timedelta(days=offset)


def two_decimals(value):
    return f"{0.0 if abs(value) < 0.005 else value:.2f}"


def round2(value):
    return round(value + 0.0, 2) + 0.0


def leave_year(day):
    return datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31)


def term_on(terms, day):
    for term in terms:
        if term.covers(day):
            return term
    return None


def days_per_week(term):
    """The clinician's own working week: the fixed days, or the FTE share of five."""
    return float(len(term.fixed_working_days)) if term.fixed_working_days else 5.0 * term.share


def works_on(term, day):
    weekday = day.isoweekday()
    if weekday in term.cannot_work_days:
        return False
    return weekday in term.fixed_working_days if term.fixed_working_days else weekday <= 5


def leave_weeks(leave, terms, first, last):
    """The working days of `leave` within [first, last] in full-time weeks: a day costs the FTE
    share divided by the days of the clinician's own week."""
    weeks = 0.0
    for day in days_between(max(leave.start_date, first), min(leave.end_date, last)):
        term = term_on(terms, day)
        if term and works_on(term, day):
            per_week = days_per_week(term)
            weeks += term.share / per_week if per_week > 0 else 0.0
    return weeks


def leave_quota(clinician, day, ignore_request_id=None):
    """LeaveQuotaCalculator::forClinician in the server's bulk-quota shape."""
    year_start, year_end = leave_year(day)
    terms = sorted(
        (t for t in clinician.working_terms.all() if t.start_date <= year_end and (t.end_date is None or t.end_date >= year_start)),
        key=lambda t: (t.start_date, t.id),
    )
    year_days = (year_end - year_start).days + 1
    has_entitlement = False
    entitlement = 0.0
    for term in terms:
        if term.annual_leave_entitlement is None:
            continue
        has_entitlement = True
        first = max(term.start_date, year_start)
        last = min(term.end_date, year_end) if term.end_date else year_end
        if last >= first:
            entitlement += term.annual_leave_entitlement * term.share * ((last - first).days + 1) / year_days
    used = 0.0
    leave = clinician.leave_requests.filter(
        type="annual", status__in=("approved", "pending"), start_date__lte=year_end, end_date__gte=year_start
    )
    for request in leave:
        if request.id != ignore_request_id:
            used += leave_weeks(request, terms, year_start, year_end)
    remaining = entitlement - used
    if abs(remaining) < EPSILON:
        remaining = 0.0
    if entitlement > EPSILON:
        percentage = int(math.floor(100.0 * used / entitlement + 0.5))
    else:
        percentage = 100 if used > EPSILON else 0
    return {
        "clinician_id": clinician.id,
        "clinician_name": clinician.name,
        "has_entitlement": has_entitlement,
        "entitlement": two_decimals(entitlement),
        "remaining": two_decimals(remaining),
        "unit": "weeks",
        "adjustments": two_decimals(0.0),
        "percentage_used": percentage,
        "_remaining_weeks": remaining,
        "_terms": terms,
    }


BULK_QUOTA_KEYS = (
    "clinician_id", "clinician_name", "has_entitlement", "entitlement", "remaining", "unit", "adjustments", "percentage_used",
)


def public(quota):
    """A bulk leave quota result: exactly the fields the server documents."""
    return {key: quota[key] for key in BULK_QUOTA_KEYS}


def bulk_leave_quota(clinician_ids, day):
    clinicians = {c.id: c for c in Clinician.objects.filter(id__in=clinician_ids).prefetch_related("working_terms")}
    results, errors = [], []
    for clinician_id in clinician_ids:
        clinician = clinicians.get(clinician_id)
        if clinician is None:
            errors.append({"clinician_id": clinician_id, "error": f"There is no clinician with id {clinician_id}."})
        elif not clinician.active:
            errors.append({"clinician_id": clinician_id, "error": f"{clinician.name} is not active."})
        else:
            results.append(public(leave_quota(clinician, day)))
    return {
        "results": results,
        "total_count": len(clinician_ids),
        "success_count": len(results),
        "error_count": len(errors),
        "errors": errors,
    }


def quota_problem(request):
    """Why annual leave does not fit the quota of a leave year it touches; None when it fits."""
    for year in range(request.start_date.year, request.end_date.year + 1):
        year_start = datetime.date(year, 1, 1)
        quota = leave_quota(request.clinician, year_start, ignore_request_id=request.id)
        if not quota["has_entitlement"]:
            return f"{request.clinician.name} has no annual leave entitlement in the leave year {year}."
        needed = leave_weeks(request, quota["_terms"], year_start, datetime.date(year, 12, 31))
        remaining = quota["_remaining_weeks"]
        if needed > remaining + EPSILON:
            if remaining <= EPSILON:
                return f"Needs {round(needed, 2):g} weeks; no annual leave remains in the leave year {year}."
            return f"Needs {round(needed, 2):g} weeks; {round(remaining, 2):g} weeks remain in the leave year {year}."
    return None


def duty_share(clinician, day):
    if not clinician.active:
        return 0.0
    term = term_on(list(clinician.working_terms.all()), day)
    return term.share if term and term.participates_in_duty else 0.0


def clinician_stats(clinician, as_of):
    """ClinicianStatsCalculator::forClinician."""
    shifts = Shift.objects.filter(clinician=clinician)
    completed = shifts.filter(status="completed").count() + shifts.filter(status="scheduled", date__lt=as_of).count()
    scheduled = shifts.filter(status="scheduled", date__gte=as_of).count()
    year_start, _ = leave_year(as_of)
    counted = Shift.objects.filter(
        clinician__isnull=False, counts_as_worked=True, status__in=COUNTED_STATUSES, date__gte=year_start, date__lt=as_of
    )
    department = counted.count()
    worked = counted.filter(clinician=clinician).count()
    pool = sum(duty_share(c, as_of) for c in Clinician.objects.filter(active=True).prefetch_related("working_terms"))
    share = duty_share(clinician, as_of)
    expected = department / pool * share if pool > EPSILON else 0.0
    return {
        "clinician_id": clinician.id,
        "clinician_name": clinician.name,
        "current_deficiency": round2(max(0.0, expected - worked)),
        "completed_shifts": completed,
        "scheduled_shifts": scheduled,
        "total_shifts": completed + scheduled,
        "leave_balance_remaining": round2(leave_quota(clinician, as_of)["_remaining_weeks"]),
        "as_of_date": as_of.isoformat(),
    }


def forecast(start, end):
    """StaffingForecast::days: minimums of the active types, their cover, pending leave."""
    types = list(ShiftType.objects.filter(active=True))
    codes = [t.code for t in types]
    cover = defaultdict(int)
    for shift in Shift.objects.filter(
        date__gte=start, date__lte=end, type__in=codes, clinician__isnull=False, counts_toward_minimum=True
    ).exclude(status__in=COVER_EXCLUDED_STATUSES):
        cover[shift.date] += 1
    pending = list(
        LeaveRequest.objects.filter(status="pending", clinician__active=True, start_date__lte=end, end_date__gte=start)
    )
    days = []
    for day in days_between(start, end):
        minimum = sum(t.required_on(day) for t in types)
        scheduled = cover[day]
        on_leave = {r.clinician_id for r in pending if r.start_date <= day <= r.end_date}
        status = "above" if scheduled > minimum else "at" if scheduled == minimum else "below"
        days.append(
            {
                "date": day.isoformat(),
                "day_of_week": day.strftime("%A"),
                "minimum_required": minimum,
                "scheduled_count": scheduled,
                "pending_leave": len(on_leave),
                "status": status,
            }
        )
    return days


def availability(start, end):
    """AvailabilityGrid's doctors_count: active clinicians on shift or free to work each day."""
    clinicians = list(Clinician.objects.filter(active=True).prefetch_related("working_terms"))
    approved = defaultdict(set)
    for request in LeaveRequest.objects.filter(status="approved", start_date__lte=end, end_date__gte=start):
        for day in days_between(max(request.start_date, start), min(request.end_date, end)):
            approved[day].add(request.clinician_id)
    on_shift = defaultdict(set)
    for clinician_id, day in Shift.objects.filter(date__gte=start, date__lte=end, clinician__isnull=False).exclude(
        status="cancelled"
    ).values_list("clinician_id", "date"):
        on_shift[day].add(clinician_id)
    days = []
    for day in days_between(start, end):
        count = 0
        for clinician in clinicians:
            if clinician.id in approved[day]:
                continue
            if clinician.id in on_shift[day] or free_to_work(list(clinician.working_terms.all()), day):
                count += 1
        days.append({"date": day.isoformat(), "doctors_count": count})
    return days


def free_to_work(terms, day):
    if not terms:
        return True
    term = term_on(terms, day)
    if term is None or day.isoweekday() in term.cannot_work_days:
        return False
    return not term.fixed_working_days or day.isoweekday() in term.fixed_working_days


def spread(values):
    """WorkloadSpread over {clinician: value}."""
    if not values:
        return {"min": 0.0, "max": 0.0, "mean": 0.0, "standard_deviation": 0.0, "most": [], "fewest": []}
    numbers = list(values.values())
    low, high = min(numbers), max(numbers)
    mean = sum(numbers) / len(numbers)
    deviation = math.sqrt(sum((n - mean) ** 2 for n in numbers) / len(numbers))

    def named(target):
        return [{"clinician_id": c.id, "clinician_name": c.name} for c, n in values.items() if abs(n - target) < EPSILON]

    return {
        "min": round2(low),
        "max": round2(high),
        "mean": round2(mean),
        "standard_deviation": round2(deviation),
        "most": named(high),
        "fewest": named(low),
    }


def workload(period, as_of):
    """WorkloadCalculator::report for a ReportingPeriod. The server's clinicians have no team,
    so every summary has team_id null and the fairness has the department only."""
    start, end = period.start_date, period.end_date
    days = list(days_between(start, end))
    categories = dict(ShiftType.objects.values_list("code", "category"))
    approved = defaultdict(set)
    for request in LeaveRequest.objects.filter(status="approved", start_date__lte=end, end_date__gte=start):
        approved[request.clinician_id].update(days_between(max(request.start_date, start), min(request.end_date, end)))
    counted = defaultdict(list)
    for shift in Shift.objects.filter(
        date__gte=start, date__lte=end, clinician__isnull=False, counts_as_worked=True, status__in=COUNTED_STATUSES
    ):
        counted[shift.clinician_id].append(shift)

    rows = []
    for clinician in Clinician.objects.prefetch_related("working_terms").order_by("name", "id"):
        if not clinician.active and not counted[clinician.id]:
            continue
        terms = list(clinician.working_terms.all())
        fte_days = duty_days = 0.0
        for day in days:
            term = term_on(terms, day)
            if term is None:
                continue
            fte_days += term.share
            if term.participates_in_duty and clinician.active and day not in approved[clinician.id]:
                duty_days += term.share
        rows.append((clinician, fte_days, duty_days))

    pool = sum(duty for _, _, duty in rows)
    duty_shifts = [s for c, _, duty in rows if duty > EPSILON for s in counted[c.id]]
    duty_hours = sum(s.duration for s in duty_shifts) / 60.0

    summaries, nights_per_fte, weekends_per_fte = [], {}, {}
    for clinician, fte_days, duty_days in rows:
        shifts = counted[clinician.id]
        worked = [s for s in shifts if s.date < as_of]
        scheduled = [s for s in shifts if s.date >= as_of]
        on_duty = duty_days > EPSILON and pool > EPSILON
        expected_shifts = len(duty_shifts) * duty_days / pool if on_duty else 0.0
        expected_hours = duty_hours * duty_days / pool if on_duty else 0.0
        deficiency = expected_shifts - len(shifts) if on_duty else 0.0
        if not on_duty:
            status = "not_on_duty"
        elif deficiency > ON_TRACK_TOLERANCE:
            status = "behind"
        elif deficiency < -ON_TRACK_TOLERANCE:
            status = "ahead"
        else:
            status = "on_track"
        nights = sum(1 for s in shifts if categories.get(s.type) == "night")
        weekends = len({s.date - datetime.timedelta(days=s.date.isoweekday() - 6) for s in shifts if s.date.isoweekday() >= 6})
        summaries.append(
            {
                "clinician_id": clinician.id,
                "clinician_name": clinician.name,
                "team_id": None,
                "team_name": "",
                "active": clinician.active,
                "fte": round2(fte_days / len(days)) if days else 0.0,
                "participates": duty_days > EPSILON,
                "shifts_worked": len(worked),
                "hours_worked": round2(sum(s.duration for s in worked) / 60.0),
                "shifts_scheduled": len(scheduled),
                "hours_scheduled": round2(sum(s.duration for s in scheduled) / 60.0),
                "expected_shifts": round2(expected_shifts),
                "expected_hours": round2(expected_hours),
                "nights": nights,
                "weekends": weekends,
                "on_calls": sum(1 for s in shifts if categories.get(s.type) == "on_call"),
                "bank_holidays": 0,
                "deficiency": round2(deficiency),
                "status": status,
            }
        )
        if duty_days > EPSILON:
            duty_fte = duty_days / len(days)
            nights_per_fte[clinician] = nights / duty_fte
            weekends_per_fte[clinician] = weekends / duty_fte

    return {
        "clinician_summaries": summaries,
        "reporting_period": period.name,
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "as_of_date": as_of.isoformat(),
        "fairness": {
            "department": {
                "clinician_count": len(nights_per_fte),
                "nights_per_fte": spread(nights_per_fte),
                "weekends_per_fte": spread(weekends_per_fte),
            },
            "teams": [],
        },
    }


def reporting_period(name):
    return ReportingPeriod.objects.filter(name=name).first()


def terms_overlap(clinician, start, end, exclude_id=None):
    others = WorkingTerm.objects.filter(clinician=clinician).exclude(id=exclude_id)
    for term in others:
        if term.start_date <= (end or datetime.date.max) and (term.end_date is None or term.end_date >= start):
            return term
    return None
