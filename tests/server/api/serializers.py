import datetime

from django.utils import timezone
from rest_framework import serializers

from .calculations import terms_overlap
from .models import WEEKDAYS, Alert, Clinician, LeaveRequest, Shift, WorkingTerm

MAX_ID = 2**63 - 1


class ClinicianField(serializers.PrimaryKeyRelatedField):
    """A clinician id; one beyond SQLite's integer range is "does not exist", not a crash."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int) and not (isinstance(data, str) and data.isdigit()):
            self.fail("incorrect_type", data_type=type(data).__name__)
        if not 0 < int(data) <= MAX_ID:
            self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(int(data))


class RejectUnknownFieldsMixin:
    """Refuses fields it does not know, so a misspelt field is an error rather than silently
    dropped. Read-only fields are accepted and ignored: a client may send back what it read."""

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: ["This field is not known."] for name in unknown})
        return super().to_internal_value(data)


class StrictModelSerializer(RejectUnknownFieldsMixin, serializers.ModelSerializer):
    pass


class ClinicianSerializer(StrictModelSerializer):
    class Meta:
        model = Clinician
        fields = ["id", "name", "active", "created_at", "updated_at"]


def weekday_list():
    return serializers.ListField(
        child=serializers.IntegerField(min_value=WEEKDAYS.start, max_value=WEEKDAYS.stop - 1), required=False, max_length=7
    )


class WorkingTermSerializer(StrictModelSerializer):
    clinician = ClinicianField(queryset=Clinician.objects.all())
    clinician_name = serializers.CharField(source="clinician.name", read_only=True)
    percentage = serializers.FloatField(min_value=0.0, max_value=100.0, required=False)
    annual_leave_entitlement = serializers.FloatField(min_value=0.0, max_value=52.0, required=False, allow_null=True)
    fixed_working_days = weekday_list()
    fixed_half_days = weekday_list()
    cannot_work_days = weekday_list()
    must_work_days = weekday_list()

    class Meta:
        model = WorkingTerm
        fields = [
            "id",
            "clinician",
            "clinician_name",
            "type",
            "start_date",
            "end_date",
            "percentage",
            "fixed_working_days",
            "fixed_half_days",
            "cannot_work_days",
            "must_work_days",
            "annual_leave_entitlement",
            "participates_in_duty",
            "created_at",
            "updated_at",
        ]

    def validate(self, attrs):
        value = lambda name, default=None: attrs.get(name, getattr(self.instance, name, default))  # noqa: E731
        start, end = value("start_date"), value("end_date")
        errors = {}
        if end is not None and end < start:
            errors["end_date"] = [f"The working term ends on {end}, before it starts on {start}."]
        if value("percentage", 100.0) <= 0:
            errors["percentage"] = ["The FTE percentage must be more than 0 and at most 100."]
        cannot = set(value("cannot_work_days", []) or [])
        for name in ("must_work_days", "fixed_working_days", "fixed_half_days"):
            both = sorted(cannot & set(value(name, []) or []))
            if both:
                errors[name] = [f"A day cannot be both in {name} and a cannot-work day: {both}."]
        if not errors:
            other = terms_overlap(value("clinician"), start, end, exclude_id=getattr(self.instance, "id", None))
            if other is not None:
                errors["start_date"] = [f"The term overlaps working term {other.id} of the same clinician."]
        if errors:
            raise serializers.ValidationError(errors)
        for name in ("fixed_working_days", "fixed_half_days", "cannot_work_days", "must_work_days"):
            if name in attrs:
                attrs[name] = sorted(set(attrs[name]))
        return attrs


class ShiftSerializer(StrictModelSerializer):
    clinician = ClinicianField(queryset=Clinician.objects.all(), allow_null=True, required=False)
    clinician_name = serializers.CharField(source="clinician.name", read_only=True, default=None)
    duration = serializers.IntegerField(min_value=0, max_value=24 * 60, required=False)

    class Meta:
        model = Shift
        fields = [
            "id",
            "clinician",
            "clinician_name",
            "date",
            "type",
            "duration",
            "status",
            "is_pinned",
            "counts_as_worked",
            "counts_toward_minimum",
            "created_by",
            "created_at",
            "modified_by",
            "modified_at",
        ]
        read_only_fields = ["created_by", "modified_by"]


class LeaveRequestSerializer(StrictModelSerializer):
    """Status changes follow the leave processor: a new request is processed (pending, or
    denied beyond the quota); pending becomes approved or denied (with a reason); cancelling
    is the cancel action's."""

    clinician = ClinicianField(queryset=Clinician.objects.all())
    clinician_name = serializers.CharField(source="clinician.name", read_only=True)

    class Meta:
        model = LeaveRequest
        fields = [
            "id",
            "clinician",
            "clinician_name",
            "type",
            "start_date",
            "end_date",
            "status",
            "requested_at",
            "processed_at",
            "processed_by",
            "denial_reason",
            "affected_shift_count",
        ]
        read_only_fields = ["requested_at", "processed_at", "processed_by", "affected_shift_count"]

    def validate(self, attrs):
        value = lambda name: attrs.get(name, getattr(self.instance, name, None))  # noqa: E731
        errors = {}
        if value("end_date") < value("start_date"):
            errors["end_date"] = [f"The leave ends on {value('end_date')}, before it starts on {value('start_date')}."]
        if self.instance is None:
            if not attrs["clinician"].active:
                errors["clinician"] = [f"{attrs['clinician'].name} is not active; leave cannot be requested for them."]
            if attrs.get("status", "pending") != "pending":
                errors["status"] = ["A new leave request starts as pending."]
        else:
            status = attrs.get("status", self.instance.status)
            if status != self.instance.status:
                allowed = {"pending": ("approved", "denied")}.get(self.instance.status, ())
                if status not in allowed:
                    errors["status"] = [
                        f"A {self.instance.status} request cannot become {status} here; cancelling uses the cancel action."
                    ]
                elif status == "denied" and not value("denial_reason"):
                    errors["denial_reason"] = ["A denied request needs the reason it was denied."]
            changed = [n for n in ("clinician", "type", "start_date", "end_date") if n in attrs and attrs[n] != getattr(self.instance, n)]
            if changed and self.instance.status != "pending":
                errors[changed[0]] = [f"A {self.instance.status} request cannot be changed."]
        if errors:
            raise serializers.ValidationError(errors)
        return attrs


class AlertSerializer(StrictModelSerializer):
    type_label = serializers.CharField(source="get_type_display", read_only=True)

    class Meta:
        model = Alert
        fields = ["id", "type", "type_label", "severity", "date", "message", "details", "status", "created_at", "resolved_at"]
        read_only_fields = ["resolved_at"]

    def validate(self, attrs):
        if "status" in attrs:
            was_active = self.instance is None or self.instance.status == "ACTIVE"
            if attrs["status"] == "ACTIVE":
                attrs["resolved_at"] = None
            elif was_active:
                attrs["resolved_at"] = timezone.now()
        return attrs


class BulkLeaveQuotaSerializer(RejectUnknownFieldsMixin, serializers.Serializer):
    clinician_ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID), allow_empty=False, max_length=100
    )
    as_of_date = serializers.DateField(required=False)


class DateRangeSerializer(serializers.Serializer):
    """start_date (today by default) and end_date (start + `weeks` weeks, 4 by default)."""

    start_date = serializers.DateField(required=False)
    end_date = serializers.DateField(required=False)
    weeks = serializers.IntegerField(required=False, min_value=1, max_value=104)

    def validate(self, attrs):
        start = attrs.get("start_date") or timezone.localdate()
        end = attrs.get("end_date")
        if end is None:
            try:
                end = start + datetime.timedelta(weeks=attrs.get("weeks", 4))
            except OverflowError:
                raise serializers.ValidationError({"end_date": [f"The range would end after {datetime.date.max}."]})
        if end < start:
            raise serializers.ValidationError({"end_date": [f"The range ends on {end}, before it starts on {start}."]})
        if (end - start).days > 366 * 2:
            raise serializers.ValidationError({"end_date": ["The range is longer than two years."]})
        return {"start_date": start, "end_date": end}
