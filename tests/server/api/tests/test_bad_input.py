import json
from unittest import mock

from django.test import override_settings

from .support import ApiTestCase


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
        self.assertEqual(self.client.get("/api/clinicians/99999999999999999999/").json(), {"detail": "Not found."})
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
