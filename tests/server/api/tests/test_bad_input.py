import datetime
import json
from unittest import mock

from django.test import override_settings

from api.models import Alert, LeaveRequest, ReportingPeriod, Shift, WorkingTerm

from .support import ApiTestCase, with_rates


class BadInputTests(ApiTestCase):
    def test_malformed_json(self):
        response = self.client.post("/api/clinicians/", '{"name": ', content_type="application/json")
        self.assertEqual(response.status_code, 400)
        self.assertTrue(response.json()["detail"].startswith("JSON parse error"))
        self.assertEqual(self.client.post("/api/clinicians/", "[1, 2]", content_type="application/json").json(),
                         {"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]})

    def test_wrong_types_unknown_fields_and_invalid_dates(self):
        self.assertEqual(set(self.post_json("/api/clinicians/", {"name": "A", "active": "maybe"}).json()), {"active"})
        self.assertEqual(self.post_json("/api/clinicians/", {"name": "A", "colour": "red"}).json(), {"colour": ["This field is not known."]})
        shift = self.post_json("/api/shifts/", {"date": "2026-02-30", "type": "D", "duration": "long", "clinician": "x"})
        self.assertEqual(shift.status_code, 400)
        self.assertEqual(set(shift.json()), {"date", "duration", "clinician"})
        self.assertEqual(self.client.get("/api/shifts/?date_from=2026-13-01").json(),
                         {"date_from": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]})
        self.assertEqual(set(self.client.get("/api/statistics/forecast/?start_date=2026-03-10&end_date=2026-03-01").json()), {"end_date"})

    def test_ids_of_missing_or_impossible_records(self):
        for clinician in (999, 2**70, True):
            response = self.post_json("/api/leave-requests/", {"clinician": clinician, "type": "annual",
                                                               "start_date": "2026-03-02", "end_date": "2026-03-02"})
            self.assertEqual(response.status_code, 400, clinician)
            self.assertEqual(set(response.json()), {"clinician"})
        for pk in ("99999999999999999999", "-1", "0"):
            response = self.client.get(f"/api/clinicians/{pk}/")
            self.assertEqual(response.status_code, 404, pk)
            self.assertEqual(response.json(), {"detail": "No Clinician matches the given query."}, pk)
        self.assertEqual(self.client.patch("/api/shifts/-5/pin/").json(), {"detail": "No Shift matches the given query."})
        self.assertEqual(self.client.get("/api/clinicians/abc/").json(), {"detail": "Not found."})
        self.assertEqual(self.client.get("/api/no-such-thing/").status_code, 404)
        self.assertEqual(self.client.get("/api/leave-requests/mine/?clinician_id=99999999999999999999").status_code, 400)

    @override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
    def test_oversized_body(self):
        response = self.post_json("/api/clinicians/", {"name": "x" * 2000})
        self.assertEqual(response.status_code, 413)
        self.assertEqual(response.json(), {"detail": "Request body is larger than 1000 bytes."})

    def test_batches_over_a_hundred(self):
        response = self.post_json("/api/calculations/bulk-leave-quota/", {"clinician_ids": list(range(1, 102))})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response.json(), {"clinician_ids": ["Ensure this field has no more than 100 elements."]})
        self.assertEqual(set(self.post_json("/api/calculations/bulk-leave-quota/", {"clinician_ids": ["a", -1]}).json()), {"clinician_ids"})
        submit = self.post_json("/leave-booking/submit/", {"clinician_id": 1, "leave_type": "annual", "dates": ["2026-03-02"] * 101})
        self.assertEqual(set(submit.json()), {"dates"})

    def test_unexpected_errors_are_json_500(self):
        with mock.patch("api.viewsets.calculations.availability", side_effect=RuntimeError("boom")), \
                self.assertLogs("api.requests", "ERROR") as logs:
            response = self.client.get("/api/availability/")
        self.assertEqual(response.status_code, 500)
        self.assertEqual(json.loads(response.content), {"detail": "Server error."})
        self.assertIn("RuntimeError: boom", "\n".join(logs.output))


NASTY_VALUES = (None, "x" * 10_000, -1, 2**70, 1.5, 1e308, True, "", "2026-02-30", "9999-12-31", "0001-01-01", "yesterday",
                [], [None], ["x" * 10_000], {}, "\u0000", "\ud800")
NASTY_QUERIES = ("date_from=yesterday", "date_to=2026-02-30", "start_date=2026-02-30", "end_date=yesterday",
                 "start_date=9999-12-31", "start_date=0001-01-01&end_date=9999-12-31", "weeks=-1", "weeks=0", "weeks=abc",
                 "weeks=99999999999999999999", "as_of_date=2026-02-30", "as_of_date=9999-12-31", "reporting_period=" + "x" * 10_000,
                 "clinician_id=-1", "clinician_id=abc", "clinician_id=99999999999999999999", "active=null", "ordering=-nope",
                 "ordering=password", "search=" + "x" * 10_000, "page=-1", "start_date=%ED%A0%80")


@with_rates({"standard": "100000/hour", "expensive_calculation": "100000/hour", "burst": "100000/hour"})
class FuzzTests(ApiTestCase):
    """Hostile values in every field of every write and in every query parameter: each answer
    is a JSON client error or success, never a 500."""

    def setUp(self):
        super().setUp()
        self.smith = self.clinician("Dr. Smith")
        self.term = WorkingTerm.objects.get(clinician=self.smith)
        self.shift = Shift.objects.create(clinician=self.smith, date=datetime.date(2026, 3, 3), type="D", duration=480)
        self.leave = LeaveRequest.objects.create(clinician=self.smith, type="study", start_date=datetime.date(2026, 3, 2),
                                                 end_date=datetime.date(2026, 3, 2))
        self.alert = Alert.objects.create(type="double_booked", date=datetime.date(2026, 3, 2), message="Twice")
        self.failures = []

    def check(self, response, what):
        if response.status_code >= 500 and not (response.status_code == 501 and "deprecated" in response.json()["error"]):
            self.failures.append((what, response.status_code, response.content[:200]))
        elif response.status_code != 204 and response.content:
            response.json()

    def writes(self):
        c = self.smith.id
        days = {name: [1] for name in ("fixed_working_days", "fixed_half_days", "cannot_work_days", "must_work_days")}
        days["cannot_work_days"] = [7]
        bodies = {
            "clinician": {"name": "Dr. F", "active": True},
            "term": {"clinician": c, "type": "substantive", "start_date": "2030-01-01", "end_date": "2030-12-31", "percentage": 50,
                     **days, "annual_leave_entitlement": 6, "participates_in_duty": True},
            "shift": {"clinician": c, "date": "2026-03-02", "type": "D", "duration": 480, "status": "scheduled", "is_pinned": False,
                      "counts_as_worked": True, "counts_toward_minimum": True},
            "leave": {"clinician": c, "type": "annual", "start_date": "2026-03-02", "end_date": "2026-03-02", "status": "pending",
                      "denial_reason": ""},
            "alert": {"type": "double_booked", "severity": "warning", "date": "2026-03-02", "message": "m", "details": "",
                      "status": "ACTIVE"},
        }
        routes = {"clinician": ("/api/clinicians/", self.smith.id), "term": ("/api/working-terms/", self.term.id),
                  "shift": ("/api/shifts/", self.shift.id), "leave": ("/api/leave-requests/", self.leave.id),
                  "alert": ("/api/alerts/", self.alert.id)}
        # (method, path, a valid body, whether to try each field with each nasty value). A PATCH
        # with a whole body validates as a PUT does, and the actions read no body.
        for kind, (path, pk) in routes.items():
            yield "post", path, bodies[kind], True
            yield "put", f"{path}{pk}/", bodies[kind], False
            yield "patch", f"{path}{pk}/", bodies[kind], True
        yield "post", "/api/v1/clinicians/", bodies["clinician"], False
        yield "patch", f"/api/v1/clinicians/{self.smith.id}/", bodies["clinician"], False
        yield "post", "/api/calculations/bulk-leave-quota/", {"clinician_ids": [c], "as_of_date": "2026-03-02"}, True
        yield "post", "/leave-booking/submit/", {"clinician_id": c, "leave_type": "annual", "dates": ["2026-03-02"]}, True
        for action in (f"/api/shifts/{self.shift.id}/pin/", f"/api/shifts/{self.shift.id}/unpin/"):
            yield "patch", action, {"is_pinned": True}, False
        for action in (f"/api/alerts/{self.alert.id}/resolve/", f"/api/alerts/{self.alert.id}/dismiss/",
                       f"/api/leave-requests/{self.leave.id}/cancel/", "/api/rota/generate/", "/api/rebalance/"):
            yield "post", action, {"reason": "x"}, False

    def test_hostile_bodies(self):
        for method, path, body, each_field in self.writes():
            self.check(self.post_json(path, {name: None for name in body}, method=method), (method, path, "all null"))
            for raw in ("null", "[]", '"x"', "1e999", '{"a": {"b": {"c": []}}}', "[" * 100_000):
                self.check(getattr(self.client, method)(path, raw, content_type="application/json"), (method, path, raw[:20]))
            for name in body if each_field else ():
                for value in NASTY_VALUES:
                    self.check(self.post_json(path, {**body, name: value}, method=method), (method, path, name, repr(value)[:30]))
        self.assertEqual(self.failures, [])

    def test_hostile_queries(self):
        paths = ["/api/", "/api/clinicians/", "/api/clinicians/active/", f"/api/clinicians/{self.smith.id}/stats/",
                 f"/api/clinicians/{self.smith.id}/working-terms/", "/api/working-terms/", "/api/shifts/", "/api/leave-requests/",
                 "/api/leave-requests/mine/", "/api/alerts/", "/api/calculations/", "/api/statistics/", "/api/statistics/forecast/",
                 "/api/statistics/workload/", "/api/availability/", "/api/v1/clinicians/", "/api/v1/clinicians/active/",
                 f"/api/v1/clinicians/{self.smith.id}/stats/", "/api/v1/statistics/", "/api/v1/statistics/forecast/",
                 "/api/v1/statistics/workload/", "/api/v2/", "/api/calendar-data/", "/leave-booking/calendar-data/", "/api/schema/"]
        ReportingPeriod.objects.create(name="Period 1", start_date=datetime.date(2026, 3, 2), end_date=datetime.date(2026, 3, 8))
        for path in paths:
            for query in NASTY_QUERIES:
                self.check(self.client.get(f"{path}?{query}"), (path, query[:40]))
            self.check(self.client.get(f"{path}?start_date=2026-03-02&end_date=2026-03-08&{NASTY_QUERIES[-6]}"), (path, "clinician"))
            self.check(self.client.options(path), ("OPTIONS", path))
            self.assertLess(self.client.head(path).status_code, 500, path)
        self.assertEqual(self.failures, [])

    def test_the_last_representable_dates(self):
        self.assertEqual(len(self.client.get("/api/statistics/forecast/?start_date=9999-12-20&end_date=9999-12-31").json()), 12)
        self.assertEqual(self.client.get("/api/availability/?start_date=9999-12-31").json(),
                         {"end_date": ["The range would end after 9999-12-31."]})
        calendar = self.client.get("/api/calendar-data/?start_date=9999-12-30&end_date=9999-12-31")
        self.assertEqual(calendar.status_code, 200)
        # Annual leave on the last day there is: the quota check of its leave year must not look
        # for a year 10000.
        leave = self.post_json("/api/leave-requests/", {"clinician": self.smith.id, "type": "annual",
                                                        "start_date": "9999-12-31", "end_date": "9999-12-31"})
        self.assertEqual((leave.status_code, leave.json()["status"]), (201, "pending"))

    def test_text_that_is_not_unicode(self):
        response = self.client.post("/api/clinicians/", '{"name": "Dr. \\ud800"}', content_type="application/json")
        self.assertEqual(response.status_code, 400)
        self.assertTrue(response.json()["detail"].startswith("JSON parse error"))
