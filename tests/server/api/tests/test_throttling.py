import datetime
from unittest import mock

from django.core.cache import cache
from django.test import Client, SimpleTestCase
from rest_framework.throttling import SimpleRateThrottle

from api.models import Alert, ReportingPeriod, Shift
from rotaserver.settings import throttle_rates

from .support import ApiTestCase, with_rates

SEED_RATES = {"standard": "100/hour", "expensive_calculation": "10/hour", "burst": "20/min"}


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


STANDARD_ENDPOINTS = (
    ("get", "/api/clinicians/"), ("get", "/api/clinicians/active/"), ("get", "/api/clinicians/{clinician}/"),
    ("get", "/api/clinicians/{clinician}/working-terms/"), ("get", "/api/working-terms/"), ("get", "/api/shifts/"),
    ("patch", "/api/shifts/{shift}/pin/"), ("get", "/api/leave-requests/"), ("get", "/api/leave-requests/mine/?clinician_id={clinician}"),
    ("get", "/api/alerts/"), ("post", "/api/alerts/{alert}/resolve/"), ("get", "/api/v1/clinicians/"),
    ("get", "/api/v1/clinicians/active/"), ("get", "/api/calculations/"),
)
EXPENSIVE_ENDPOINTS = (
    ("get", "/api/clinicians/{clinician}/stats/"), ("get", "/api/v1/clinicians/{clinician}/stats/"), ("get", "/api/statistics/"),
    ("get", "/api/statistics/forecast/"), ("get", "/api/statistics/workload/"), ("get", "/api/v1/statistics/"),
    ("get", "/api/v1/statistics/forecast/"), ("get", "/api/v1/statistics/workload/"), ("get", "/api/availability/"),
    ("post", "/api/calculations/bulk-leave-quota/"),
)


class TierTests(ApiTestCase):
    """Each endpoint counts in the tier the server documents for it, and only there: with its
    own tier at one request an hour the second request is throttled, with the other tier at
    one an hour it is not."""

    def setUp(self):
        super().setUp()
        clinician = self.clinician()
        ids = {
            "clinician": clinician.id,
            "shift": Shift.objects.create(clinician=clinician, date=datetime.date(2026, 3, 2), type="D").id,
            "alert": Alert.objects.create(type="double_booked", date=datetime.date(2026, 3, 2), message="Twice").id,
        }
        ReportingPeriod.objects.create(name="Period 1", start_date=datetime.date(2026, 3, 2), end_date=datetime.date(2026, 3, 8))
        self.body = {"clinician_ids": [clinician.id]}
        self.endpoints = {tier: [(method, path.format(**ids)) for method, path in endpoints]
                          for tier, endpoints in (("standard", STANDARD_ENDPOINTS), ("expensive_calculation", EXPENSIVE_ENDPOINTS))}

    def statuses(self, method, path, rates):
        cache.clear()
        with with_rates({**SEED_RATES, **rates}):
            send = (lambda: self.client.get(path)) if method == "get" else (lambda: self.post_json(path, self.body, method=method))
            return [send().status_code for _ in range(2)]

    def test_each_endpoint_counts_in_its_tier_only(self):
        for tier, other in (("standard", "expensive_calculation"), ("expensive_calculation", "standard")):
            for method, path in self.endpoints[tier]:
                first, second = self.statuses(method, path, {tier: "1/hour", other: "1000/hour"})
                self.assertIn(first, (200, 201), (tier, path))
                self.assertEqual(second, 429, (tier, path))
                self.assertEqual(self.statuses(method, path, {tier: "1000/hour", other: "1/hour"})[1], first, (tier, path))
