from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication


class SessionAuthentication(authentication.SessionAuthentication):
    """DRF's session authentication answers 403 to a request without a session; the server
    documents 401, which a WWW-Authenticate challenge gives."""

    def authenticate_header(self, request):
        return 'Session realm="api"'


class SessionAuthenticationScheme(OpenApiAuthenticationExtension):
    """Describes the session cookie in the OpenAPI schema."""

    target_class = "api.authentication.SessionAuthentication"
    name = "cookieAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "apiKey", "in": "cookie", "name": "sessionid"}
