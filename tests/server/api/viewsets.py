from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from rest_framework import filters, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from . import calculations, throttles
from .leaveprocessor import LeaveRequestProcessor, LeaveStepRefused
from .mixins import APIRequestLoggingMixin
from .models import Alert, Clinician, LeaveRequest, Shift, WorkingTerm
from .pagination import OptionalPageNumberPagination
from .serializers import (
    AlertSerializer,
    BulkLeaveQuotaSerializer,
    ClinicianSerializer,
    DateRangeSerializer,
    MAX_ID,
    LeaveRequestSerializer,
    ShiftSerializer,
    WorkingTermSerializer,
)

ID_PATTERN = r"-?[0-9]+"


def query_date(request, name):
    value = request.query_params.get(name)
    if value in (None, ""):
        return None
    field = DateRangeSerializer().fields["start_date"]
    try:
        return field.to_internal_value(value)
    except ValidationError as error:
        raise ValidationError({name: error.detail})


def query_id(request, name):
    value = request.query_params.get(name, "")
    if not value.isdigit() or len(value) > 18:
        raise ValidationError({name: ["A valid integer is required."]})
    return int(value)


def date_range(request):
    serializer = DateRangeSerializer(data=request.query_params)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data["start_date"], serializer.validated_data["end_date"]


class ResourceViewSet(APIRequestLoggingMixin, viewsets.ModelViewSet):
    throttle_classes = throttles.STANDARD
    pagination_class = OptionalPageNumberPagination
    lookup_value_regex = ID_PATTERN
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]

    def get_object(self):
        # An id beyond SQLite's integer range cannot exist; asking SQLite for it would overflow.
        value = self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        if abs(int(value)) > MAX_ID:
            raise Http404(f"No {self.get_queryset().model._meta.object_name} matches the given query.")
        return super().get_object()

    def paginated(self, queryset, serializer_class=None):
        serializer_class = serializer_class or self.get_serializer_class()
        page = self.paginate_queryset(queryset)
        if page is not None:
            return self.get_paginated_response(serializer_class(page, many=True).data)
        return Response(serializer_class(queryset, many=True).data)


class ClinicianBaseViewSet(ResourceViewSet):
    """CRUD plus the active and stats actions: the clinicians of the unversioned API and of v1."""

    queryset = Clinician.objects.all()
    serializer_class = ClinicianSerializer
    filter_backends = [filters.SearchFilter, filters.OrderingFilter]
    search_fields = ["name"]
    ordering_fields = ["id", "name", "active", "created_at", "updated_at"]
    ordering = ["name", "id"]

    @action(detail=False)
    def active(self, request):
        return self.paginated(self.filter_queryset(self.get_queryset()).filter(active=True))

    @action(detail=True, throttle_classes=throttles.EXPENSIVE)
    def stats(self, request, pk=None):
        as_of = query_date(request, "as_of_date") or timezone.localdate()
        return Response(calculations.clinician_stats(self.get_object(), as_of))


class ClinicianViewSet(ClinicianBaseViewSet):
    """The unversioned clinicians also nest their working terms."""

    @action(detail=True, url_path="working-terms")
    def working_terms(self, request, pk=None):
        clinician = self.get_object()
        terms = WorkingTerm.objects.filter(clinician=clinician).select_related("clinician")
        return self.paginated(terms, WorkingTermSerializer)


class WorkingTermViewSet(ResourceViewSet):
    queryset = WorkingTerm.objects.select_related("clinician")
    serializer_class = WorkingTermSerializer


class ShiftViewSet(ResourceViewSet):
    serializer_class = ShiftSerializer

    def get_queryset(self):
        shifts = Shift.objects.select_related("clinician")
        if self.action == "list":
            date_from, date_to = query_date(self.request, "date_from"), query_date(self.request, "date_to")
            if date_from:
                shifts = shifts.filter(date__gte=date_from)
            if date_to:
                shifts = shifts.filter(date__lte=date_to)
        return shifts

    def perform_create(self, serializer):
        serializer.save(created_by=self.request.user.get_username(), modified_by=self.request.user.get_username())

    def perform_update(self, serializer):
        serializer.save(modified_by=self.request.user.get_username())

    def set_pinned(self, pinned):
        shift = self.get_object()
        shift.is_pinned = pinned
        shift.modified_by = self.request.user.get_username()
        shift.save()
        return Response(self.get_serializer(shift).data)

    @action(detail=True, methods=["patch"])
    def pin(self, request, pk=None):
        return self.set_pinned(True)

    @action(detail=True, methods=["patch"])
    def unpin(self, request, pk=None):
        return self.set_pinned(False)


class LeaveRequestViewSet(ResourceViewSet):
    queryset = LeaveRequest.objects.select_related("clinician")
    serializer_class = LeaveRequestSerializer

    def perform_create(self, serializer):
        request = LeaveRequest(**serializer.validated_data)
        serializer.instance = LeaveRequestProcessor(self.request.user).process_request(request)

    def perform_update(self, serializer):
        # The serializer allows only pending -> approved or denied; the processor does the rest.
        new_status = serializer.validated_data.pop("status", serializer.instance.status)
        leave = serializer.save()
        processor = LeaveRequestProcessor(self.request.user)
        if leave.status == "pending" and new_status == "approved":
            processor.approve(leave)
        elif leave.status == "pending" and new_status == "denied":
            processor.deny(leave, leave.denial_reason)

    @action(detail=False)
    def mine(self, request):
        clinician_id = query_id(request, "clinician_id")
        get_object_or_404(Clinician, pk=clinician_id)
        return self.paginated(self.get_queryset().filter(clinician_id=clinician_id))

    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        leave = self.get_object()
        try:
            LeaveRequestProcessor(request.user).cancel_request(leave)
        except LeaveStepRefused as refused:
            raise ValidationError({"status": [str(refused)]})
        return Response(self.get_serializer(leave).data)


class AlertViewSet(ResourceViewSet):
    serializer_class = AlertSerializer

    def get_queryset(self):
        alerts = Alert.objects.all()
        if self.action == "list" and self.request.query_params.get("active", "").lower() != "false":
            alerts = alerts.filter(status="ACTIVE")
        return alerts

    def close(self, new_status):
        alert = self.get_object()
        alert.status = new_status
        alert.resolved_at = timezone.now()
        alert.save()
        return Response(self.get_serializer(alert).data)

    @action(detail=True, methods=["post"])
    def resolve(self, request, pk=None):
        return self.close("RESOLVED")

    @action(detail=True, methods=["post"])
    def dismiss(self, request, pk=None):
        return self.close("DISMISSED")


class CalculationViewSet(APIRequestLoggingMixin, viewsets.ViewSet):
    throttle_classes = throttles.STANDARD

    def list(self, request):
        return Response({"bulk-leave-quota": reverse("calculation-bulk-leave-quota", request=request)})

    @action(detail=False, methods=["post"], url_path="bulk-leave-quota", throttle_classes=throttles.EXPENSIVE)
    def bulk_leave_quota(self, request):
        serializer = BulkLeaveQuotaSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        return Response(calculations.bulk_leave_quota(data["clinician_ids"], data.get("as_of_date") or timezone.localdate()))


class StatisticsViewSet(APIRequestLoggingMixin, viewsets.ViewSet):
    throttle_classes = throttles.EXPENSIVE
    route_prefix = ""

    def list(self, request):
        return Response({name: reverse(f"{self.route_prefix}statistics-{name}", request=request) for name in ("forecast", "workload")})

    @action(detail=False)
    def forecast(self, request):
        start, end = date_range(request)
        return Response(calculations.forecast(start, end))

    @action(detail=False)
    def workload(self, request):
        name = request.query_params.get("reporting_period") or "Period 1"
        period = calculations.reporting_period(name)
        if period is None:
            raise ValidationError({"reporting_period": [f'There is no reporting period "{name}".']})
        as_of = query_date(request, "as_of_date") or timezone.localdate()
        return Response(calculations.workload(period, as_of))


class AvailabilityView(APIRequestLoggingMixin, APIView):
    throttle_classes = throttles.EXPENSIVE

    def get(self, request):
        start, end = date_range(request)
        return Response(calculations.availability(start, end))


class DeprecatedView(APIRequestLoggingMixin, APIView):
    throttle_classes = throttles.STANDARD
    message = ""

    def post(self, request):
        return Response({"error": self.message}, status=status.HTTP_501_NOT_IMPLEMENTED)


class RotaGenerateView(DeprecatedView):
    message = (
        "This endpoint has been deprecated. Rota generation is phase-based: use the admin interface "
        "(/admin/rota/) or `manage.py generate_rota --phase <1|3|4|6|all>`."
    )


class RebalanceView(DeprecatedView):
    message = (
        "This endpoint has been deprecated. The rebalancing service depended on the replaced RotaGenerator; "
        "a reimplementation is planned."
    )
