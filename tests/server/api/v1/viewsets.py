from rest_framework.response import Response

from ..viewsets import ClinicianBaseViewSet, StatisticsViewSet


class ClinicianViewSetV1(ClinicianBaseViewSet):
    """Same shapes as the unversioned clinicians (CRUD, active, stats; no nested working
    terms), never paginated."""

    pagination_class = None


class StatisticsViewSetV1(StatisticsViewSet):
    """The unversioned statistics wrapped in a "version": "v1" envelope."""

    route_prefix = "v1-"

    def list(self, request):
        return Response({"version": "v1", **super().list(request).data})

    def forecast(self, request):
        days = super().forecast(request).data
        start = days[0]["date"] if days else None
        end = days[-1]["date"] if days else None
        return Response({"version": "v1", "start_date": start, "end_date": end, "results": days})

    def workload(self, request):
        return Response({"version": "v1", **super().workload(request).data})
