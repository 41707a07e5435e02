from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import Resolver404, resolve

UNVERSIONED_PREFIX = "/api/"
VERSIONED_PREFIXES = ("/api/v1/", "/api/v2/", "/api/schema/")


class BodySizeLimitMiddleware:
    """Refuses a body above DATA_UPLOAD_MAX_MEMORY_SIZE before anything reads it. Django applies
    that limit to form posts only; DRF's JSON parser would read any size."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return JsonResponse({"detail": "The Content-Length header is not a number."}, status=400)
        if limit is not None and length > limit:
            return JsonResponse({"detail": f"Request body is larger than {limit} bytes."}, status=413)
        return self.get_response(request)


def v1_twin(path):
    """The /api/v1/ path serving the same resource as an unversioned path, or None."""
    if not path.startswith(UNVERSIONED_PREFIX) or path.startswith(VERSIONED_PREFIXES):
        return None
    candidate = "/api/v1/" + path[len(UNVERSIONED_PREFIX):]
    try:
        resolve(candidate)
    except Resolver404:
        return None
    return candidate


class UnversionedApiMiddleware:
    """The unversioned API is deprecated in favour of /api/v1/. A route with a v1 twin carries
    `Deprecation: true` and a successor-version link, or, with ROTADESK_UNVERSIONED_REDIRECT=1,
    answers 308 (method and body kept) to the twin. Routes that exist only unversioned (shifts,
    leave, alerts, ...) have nowhere to go, so they are always served as documented."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        twin = v1_twin(request.path_info)
        if twin is None:
            return self.get_response(request)
        query = request.META.get("QUERY_STRING", "")
        target = twin + ("?" + query if query else "")
        if settings.ROTADESK_UNVERSIONED_REDIRECT:
            response = HttpResponse(status=308)
            response["Location"] = target
        else:
            response = self.get_response(request)
        response["Deprecation"] = "true"
        response["Link"] = f'<{twin}>; rel="successor-version"'
        return response
