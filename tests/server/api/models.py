"""The rota server's records. Choice values are RotaDesk's own (core/model), so that sync maps
them one to one; alert statuses are upper case as the server documents them."""
from django.conf import settings
from django.db import models

WEEKDAYS = range(1, 8)  # ISO weekdays, Monday = 1, as RotaDesk's WeekdaySet


class Clinician(models.Model):
    name = models.CharField(max_length=200)
    active = models.BooleanField(default=True)
    # The clinician who logs in with this account, if any: whose leave the leave booking page
    # submits and whose rota is "own" in the calendar data. Not part of the documented API.
    user = models.OneToOneField(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="clinician")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self):
        return self.name


class WorkingTerm(models.Model):
    TYPES = [
        ("substantive", "Substantive"),
        ("less_than_full_time", "Less than full time"),
        ("fixed_term", "Fixed term"),
        ("locum", "Locum"),
        ("honorary", "Honorary"),
    ]

    clinician = models.ForeignKey(Clinician, on_delete=models.CASCADE, related_name="working_terms")
    type = models.CharField(max_length=32, choices=TYPES, default="substantive")
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)  # open-ended when empty
    percentage = models.FloatField(default=100.0)  # FTE percentage
    fixed_working_days = models.JSONField(default=list, blank=True)
    fixed_half_days = models.JSONField(default=list, blank=True)
    cannot_work_days = models.JSONField(default=list, blank=True)
    must_work_days = models.JSONField(default=list, blank=True)
    annual_leave_entitlement = models.FloatField(null=True, blank=True)  # weeks per leave year
    participates_in_duty = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-start_date", "-id"]

    def covers(self, day):
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)

    @property
    def share(self):
        return self.percentage / 100.0


class ShiftType(models.Model):
    """A shift type's minimum cover and category. Not part of the documented API: the forecast
    and the workload report need it, and the demo data and tests create it."""

    CATEGORIES = [("regular", "Regular"), ("night", "Night"), ("on_call", "On call")]

    code = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=100)
    category = models.CharField(max_length=16, choices=CATEGORIES, default="regular")
    minimum_weekday = models.PositiveIntegerField(default=0)
    minimum_weekend = models.PositiveIntegerField(default=0)
    active = models.BooleanField(default=True)

    def required_on(self, day):
        return self.minimum_weekend if day.isoweekday() >= 6 else self.minimum_weekday


class Shift(models.Model):
    STATUSES = [
        ("scheduled", "Scheduled"),
        ("completed", "Completed"),
        ("cancelled", "Cancelled"),
        ("needs_reassignment", "Needs reassignment"),
    ]

    clinician = models.ForeignKey(Clinician, null=True, blank=True, on_delete=models.SET_NULL, related_name="shifts")
    date = models.DateField()
    type = models.CharField(max_length=16)  # a shift type's code
    duration = models.PositiveIntegerField(default=0)  # minutes
    status = models.CharField(max_length=32, choices=STATUSES, default="scheduled")
    is_pinned = models.BooleanField(default=False)
    counts_as_worked = models.BooleanField(default=True)
    counts_toward_minimum = models.BooleanField(default=True)
    created_by = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    modified_by = models.CharField(max_length=150, blank=True)
    modified_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["date", "clinician__name", "clinician_id", "id"]


class LeaveRequest(models.Model):
    TYPES = [
        ("annual", "Annual leave"),
        ("study", "Study leave"),
        ("coroners", "Coroner's leave"),
        ("requested_off", "Requested off"),
        ("sick", "Sick leave"),
        ("parental", "Parental leave"),
    ]
    STATUSES = [("pending", "Pending"), ("approved", "Approved"), ("denied", "Denied"), ("cancelled", "Cancelled")]

    clinician = models.ForeignKey(Clinician, on_delete=models.CASCADE, related_name="leave_requests")
    type = models.CharField(max_length=32, choices=TYPES)
    start_date = models.DateField()
    end_date = models.DateField()
    status = models.CharField(max_length=16, choices=STATUSES, default="pending")
    requested_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    processed_by = models.CharField(max_length=150, blank=True)
    denial_reason = models.TextField(blank=True)
    affected_shift_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-requested_at", "-id"]


class LeaveShiftChange(models.Model):
    """What approving a leave request did to one shift, so that cancelling it can put back
    shifts nobody has changed since (as RotaDesk reads it from its journal)."""

    leave_request = models.ForeignKey(LeaveRequest, on_delete=models.CASCADE, related_name="shift_changes")
    shift = models.ForeignKey(Shift, on_delete=models.CASCADE, related_name="+")
    clinician_before = models.ForeignKey(Clinician, null=True, on_delete=models.SET_NULL, related_name="+")
    status_before = models.CharField(max_length=32)
    clinician_after = models.ForeignKey(Clinician, null=True, on_delete=models.SET_NULL, related_name="+")
    status_after = models.CharField(max_length=32)


class Alert(models.Model):
    TYPES = [
        ("coverage_below_minimum", "Coverage below minimum"),
        ("rest_too_short", "Rest under 11 hours"),
        ("working_on_leave", "Working while on leave"),
        ("cannot_work_day", "Working on a cannot-work day"),
        ("must_work_day_not_worked", "Must-work day not worked"),
        ("double_booked", "Double-booked"),
        ("too_many_consecutive_nights", "Too many consecutive nights"),
        ("weekly_hours_over_fte", "Weekly hours beyond FTE share"),
        ("leave_quota_exceeded", "Leave quota exceeded"),
    ]
    SEVERITIES = [("info", "Info"), ("warning", "Warning"), ("critical", "Critical")]
    STATUSES = [("ACTIVE", "Active"), ("RESOLVED", "Resolved"), ("DISMISSED", "Dismissed")]

    type = models.CharField(max_length=64, choices=TYPES)
    severity = models.CharField(max_length=16, choices=SEVERITIES, default="warning")
    date = models.DateField()
    message = models.TextField()
    details = models.TextField(blank=True)
    status = models.CharField(max_length=16, choices=STATUSES, default="ACTIVE")
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-date", "-created_at", "-id"]


class ReportingPeriod(models.Model):
    """A named span the workload report covers ("Period 1")."""

    name = models.CharField(max_length=100, unique=True)
    start_date = models.DateField()
    end_date = models.DateField()
