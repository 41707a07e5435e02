from django.urls import path
from rest_framework.routers import SimpleRouter

from .viewsets import ClinicianViewSetV1, StatisticsViewSetV1

router = SimpleRouter()
router.register("clinicians", ClinicianViewSetV1, basename="v1-clinician")

statistics = StatisticsViewSetV1

urlpatterns = [
    path("statistics/", statistics.as_view({"get": "list"}), name="v1-statistics-list"),
    path("statistics/forecast/", statistics.as_view({"get": "forecast"}), name="v1-statistics-forecast"),
    path("statistics/workload/", statistics.as_view({"get": "workload"}), name="v1-statistics-workload"),
] + router.urls
