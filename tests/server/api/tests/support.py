import datetime
import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, TestCase, override_settings

from api.models import Clinician, WorkingTerm


def with_rates(rates):
    return override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates})


class ApiTestCase(TestCase):
    """A logged-in coordinator (CSRF checks off unless a test enforces them) and empty
    throttle counters."""

    password = "a-test-password"

    def setUp(self):
        cache.clear()
        self.user = get_user_model().objects.create_user("coordinator", password=self.password, is_staff=True)
        self.client = Client()
        self.client.force_login(self.user)

    def post_json(self, path, data, method="post", **extra):
        return getattr(self.client, method)(path, json.dumps(data), content_type="application/json", **extra)

    def clinician(self, name="Dr. Smith", active=True, percentage=100.0, entitlement=6.0, start=datetime.date(2026, 1, 1), **term):
        clinician = Clinician.objects.create(name=name, active=active)
        WorkingTerm.objects.create(
            clinician=clinician, start_date=start, percentage=percentage, annual_leave_entitlement=entitlement, **term
        )
        return clinician
