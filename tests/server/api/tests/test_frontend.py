import datetime

from api.models import Alert, LeaveRequest, Shift

from .support import ApiTestCase

D = datetime.date


class FrontendTests(ApiTestCase):
    def setUp(self):
        super().setUp()
        self.smith = self.clinician("Dr. Smith")
        self.adams = self.clinician("Dr. Adams")

    def test_calendar_data_groups_by_date(self):
        Shift.objects.create(clinician=self.smith, date=D(2026, 3, 2), type="D")
        Shift.objects.create(clinician=self.adams, date=D(2026, 3, 2), type="N")
        LeaveRequest.objects.create(clinician=self.smith, type="annual", start_date=D(2026, 3, 3), end_date=D(2026, 3, 4), status="approved")
        LeaveRequest.objects.create(clinician=self.adams, type="study", start_date=D(2026, 3, 3), end_date=D(2026, 3, 3))
        Alert.objects.create(type="double_booked", date=D(2026, 3, 2), message="Twice")
        data = self.client.get(f"/api/calendar-data/?start_date=2026-03-01&end_date=2026-03-07&clinician_id={self.smith.id}").json()
        self.assertEqual(set(data), {"shiftsByDate", "ownShiftsByDate", "today", "alertsByDate", "annualLeaveByDate", "requestedOffByDate",
                                     "coronersLeaveByDate", "studyLeaveByDate", "ownAnnualLeaveByDate"})
        self.assertEqual(len(data["shiftsByDate"]["2026-03-02"]), 2)
        self.assertEqual([s["type"] for s in data["ownShiftsByDate"]["2026-03-02"]], ["D"])
        self.assertEqual(sorted(data["ownAnnualLeaveByDate"]), ["2026-03-03", "2026-03-04"])
        self.assertEqual(data["studyLeaveByDate"]["2026-03-03"][0]["clinician_name"], "Dr. Adams")
        self.assertEqual(data["alertsByDate"]["2026-03-02"][0]["type"], "double_booked")
        self.assertEqual(set(self.client.get("/api/calendar-data/").json()), {"start_date", "end_date"})
        self.user.is_staff = False
        self.user.save()
        self.assertNotIn("alertsByDate", self.client.get("/api/calendar-data/?start_date=2026-03-01&end_date=2026-03-07").json())

    def test_leave_booking_calendar_and_submit(self):
        response = self.post_json("/leave-booking/submit/", {"clinician_id": self.smith.id, "leave_type": "annual",
                                                              "dates": ["2026-03-04", "2026-03-02", "2026-03-03", "2026-03-06"]})
        self.assertEqual(response.status_code, 201, response.content)
        created = response.json()["leave_requests"]
        self.assertEqual([(r["start_date"], r["end_date"], r["status"]) for r in created],
                         [("2026-03-02", "2026-03-04", "pending"), ("2026-03-06", "2026-03-06", "pending")])
        calendar = self.client.get(f"/leave-booking/calendar-data/?start_date=2026-03-02&end_date=2026-03-03&clinician_id={self.smith.id}").json()
        self.assertEqual(calendar["capacity"], 1)  # a fifth of two clinicians, at least one
        first = calendar["days"][0]
        self.assertEqual((first["on_leave"], first["remaining"], first["full"], first["doctors_count"]), (1, 0, True, 2))
        self.assertEqual(first["own_leave"]["status"], "pending")
        unknown = self.post_json("/leave-booking/submit/", {"clinician_id": 999, "leave_type": "annual", "dates": ["2026-03-02"]})
        self.assertEqual(set(unknown.json()), {"clinician_id"})

    def test_the_documented_body_books_for_the_accounts_own_clinician(self):
        body = {"leave_type": "study", "dates": ["2026-03-02"]}
        nobody = self.post_json("/leave-booking/submit/", body)
        self.assertEqual(nobody.status_code, 400)
        self.assertEqual(nobody.json(), {"clinician_id": ["This account is not a clinician's; give the clinician_id to book for."]})
        self.adams.user = self.user
        self.adams.save()
        booked = self.post_json("/leave-booking/submit/", body)
        self.assertEqual(booked.status_code, 201, booked.content)
        self.assertEqual([(r["clinician"], r["type"], r["start_date"]) for r in booked.json()["leave_requests"]],
                         [(self.adams.id, "study", "2026-03-02")])
        Shift.objects.create(clinician=self.adams, date=D(2026, 3, 3), type="D")
        data = self.client.get("/api/calendar-data/?start_date=2026-03-01&end_date=2026-03-07").json()
        self.assertEqual(list(data["ownShiftsByDate"]), ["2026-03-03"])
        calendar = self.client.get("/leave-booking/calendar-data/?start_date=2026-03-02&end_date=2026-03-02").json()
        self.assertEqual(calendar["days"][0]["own_leave"]["type"], "study")
        self.assertNotIn("user", self.client.get(f"/api/clinicians/{self.adams.id}/").json())
