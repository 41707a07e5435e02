from django.http import Http404, JsonResponse
from rest_framework.exceptions import NotFound
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    """DRF's handler, keeping the message of a 404 ("No Clinician matches the given query.", as
    the server documents; DRF 3.14 drops it); anything else becomes a JSON 500
    (APIRequestLoggingMixin logs its trace)."""
    if isinstance(exc, Http404) and exc.args:
        exc = NotFound(str(exc.args[0]))
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
