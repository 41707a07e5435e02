import logging
import re
import time
from urllib.parse import unquote_plus

logger = logging.getLogger("api.requests")

SLOW_REQUEST_SECONDS = 1.0
# Query parameters whose values never reach the log.
SECRET_PARAMETERS = ("password", "token", "csrf", "session", "secret")


def is_secret(name):
    return any(word in name.lower() for word in SECRET_PARAMETERS)


def loggable_params(query):
    return {key: "***" if is_secret(key) else query.getlist(key) for key in query}


def redact_query(text):
    """`text` with the value of each secret-looking query parameter replaced by ***."""
    def redact(match):
        return f"{match.group(1)}{match.group(2)}=***" if is_secret(unquote_plus(match.group(2))) else match.group(0)

    return re.sub(r"([?&])([^=&\s]+)=[^&\s]*", redact, text)


class RedactQueryFilter(logging.Filter):
    """For the development server's access log ("GET /path?query HTTP/1.1"), which would
    otherwise show what loggable_params hides."""

    def filter(self, record):
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(redact_query(arg) if isinstance(arg, str) else arg for arg in record.args)
        return True


class APIRequestLoggingMixin:
    """Logs each request (method, path, user, query parameters), its status and duration, the
    stack trace of an error, and a warning for a request slower than a second. Bodies, headers
    and cookies are never logged: they carry passwords, CSRF tokens and session ids."""

    def initial(self, request, *args, **kwargs):
        # Throttles before permissions (DRF checks them after), so that the burst tier limits
        # anonymous requests instead of every one of them stopping at 401 uncounted.
        self.format_kwarg = self.get_format_suffix(**kwargs)
        neg = self.perform_content_negotiation(request)
        request.accepted_renderer, request.accepted_media_type = neg
        version, scheme = self.determine_version(request, *args, **kwargs)
        request.version, request.versioning_scheme = version, scheme
        self.perform_authentication(request)
        self.check_throttles(request)
        self.check_permissions(request)

    def dispatch(self, request, *args, **kwargs):
        started = time.monotonic()
        response = super().dispatch(request, *args, **kwargs)
        duration = time.monotonic() - started
        user = getattr(request, "user", None)
        fields = (
            request.method,
            request.path,
            user.get_username() if user is not None and user.is_authenticated else "anonymous",
            loggable_params(request.GET),
            response.status_code,
            duration * 1000.0,
        )
        logger.info("%s %s user=%s params=%s status=%s duration=%.1fms", *fields)
        if duration > SLOW_REQUEST_SECONDS:
            logger.warning("slow request: %s %s user=%s params=%s status=%s duration=%.1fms", *fields)
        return response

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if response.status_code >= 500:
            logger.error("error on %s %s", self.request.method, self.request.path, exc_info=exc)
        return response
