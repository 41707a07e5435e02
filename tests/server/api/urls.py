"""The unversioned API (deprecated in favour of /api/v1/, see UnversionedApiMiddleware)."""
from django.urls import path
from rest_framework.routers import DefaultRouter

from . import viewsets

router = DefaultRouter()
router.register("clinicians", viewsets.ClinicianViewSet, basename="clinician")
router.register("working-terms", viewsets.WorkingTermViewSet, basename="workingterm")
router.register("shifts", viewsets.ShiftViewSet, basename="shift")
router.register("leave-requests", viewsets.LeaveRequestViewSet, basename="leaverequest")
router.register("alerts", viewsets.AlertViewSet, basename="alert")
router.register("calculations", viewsets.CalculationViewSet, basename="calculation")

statistics = viewsets.StatisticsViewSet

urlpatterns = [
    path("rota/generate/", viewsets.RotaGenerateView.as_view(), name="rota-generate"),
    path("rebalance/", viewsets.RebalanceView.as_view(), name="rebalance"),
    path("statistics/", statistics.as_view({"get": "list"}), name="statistics-list"),
    path("statistics/forecast/", statistics.as_view({"get": "forecast"}), name="statistics-forecast"),
    path("statistics/workload/", statistics.as_view({"get": "workload"}), name="statistics-workload"),
    path("availability/", viewsets.AvailabilityView.as_view(), name="availability"),
] + router.urls
