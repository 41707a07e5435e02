"""Settings of the reference rota server.

The server only ever runs on loopback for tests and manual checks, so the secret key is made
per process and DEBUG stays off (errors must come out as JSON, never as debug pages). Its knobs
are environment variables shared with run.sh and the C++ fixture.
"""
import os
import secrets
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("ROTADESK_SERVER_SECRET_KEY") or secrets.token_urlsafe(50)
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]


def throttle_rates(environ):
    """The DRF rates of the three tiers; the environment can lower them so tests run fast."""
    return {
        "standard": environ.get("ROTADESK_THROTTLE_STANDARD") or "100/hour",
        "expensive_calculation": environ.get("ROTADESK_THROTTLE_EXPENSIVE") or "10/hour",
        "burst": environ.get("ROTADESK_THROTTLE_BURST") or "20/min",
    }


ROTADESK_PAGINATION = os.environ.get("ROTADESK_PAGINATION") == "1"
ROTADESK_UNVERSIONED_REDIRECT = os.environ.get("ROTADESK_UNVERSIONED_REDIRECT") == "1"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "allauth",
    "allauth.account",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "api",
    "frontend",
]

MIDDLEWARE = [
    "api.middleware.BodySizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "api.middleware.UnversionedApiMiddleware",
]

ROOT_URLCONF = "rotaserver.urls"
WSGI_APPLICATION = "rotaserver.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "frontend" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("ROTADESK_SERVER_DB") or os.path.join(tempfile.gettempdir(), "rotadesk-server.sqlite3"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
SITE_ID = 1
ACCOUNT_AUTHENTICATION_METHOD = "username"
ACCOUNT_EMAIL_REQUIRED = False
ACCOUNT_EMAIL_VERIFICATION = "none"
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"

CSRF_COOKIE_NAME = "csrftoken"
CSRF_HEADER_NAME = "HTTP_X_CSRFTOKEN"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_NAME = "sessionid"

# Django enforces this for form bodies only; BodySizeLimitMiddleware applies it to JSON too.
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["api.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.JSONParser"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttles.BurstThrottle"],
    "DEFAULT_THROTTLE_RATES": throttle_rates(os.environ),
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.exceptions.exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "RotaDesk reference rota server",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    # Statistics, calendar and booking views answer computed JSON without a serializer; the
    # schema lists them without a response body instead of warning on every schema request.
    "DISABLE_ERRORS_AND_WARNINGS": True,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "access": {"format": "%(asctime)s %(message)s"},
    },
    "filters": {"redact_query": {"()": "api.mixins.RedactQueryFilter"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain"},
        "access": {"class": "logging.StreamHandler", "formatter": "access"},
    },
    "loggers": {
        "django.server": {"handlers": ["access"], "level": "INFO", "filters": ["redact_query"], "propagate": False},
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
        "api.requests": {"handlers": ["stderr"], "level": os.environ.get("ROTADESK_SERVER_LOG_LEVEL", "WARNING"), "propagate": False},
    },
}

CSRF_FAILURE_VIEW = "api.exceptions.csrf_failure"
