import datetime
import json

from django.test import override_settings

from api.models import ReportingPeriod

from .support import ApiTestCase


class VersionTests(ApiTestCase):
    def test_unversioned_routes_with_a_v1_twin_are_marked_deprecated(self):
        response = self.client.get("/api/clinicians/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Deprecation"], "true")
        self.assertEqual(response["Link"], '</api/v1/clinicians/>; rel="successor-version"')
        only_unversioned = self.client.get("/api/shifts/")
        self.assertEqual(only_unversioned.status_code, 200)
        self.assertNotIn("Deprecation", only_unversioned)
        self.assertNotIn("Deprecation", self.client.get("/api/v1/clinicians/"))

    @override_settings(ROTADESK_UNVERSIONED_REDIRECT=True)
    def test_redirect_mode_sends_twins_to_v1_and_serves_the_rest(self):
        response = self.post_json("/api/clinicians/?search=a", {"name": "Dr. New"})
        self.assertEqual(response.status_code, 308)
        self.assertEqual(response["Location"], "/api/v1/clinicians/?search=a")
        self.assertEqual(self.client.get("/api/statistics/forecast/").status_code, 308)
        self.assertEqual(self.client.get("/api/shifts/").status_code, 200)
        self.assertEqual(self.client.get("/api/alerts/").status_code, 200)

    def test_v1_envelopes_and_empty_v2(self):
        clinician = self.clinician("Dr. Smith")
        self.assertEqual(self.client.get("/api/v1/clinicians/").json()[0]["name"], "Dr. Smith")
        self.assertEqual(self.client.get(f"/api/v1/clinicians/{clinician.id}/stats/?as_of_date=2026-03-02").json()["clinician_id"],
                         clinician.id)
        forecast = self.client.get("/api/v1/statistics/forecast/?start_date=2026-03-02&end_date=2026-03-03").json()
        self.assertEqual((forecast["version"], forecast["start_date"], forecast["end_date"], len(forecast["results"])),
                         ("v1", "2026-03-02", "2026-03-03", 2))
        self.assertIsInstance(self.client.get("/api/statistics/forecast/").json(), list)
        ReportingPeriod.objects.create(name="Period 1", start_date=datetime.date(2026, 3, 2), end_date=datetime.date(2026, 3, 8))
        workload = self.client.get("/api/v1/statistics/workload/").json()
        self.assertEqual((workload["version"], workload["reporting_period"]), ("v1", "Period 1"))
        self.assertNotIn("version", self.client.get("/api/statistics/workload/").json())
        self.assertEqual(self.client.get("/api/v1/statistics/").json()["version"], "v1")
        self.assertEqual(self.client.get("/api/v2/").json(), {})

    def test_v1_clinicians_have_crud_active_and_stats_only(self):
        clinician = self.clinician("Dr. Smith")
        self.assertEqual(self.client.get(f"/api/v1/clinicians/{clinician.id}/working-terms/").status_code, 404)
        self.assertEqual(len(self.client.get(f"/api/clinicians/{clinician.id}/working-terms/").json()), 1)
        self.assertEqual(self.client.get("/api/v1/clinicians/active/").json()[0]["id"], clinician.id)
        created = self.post_json("/api/v1/clinicians/", {"name": "Dr. New"})
        self.assertEqual(created.status_code, 201)
        pk = created.json()["id"]
        self.assertEqual(self.post_json(f"/api/v1/clinicians/{pk}/", {"active": False}, method="patch").json()["active"], False)
        self.assertEqual(self.client.delete(f"/api/v1/clinicians/{pk}/").status_code, 204)
        self.assertEqual(self.client.get(f"/api/v1/clinicians/{pk}/").json(), {"detail": "No Clinician matches the given query."})

    def test_openapi_schema(self):
        response = self.client.get("/api/schema/")
        self.assertEqual(response.status_code, 200)
        paths = json.loads(response.content)["paths"]
        for path in ("/api/clinicians/", "/api/shifts/{id}/pin/", "/api/v1/statistics/forecast/", "/api/leave-requests/{id}/cancel/"):
            self.assertIn(path, paths)
