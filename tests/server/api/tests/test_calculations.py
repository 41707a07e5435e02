import datetime
from unittest import mock

from api.models import LeaveRequest, ReportingPeriod, Shift, ShiftType

from .support import ApiTestCase

D = datetime.date


class CalculationTests(ApiTestCase):
    def setUp(self):
        super().setUp()
        self.smith = self.clinician("Dr. Smith")
        self.adams = self.clinician("Dr. Adams")

    def shift(self, clinician, day, code="D", duration=480, **fields):
        return Shift.objects.create(clinician=clinician, date=day, type=code, duration=duration, **fields)

    def test_bulk_leave_quota_reports_errors_per_item(self):
        part_time = self.clinician("Dr. Part", percentage=60.0, fixed_working_days=[1, 2, 3])
        LeaveRequest.objects.create(clinician=part_time, type="annual", start_date=D(2026, 3, 2), end_date=D(2026, 3, 8), status="approved")
        retired = self.clinician("Dr. Retired", active=False)
        response = self.post_json("/api/calculations/bulk-leave-quota/", {"clinician_ids": [part_time.id, retired.id, 999999],
                                                                          "as_of_date": "2026-06-01"})
        body = response.json()
        self.assertEqual((body["total_count"], body["success_count"], body["error_count"]), (3, 1, 2))
        # 6 weeks x 0.6 = 3.6; three working days of 0.6 / 3 weeks each = 0.6 used.
        self.assertEqual({k: body["results"][0][k] for k in ("entitlement", "remaining", "adjustments", "unit", "percentage_used")},
                         {"entitlement": "3.60", "remaining": "3.00", "adjustments": "0.00", "unit": "weeks", "percentage_used": 17})
        self.assertEqual([e["clinician_id"] for e in body["errors"]], [retired.id, 999999])
        self.assertEqual(self.client.get("/api/calculations/").status_code, 200)

    def test_clinician_stats(self):
        self.shift(self.smith, D(2026, 3, 2))
        self.shift(self.smith, D(2026, 3, 3), status="completed")
        self.shift(self.smith, D(2026, 3, 12))
        self.shift(self.smith, D(2026, 3, 13), status="cancelled")
        self.shift(self.adams, D(2026, 3, 4))
        stats = self.client.get(f"/api/clinicians/{self.adams.id}/stats/?as_of_date=2026-03-10").json()
        # Three shifts worked by a pool of 2 FTE: Adams is expected 1.5 and worked 1.
        self.assertEqual(stats, {"clinician_id": self.adams.id, "clinician_name": "Dr. Adams", "current_deficiency": 0.5,
                                 "completed_shifts": 1, "scheduled_shifts": 0, "total_shifts": 1,
                                 "leave_balance_remaining": 6.0, "as_of_date": "2026-03-10"})
        smith = self.client.get(f"/api/clinicians/{self.smith.id}/stats/?as_of_date=2026-03-10").json()
        self.assertEqual((smith["completed_shifts"], smith["scheduled_shifts"], smith["current_deficiency"]), (2, 1, 0.0))

    def test_forecast_compares_cover_with_the_minimum(self):
        ShiftType.objects.create(code="D", name="Day", minimum_weekday=2, minimum_weekend=1)
        self.shift(self.smith, D(2026, 3, 6))
        self.shift(self.smith, D(2026, 3, 7))
        self.shift(self.smith, D(2026, 3, 8))
        self.shift(self.adams, D(2026, 3, 8))
        self.shift(None, D(2026, 3, 6))  # open: covers nothing
        LeaveRequest.objects.create(clinician=self.adams, type="study", start_date=D(2026, 3, 7), end_date=D(2026, 3, 9))
        days = self.client.get("/api/statistics/forecast/?start_date=2026-03-06&end_date=2026-03-08").json()
        self.assertEqual(days[0], {"date": "2026-03-06", "day_of_week": "Friday", "minimum_required": 2, "scheduled_count": 1,
                                   "pending_leave": 0, "status": "below"})
        self.assertEqual([(d["status"], d["pending_leave"]) for d in days[1:]], [("at", 1), ("above", 1)])
        self.assertEqual(len(self.client.get("/api/statistics/forecast/?start_date=2026-03-02&weeks=1").json()), 8)

    def test_workload_shares_duty_by_fte(self):
        ShiftType.objects.create(code="N", name="Night", category="night")
        ReportingPeriod.objects.create(name="Period 1", start_date=D(2026, 3, 2), end_date=D(2026, 3, 8))
        self.shift(self.smith, D(2026, 3, 2))
        self.shift(self.smith, D(2026, 3, 7), code="N", duration=720)
        self.shift(self.smith, D(2026, 3, 8))
        self.shift(self.adams, D(2026, 3, 3))
        report = self.client.get("/api/statistics/workload/?as_of_date=2026-03-05").json()
        self.assertEqual(report["reporting_period"], "Period 1")
        by_name = {s["clinician_name"]: s for s in report["clinician_summaries"]}
        smith = by_name["Dr. Smith"]
        self.assertEqual((smith["expected_shifts"], smith["deficiency"], smith["status"]), (2.0, -1.0, "ahead"))
        self.assertEqual((smith["shifts_worked"], smith["hours_worked"], smith["shifts_scheduled"], smith["hours_scheduled"]),
                         (1, 8.0, 2, 20.0))
        self.assertEqual((smith["nights"], smith["weekends"]), (1, 1))
        self.assertEqual((by_name["Dr. Adams"]["deficiency"], by_name["Dr. Adams"]["status"]), (1.0, "behind"))
        unknown = self.client.get("/api/statistics/workload/?reporting_period=Nope")
        self.assertEqual(unknown.status_code, 400)
        self.assertIn("reporting_period", unknown.json())

    def test_availability_counts_who_can_work(self):
        jones = self.clinician("Dr. Jones", percentage=40.0, fixed_working_days=[1, 2])
        LeaveRequest.objects.create(clinician=self.smith, type="annual", start_date=D(2026, 3, 3), end_date=D(2026, 3, 3), status="approved")
        self.shift(jones, D(2026, 3, 4))  # on shift outside the fixed days still counts
        days = self.client.get("/api/availability/?start_date=2026-03-02&end_date=2026-03-05").json()
        self.assertEqual(days, [{"date": "2026-03-02", "doctors_count": 3}, {"date": "2026-03-03", "doctors_count": 2},
                                {"date": "2026-03-04", "doctors_count": 3}, {"date": "2026-03-05", "doctors_count": 2}])

    def test_deprecated_endpoints_answer_501(self):
        for path in ("/api/rota/generate/", "/api/rebalance/"):
            response = self.client.post(path)
            self.assertEqual(response.status_code, 501)
            self.assertTrue(response.json()["error"].startswith("This endpoint has been deprecated."))


BULK_RESULT_FIELDS = {"clinician_id", "clinician_name", "has_entitlement", "entitlement", "remaining", "unit", "adjustments",
                      "percentage_used"}


class BulkShapeTests(ApiTestCase):
    def test_exactly_the_documented_fields(self):
        smith = self.clinician("Dr. Smith")
        body = self.post_json("/api/calculations/bulk-leave-quota/", {"clinician_ids": [smith.id]}).json()
        self.assertEqual(set(body), {"results", "total_count", "success_count", "error_count", "errors"})
        self.assertEqual(set(body["results"][0]), BULK_RESULT_FIELDS)
        self.assertEqual(body["errors"], [])


MONDAY_NOON = datetime.datetime(2026, 3, 2, 12, 0, tzinfo=datetime.timezone.utc)


@mock.patch("django.utils.timezone.now", return_value=MONDAY_NOON)
class DefaultTests(ApiTestCase):
    """The documented defaults, on a clock fixed at Monday 2 March 2026."""

    def dates(self, path):
        days = self.client.get(path).json()
        days = days["results"] if isinstance(days, dict) else days
        return days[0]["date"], days[-1]["date"], len(days)

    def test_ranges_start_today_and_end_four_weeks_later(self, _now):
        for path in ("/api/statistics/forecast/", "/api/availability/", "/api/v1/statistics/forecast/"):
            self.assertEqual(self.dates(path), ("2026-03-02", "2026-03-30", 29), path)
        self.assertEqual(self.dates("/api/statistics/forecast/?weeks=2"), ("2026-03-02", "2026-03-16", 15))
        self.assertEqual(self.dates("/api/statistics/forecast/?start_date=2026-04-01"), ("2026-04-01", "2026-04-29", 29))
        self.assertEqual(self.dates("/api/availability/?start_date=2026-04-01"), ("2026-04-01", "2026-04-29", 29))
        # end_date wins over weeks.
        self.assertEqual(self.dates("/api/statistics/forecast/?end_date=2026-03-03&weeks=8"), ("2026-03-02", "2026-03-03", 2))
        envelope = self.client.get("/api/v1/statistics/forecast/").json()
        self.assertEqual((envelope["start_date"], envelope["end_date"]), ("2026-03-02", "2026-03-30"))

    def test_workload_reports_period_1_as_of_today(self, _now):
        smith = self.clinician("Dr. Smith")
        ReportingPeriod.objects.create(name="Period 1", start_date=D(2026, 3, 1), end_date=D(2026, 3, 8))
        ReportingPeriod.objects.create(name="Period 2", start_date=D(2026, 3, 9), end_date=D(2026, 3, 15))
        Shift.objects.create(clinician=smith, date=D(2026, 3, 1), type="D", duration=480)
        Shift.objects.create(clinician=smith, date=D(2026, 3, 2), type="D", duration=480)
        report = self.client.get("/api/statistics/workload/").json()
        self.assertEqual((report["reporting_period"], report["as_of_date"]), ("Period 1", "2026-03-02"))
        summary = report["clinician_summaries"][0]
        self.assertEqual((summary["shifts_worked"], summary["shifts_scheduled"]), (1, 1))  # today's shift is still to come
        self.assertEqual(self.client.get("/api/statistics/workload/?reporting_period=Period 2").json()["reporting_period"], "Period 2")

    def test_stats_and_quota_as_of_today(self, _now):
        smith = self.clinician("Dr. Smith")
        Shift.objects.create(clinician=smith, date=D(2026, 3, 1), type="D")
        Shift.objects.create(clinician=smith, date=D(2026, 3, 2), type="D")
        stats = self.client.get(f"/api/clinicians/{smith.id}/stats/").json()
        self.assertEqual((stats["as_of_date"], stats["completed_shifts"], stats["scheduled_shifts"]), ("2026-03-02", 1, 1))
        # Leave in 2027 is not in today's leave year.
        LeaveRequest.objects.create(clinician=smith, type="annual", start_date=D(2027, 3, 1), end_date=D(2027, 3, 5), status="approved")
        quota = self.post_json("/api/calculations/bulk-leave-quota/", {"clinician_ids": [smith.id]}).json()["results"][0]
        self.assertEqual(quota["remaining"], "6.00")
