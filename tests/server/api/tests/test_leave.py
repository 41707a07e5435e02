import datetime

from api.models import LeaveRequest, Shift

from .support import ApiTestCase

LEAVE_FIELDS = {"id", "clinician", "clinician_name", "type", "start_date", "end_date", "status", "requested_at",
                "processed_at", "processed_by", "denial_reason", "affected_shift_count"}


class LeaveRequestTests(ApiTestCase):
    def setUp(self):
        super().setUp()
        self.smith = self.clinician("Dr. Smith", entitlement=6.0)  # full time all 2026: 6 weeks
        self.shift = Shift.objects.create(clinician=self.smith, date=datetime.date(2026, 3, 3), type="D", duration=480)

    def request_leave(self, start, end, kind="annual"):
        return self.post_json("/api/leave-requests/", {"clinician": self.smith.id, "type": kind, "start_date": start, "end_date": end})

    def test_within_quota_is_pending_with_its_shifts(self):
        response = self.request_leave("2026-03-02", "2026-03-06")  # five working days = one week
        self.assertEqual(response.status_code, 201, response.content)
        leave = response.json()
        self.assertEqual(set(leave), LEAVE_FIELDS)
        self.assertEqual((leave["status"], leave["affected_shift_count"], leave["processed_at"]), ("pending", 1, None))
        quota = self.post_json("/api/calculations/bulk-leave-quota/", {"clinician_ids": [self.smith.id], "as_of_date": "2026-05-01"})
        result = quota.json()["results"][0]
        self.assertEqual((result["entitlement"], result["remaining"], result["percentage_used"]), ("6.00", "5.00", 17))

    def test_beyond_quota_is_stored_denied_with_the_numbers(self):
        self.request_leave("2026-03-02", "2026-03-06")
        response = self.request_leave("2026-04-06", "2026-05-15")  # six weeks of working days
        leave = response.json()
        self.assertEqual(response.status_code, 201)
        self.assertEqual(leave["status"], "denied")
        self.assertEqual(leave["denial_reason"], "Needs 6 weeks; 5 weeks remain in the leave year 2026.")
        self.assertEqual(leave["processed_by"], "coordinator")
        self.assertEqual(self.request_leave("2026-04-06", "2026-05-15", kind="study").json()["status"], "pending")

    def test_approval_marks_shifts_and_cancel_restores_them(self):
        leave = self.request_leave("2026-03-02", "2026-03-06").json()
        approved = self.post_json(f"/api/leave-requests/{leave['id']}/", {"status": "approved"}, method="patch")
        self.assertEqual(approved.json()["status"], "approved")
        self.shift.refresh_from_db()
        self.assertEqual(self.shift.status, "needs_reassignment")
        cancelled = self.client.post(f"/api/leave-requests/{leave['id']}/cancel/")
        self.assertEqual(cancelled.json()["status"], "cancelled")
        self.shift.refresh_from_db()
        self.assertEqual((self.shift.status, self.shift.clinician_id), ("scheduled", self.smith.id))
        again = self.client.post(f"/api/leave-requests/{leave['id']}/cancel/")
        self.assertEqual(again.status_code, 400)
        self.assertIn("status", again.json())

    def test_cancel_leaves_a_shift_changed_since_approval(self):
        leave = self.request_leave("2026-03-02", "2026-03-06").json()
        self.post_json(f"/api/leave-requests/{leave['id']}/", {"status": "approved"}, method="patch")
        other = self.clinician("Dr. Other")
        self.post_json(f"/api/shifts/{self.shift.id}/", {"clinician": other.id, "status": "scheduled"}, method="patch")
        self.client.post(f"/api/leave-requests/{leave['id']}/cancel/")
        self.shift.refresh_from_db()
        self.assertEqual(self.shift.clinician_id, other.id)

    def test_status_changes_follow_the_processor(self):
        leave = self.request_leave("2026-03-02", "2026-03-02").json()
        no_reason = self.post_json(f"/api/leave-requests/{leave['id']}/", {"status": "denied"}, method="patch")
        self.assertEqual(no_reason.json(), {"denial_reason": ["A denied request needs the reason it was denied."]})
        denied = self.post_json(f"/api/leave-requests/{leave['id']}/", {"status": "denied", "denial_reason": "Cover"}, method="patch")
        self.assertEqual(denied.json()["status"], "denied")
        self.assertEqual(self.post_json(f"/api/leave-requests/{leave['id']}/", {"status": "approved"}, method="patch").status_code, 400)
        self.assertEqual(self.post_json("/api/leave-requests/", {"clinician": self.smith.id, "type": "annual", "start_date": "2026-03-02",
                                                                  "end_date": "2026-03-02", "status": "approved"}).status_code, 400)

    def test_ordering_and_mine(self):
        first = self.request_leave("2026-03-02", "2026-03-02").json()
        second = self.request_leave("2026-03-09", "2026-03-09").json()
        other = self.clinician("Dr. Other")
        LeaveRequest.objects.create(clinician=other, type="study", start_date=datetime.date(2026, 3, 2), end_date=datetime.date(2026, 3, 2))
        self.assertEqual([r["id"] for r in self.client.get(f"/api/leave-requests/mine/?clinician_id={self.smith.id}").json()],
                         [second["id"], first["id"]])
        self.assertEqual(len(self.client.get("/api/leave-requests/").json()), 3)
        self.assertEqual(self.client.get("/api/leave-requests/mine/").status_code, 400)
        self.assertEqual(self.client.get("/api/leave-requests/mine/?clinician_id=999").json(),
                         {"detail": "No Clinician matches the given query."})
        self.assertEqual(self.client.get("/api/leave-requests/999/").json(), {"detail": "No LeaveRequest matches the given query."})
