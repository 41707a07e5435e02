from django.http import JsonResponse
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    """DRF's handler; anything else becomes a JSON 500 (APIRequestLoggingMixin logs its trace)."""
    response = drf_exception_handler(exc, context)
    if response is None:
        return JsonResponse({"detail": "Server error."}, status=500)
    return response


def not_found(request, exception=None):
    return JsonResponse({"detail": "Not found."}, status=404)


def server_error(request):
    return JsonResponse({"detail": "Server error."}, status=500)


def csrf_failure(request, reason=""):
    return JsonResponse({"detail": f"CSRF Failed: {reason}"}, status=403)
