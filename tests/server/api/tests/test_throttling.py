from unittest import mock

from django.conf import settings
from django.test import Client, SimpleTestCase, override_settings
from rest_framework.throttling import SimpleRateThrottle

from rotaserver.settings import throttle_rates

from .support import ApiTestCase

SEED_RATES = {"standard": "100/hour", "expensive_calculation": "10/hour", "burst": "20/min"}


def with_rates(rates):
    return override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates})


class Clock:
    """A fixed time for the throttles, moved on by hand: no test waits for real time."""

    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now


@with_rates(SEED_RATES)
class SeedRateTests(ApiTestCase):
    def setUp(self):
        super().setUp()
        self.clock = Clock()
        patcher = mock.patch.object(SimpleRateThrottle, "timer", side_effect=self.clock)
        patcher.start()
        self.addCleanup(patcher.stop)

    def assert_limit(self, client, path, allowed, wait):
        for call in range(allowed):
            self.assertNotEqual(client.get(path).status_code, 429, f"call {call + 1}")
        response = client.get(path)
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response.json(), {"detail": f"Request was throttled. Expected available in {wait} seconds."})
        self.assertEqual(response["Retry-After"], str(wait))
        return response

    def test_expensive_calculations_allow_ten_an_hour(self):
        self.assert_limit(self.client, "/api/statistics/forecast/", 10, 3600)
        # The tier is shared: availability and bulk quota count against the same ten.
        self.assertEqual(self.client.get("/api/availability/").status_code, 429)
        self.assertEqual(self.post_json("/api/calculations/bulk-leave-quota/", {"clinician_ids": [1]}).status_code, 429)
        # ... but not against the standard tier.
        self.assertEqual(self.client.get("/api/clinicians/").status_code, 200)
        self.clock.now += 3600
        self.assertEqual(self.client.get("/api/statistics/forecast/").status_code, 200)

    def test_crud_allows_a_hundred_an_hour(self):
        self.assert_limit(self.client, "/api/shifts/", 100, 3600)
        self.assertEqual(self.client.get("/api/alerts/").status_code, 429)
        self.clock.now += 1800
        response = self.client.get("/api/clinicians/")
        self.assertEqual(response.json()["detail"], "Request was throttled. Expected available in 1800 seconds.")

    def test_anonymous_requests_allow_twenty_a_minute(self):
        anonymous = Client()
        for _ in range(20):
            self.assertEqual(anonymous.get("/api/clinicians/").status_code, 401)
        self.assertEqual(anonymous.get("/api/clinicians/").status_code, 429)
        self.assertEqual(self.client.get("/api/clinicians/").status_code, 200)  # users are not in the burst tier
        self.clock.now += 60
        self.assertEqual(anonymous.get("/api/clinicians/").status_code, 401)


class RateSettingTests(SimpleTestCase):
    def test_seed_rates_by_default(self):
        self.assertEqual(throttle_rates({}), SEED_RATES)

    def test_environment_overrides_each_tier(self):
        rates = throttle_rates(
            {"ROTADESK_THROTTLE_STANDARD": "5/min", "ROTADESK_THROTTLE_EXPENSIVE": "2/min", "ROTADESK_THROTTLE_BURST": "1/sec"}
        )
        self.assertEqual(rates, {"standard": "5/min", "expensive_calculation": "2/min", "burst": "1/sec"})


@with_rates({**SEED_RATES, "standard": "2/min"})
class OverriddenRateTests(ApiTestCase):
    def test_a_lowered_rate_takes_effect(self):
        self.assertEqual(self.client.get("/api/clinicians/").status_code, 200)
        self.assertEqual(self.client.get("/api/clinicians/").status_code, 200)
        self.assertEqual(self.client.get("/api/clinicians/").status_code, 429)
