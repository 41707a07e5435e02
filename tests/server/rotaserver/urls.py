from django.http import JsonResponse
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.renderers import JSONRenderer


def home(request):
    """Where a login lands (LOGIN_REDIRECT_URL): a pointer to the API."""
    return JsonResponse({"api": "/api/v1/", "unversioned_api": "/api/", "schema": "/api/schema/"})


urlpatterns = [
    path("", home, name="home"),
    path("accounts/", include("allauth.urls")),
    path("api/schema/", SpectacularAPIView.as_view(renderer_classes=[JSONRenderer]), name="schema"),
    path("api/v1/", include("api.v1.urls")),
    path("api/v2/", include("api.v2.urls")),
    path("", include("frontend.urls")),
    path("api/", include("api.urls")),
]

handler404 = "api.exceptions.not_found"
handler500 = "api.exceptions.server_error"
