"""The JSON endpoints of the rota calendar and the leave booking pages. They are DRF views so
that they share the API's session login, CSRF check, throttling, logging and error shapes."""
import datetime
from collections import defaultdict

from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils import timezone
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from api import calculations, throttles
from api.leaveprocessor import LeaveRequestProcessor
from api.mixins import APIRequestLoggingMixin
from api.models import Alert, Clinician, LeaveRequest, Shift
from api.serializers import MAX_ID, LeaveRequestSerializer, RejectUnknownFieldsMixin, ShiftSerializer
from api.viewsets import query_date, query_id

LEAVE_KEYS = {
    "annual": "annualLeaveByDate",
    "requested_off": "requestedOffByDate",
    "coroners": "coronersLeaveByDate",
    "study": "studyLeaveByDate",
}
MAX_DAYS = 366


def required_range(request):
    start, end = query_date(request, "start_date"), query_date(request, "end_date")
    errors = {name: ["This parameter is required."] for name, value in (("start_date", start), ("end_date", end)) if value is None}
    if not errors and end < start:
        errors["end_date"] = [f"The range ends on {end}, before it starts on {start}."]
    if not errors and (end - start).days >= MAX_DAYS:
        errors["end_date"] = [f"The range is longer than {MAX_DAYS} days."]
    if errors:
        raise ValidationError(errors)
    return start, end


def own_clinician(user):
    return Clinician.objects.filter(user=user).first()


def optional_clinician(request):
    """The clinician_id parameter's clinician, else the account's own, else None."""
    if not request.query_params.get("clinician_id"):
        return own_clinician(request.user)
    return get_object_or_404(Clinician, pk=query_id(request, "clinician_id"))


def leave_entry(leave):
    return {"leave_request_id": leave.id, "clinician_id": leave.clinician_id, "clinician_name": leave.clinician.name, "status": leave.status}


class CalendarDataView(APIRequestLoggingMixin, APIView):
    """Shifts, leave (approved and pending) and, for staff users, active alerts by date."""

    throttle_classes = throttles.STANDARD

    def get(self, request):
        start, end = required_range(request)
        clinician = optional_clinician(request)
        data = {
            "shiftsByDate": defaultdict(list),
            "ownShiftsByDate": defaultdict(list),
            "today": timezone.localdate().isoformat(),
            **{key: defaultdict(list) for key in LEAVE_KEYS.values()},
            "ownAnnualLeaveByDate": defaultdict(list),
        }
        for shift in Shift.objects.filter(date__gte=start, date__lte=end).select_related("clinician"):
            entry = ShiftSerializer(shift).data
            data["shiftsByDate"][shift.date.isoformat()].append(entry)
            if clinician and shift.clinician_id == clinician.id:
                data["ownShiftsByDate"][shift.date.isoformat()].append(entry)
        requests = LeaveRequest.objects.filter(
            type__in=LEAVE_KEYS, status__in=("approved", "pending"), start_date__lte=end, end_date__gte=start
        ).select_related("clinician")
        for leave in requests:
            for day in calculations.days_between(max(leave.start_date, start), min(leave.end_date, end)):
                data[LEAVE_KEYS[leave.type]][day.isoformat()].append(leave_entry(leave))
                if clinician and leave.type == "annual" and leave.clinician_id == clinician.id:
                    data["ownAnnualLeaveByDate"][day.isoformat()].append(leave_entry(leave))
        if request.user.is_staff:
            alerts = defaultdict(list)
            for alert in Alert.objects.filter(status="ACTIVE", date__gte=start, date__lte=end):
                alerts[alert.date.isoformat()].append(
                    {"id": alert.id, "type": alert.type, "type_label": alert.get_type_display(), "severity": alert.severity, "message": alert.message}
                )
            data["alertsByDate"] = alerts
        return Response(data)


def leave_capacity():
    """How many may be on leave on one day: a fifth of the active clinicians, at least one
    (RotaDesk's LeaveCapacity default; the server has no teams)."""
    return max(1, Clinician.objects.filter(active=True).count() // 5)


class LeaveBookingCalendarView(APIRequestLoggingMixin, APIView):
    """Per day: who is on leave (approved or pending), the capacity, the places left, how many
    can work; with clinician_id, that clinician's own leave."""

    throttle_classes = throttles.STANDARD

    def get(self, request):
        start, end = required_range(request)
        clinician = optional_clinician(request)
        capacity = leave_capacity()
        on_leave = defaultdict(set)
        own = {}
        for leave in LeaveRequest.objects.filter(status__in=("approved", "pending"), start_date__lte=end, end_date__gte=start):
            for day in calculations.days_between(max(leave.start_date, start), min(leave.end_date, end)):
                on_leave[day].add(leave.clinician_id)
                if clinician and leave.clinician_id == clinician.id:
                    own[day] = {"leave_request_id": leave.id, "type": leave.type, "status": leave.status}
        days = []
        for available in calculations.availability(start, end):
            day = datetime.date.fromisoformat(available["date"])
            remaining = max(0, capacity - len(on_leave[day]))
            days.append(
                {
                    "date": available["date"],
                    "on_leave": len(on_leave[day]),
                    "capacity": capacity,
                    "remaining": remaining,
                    "full": remaining == 0,
                    "doctors_count": available["doctors_count"],
                    "own_leave": own.get(day),
                }
            )
        return Response({"start_date": start.isoformat(), "end_date": end.isoformat(), "capacity": capacity, "days": days})


class LeaveBookingSerializer(RejectUnknownFieldsMixin, serializers.Serializer):
    """The documented body is leave_type and dates, for the account's own clinician;
    clinician_id books for another (a coordinator's account is nobody's)."""

    clinician_id = serializers.IntegerField(min_value=1, max_value=MAX_ID, required=False)
    leave_type = serializers.ChoiceField(choices=LeaveRequest.TYPES)
    dates = serializers.ListField(child=serializers.DateField(), allow_empty=False, max_length=100)


def consecutive_runs(dates):
    """[(first, last)] of the runs of consecutive days in `dates`."""
    runs = []
    for day in sorted(set(dates)):
        if runs and runs[-1][1] + datetime.timedelta(days=1) == day:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return [tuple(run) for run in runs]


class LeaveBookingSubmitView(APIRequestLoggingMixin, APIView):
    """Books leave for chosen dates: each run of consecutive dates becomes one leave request,
    processed as a request created through the API (quota check, affected shifts)."""

    throttle_classes = throttles.STANDARD

    def post(self, request):
        serializer = LeaveBookingSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        if "clinician_id" not in data:
            clinician = own_clinician(request.user)
            if clinician is None:
                raise ValidationError({"clinician_id": ["This account is not a clinician's; give the clinician_id to book for."]})
        else:
            clinician = Clinician.objects.filter(pk=data["clinician_id"]).first()
        if clinician is None:
            raise ValidationError({"clinician_id": [f"There is no clinician with id {data['clinician_id']}."]})
        if not clinician.active:
            raise ValidationError({"clinician_id": [f"{clinician.name} is not active; leave cannot be requested for them."]})
        processor = LeaveRequestProcessor(request.user)
        with transaction.atomic():
            created = [
                processor.process_request(LeaveRequest(clinician=clinician, type=data["leave_type"], start_date=first, end_date=last))
                for first, last in consecutive_runs(data["dates"])
            ]
        return Response({"leave_requests": LeaveRequestSerializer(created, many=True).data}, status=status.HTTP_201_CREATED)
