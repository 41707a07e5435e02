from django.conf import settings
from rest_framework.pagination import PageNumberPagination


class OptionalPageNumberPagination(PageNumberPagination):
    """Bare arrays, as the server documents, unless ROTADESK_PAGINATION=1 asks for pages of
    count/next/previous/results (the shape a sync client must also accept)."""

    page_size = 50

    def paginate_queryset(self, queryset, request, view=None):
        if not settings.ROTADESK_PAGINATION:
            return None
        return super().paginate_queryset(queryset, request, view)
