import datetime

from django.test import override_settings

from api.models import Alert, Clinician, Shift

from .support import ApiTestCase

CLINICIAN_FIELDS = {"id", "name", "active", "created_at", "updated_at"}
SHIFT_FIELDS = {"id", "clinician", "clinician_name", "date", "type", "duration", "status", "is_pinned", "counts_as_worked",
                "counts_toward_minimum", "created_by", "created_at", "modified_by", "modified_at"}


class ClinicianTests(ApiTestCase):
    def test_crud_search_ordering_and_active(self):
        created = self.post_json("/api/clinicians/", {"name": "Dr. Smith"})
        self.assertEqual(created.status_code, 201)
        self.assertEqual(set(created.json()), CLINICIAN_FIELDS)
        self.post_json("/api/clinicians/", {"name": "Dr. Jones", "active": False})
        listed = self.client.get("/api/clinicians/").json()
        self.assertEqual([c["name"] for c in listed], ["Dr. Jones", "Dr. Smith"])  # a bare array
        self.assertEqual([c["name"] for c in self.client.get("/api/clinicians/?search=smi").json()], ["Dr. Smith"])
        self.assertEqual([c["name"] for c in self.client.get("/api/clinicians/?ordering=-name").json()], ["Dr. Smith", "Dr. Jones"])
        self.assertEqual([c["name"] for c in self.client.get("/api/clinicians/active/").json()], ["Dr. Smith"])
        pk = created.json()["id"]
        self.assertEqual(self.post_json(f"/api/clinicians/{pk}/", {"active": False}, method="patch").json()["active"], False)
        self.assertEqual(self.post_json(f"/api/clinicians/{pk}/", {"name": "Dr. A", "active": True}, method="put").json()["name"], "Dr. A")
        self.assertEqual(self.client.delete(f"/api/clinicians/{pk}/").status_code, 204)
        missing = self.client.get(f"/api/clinicians/{pk}/")
        self.assertEqual(missing.status_code, 404)
        self.assertEqual(missing.json(), {"detail": "No Clinician matches the given query."})

    @override_settings(ROTADESK_PAGINATION=True)
    def test_pagination_switch(self):
        for index in range(51):
            Clinician.objects.create(name=f"Dr. {index:02}")
        page = self.client.get("/api/clinicians/").json()
        self.assertEqual(set(page), {"count", "next", "previous", "results"})
        self.assertEqual((page["count"], len(page["results"]), page["previous"]), (51, 50, None))
        self.assertEqual(len(self.client.get(page["next"]).json()["results"]), 1)
        self.assertIsInstance(self.client.get("/api/v1/clinicians/").json(), list)  # v1: never paginated


class WorkingTermTests(ApiTestCase):
    def test_create_nested_list_and_validation(self):
        smith = self.clinician("Dr. Smith")
        response = self.post_json("/api/working-terms/", {
            "clinician": smith.id, "type": "less_than_full_time", "start_date": "2025-01-01", "end_date": "2025-12-31",
            "percentage": 60, "fixed_working_days": [3, 1, 2], "annual_leave_entitlement": 6})
        self.assertEqual(response.status_code, 201, response.content)
        term = response.json()
        self.assertEqual(set(term), {"id", "clinician", "clinician_name", "type", "start_date", "end_date", "percentage",
                                     "fixed_working_days", "fixed_half_days", "cannot_work_days", "must_work_days",
                                     "annual_leave_entitlement", "participates_in_duty", "created_at", "updated_at"})
        self.assertEqual((term["clinician_name"], term["fixed_working_days"], term["percentage"]), ("Dr. Smith", [1, 2, 3], 60.0))
        nested = self.client.get(f"/api/clinicians/{smith.id}/working-terms/").json()
        self.assertEqual([t["start_date"] for t in nested], ["2026-01-01", "2025-01-01"])  # -start_date
        self.assertEqual(self.client.get("/api/clinicians/999/working-terms/").status_code, 404)
        overlapping = self.post_json("/api/working-terms/", {"clinician": smith.id, "start_date": "2025-06-01", "end_date": "2025-07-01"})
        self.assertEqual(overlapping.status_code, 400)
        self.assertIn("start_date", overlapping.json())
        bad = self.post_json("/api/working-terms/", {"clinician": smith.id, "start_date": "2024-01-01", "end_date": "2024-06-01",
                                                      "cannot_work_days": [1, 8], "percentage": 150})
        self.assertEqual(set(bad.json()), {"cannot_work_days", "percentage"})


class ShiftTests(ApiTestCase):
    def test_date_window_order_and_pinning(self):
        smith, adams = self.clinician("Dr. Smith"), self.clinician("Dr. Adams")
        for clinician, day in ((smith, 3), (adams, 3), (smith, 2), (adams, 9)):
            Shift.objects.create(clinician=clinician, date=datetime.date(2026, 3, day), type="D", duration=480)
        response = self.client.get("/api/shifts/?date_from=2026-03-02&date_to=2026-03-05")
        shifts = response.json()
        self.assertEqual(set(shifts[0]), SHIFT_FIELDS)
        self.assertEqual([(s["date"], s["clinician_name"]) for s in shifts],
                         [("2026-03-02", "Dr. Smith"), ("2026-03-03", "Dr. Adams"), ("2026-03-03", "Dr. Smith")])
        pinned = self.client.patch(f"/api/shifts/{shifts[0]['id']}/pin/")
        self.assertEqual((pinned.json()["is_pinned"], pinned.json()["modified_by"]), (True, "coordinator"))
        self.assertEqual(self.client.patch(f"/api/shifts/{shifts[0]['id']}/unpin/").json()["is_pinned"], False)
        self.assertEqual(self.client.post(f"/api/shifts/{shifts[0]['id']}/pin/").status_code, 405)

    def test_create_records_the_user_and_allows_open_shifts(self):
        response = self.post_json("/api/shifts/", {"date": "2026-03-02", "type": "N", "clinician": None, "duration": 720})
        self.assertEqual(response.status_code, 201, response.content)
        self.assertEqual((response.json()["created_by"], response.json()["clinician_name"], response.json()["status"]),
                         ("coordinator", None, "scheduled"))


class AlertTests(ApiTestCase):
    def test_active_only_by_default_and_actions(self):
        first = Alert.objects.create(type="rest_too_short", date=datetime.date(2026, 3, 2), message="Short rest")
        second = Alert.objects.create(type="double_booked", date=datetime.date(2026, 3, 3), message="Twice")
        resolved = self.client.post(f"/api/alerts/{first.id}/resolve/").json()
        self.assertEqual(resolved["status"], "RESOLVED")
        self.assertIsNotNone(resolved["resolved_at"])
        self.assertEqual(resolved["type_label"], "Rest under 11 hours")
        self.assertEqual([a["id"] for a in self.client.get("/api/alerts/").json()], [second.id])
        self.assertEqual([a["id"] for a in self.client.get("/api/alerts/?active=false").json()], [second.id, first.id])
        self.assertEqual(self.client.post(f"/api/alerts/{second.id}/dismiss/").json()["status"], "DISMISSED")
        self.assertEqual(self.client.get("/api/alerts/").json(), [])
        self.assertEqual(self.client.get(f"/api/alerts/{first.id}/").status_code, 200)  # detail finds closed alerts
