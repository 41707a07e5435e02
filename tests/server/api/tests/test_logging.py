import logging
from unittest import mock

from .support import ApiTestCase


class RequestLoggingTests(ApiTestCase):
    def test_logs_the_request_without_secrets(self):
        session = self.client.cookies["sessionid"].value
        with self.assertLogs("api.requests", "INFO") as logs:
            self.client.get("/api/clinicians/?search=smi&password=hunter2")
        self.assertEqual(len(logs.records), 1)
        line = logs.output[0]
        self.assertIn("GET /api/clinicians/ user=coordinator", line)
        self.assertIn("'search': ['smi']", line)
        self.assertIn("status=200", line)
        self.assertNotIn("hunter2", line)
        self.assertNotIn(session, line)

    def test_slow_requests_are_warned_about(self):
        with mock.patch("api.mixins.time.monotonic", side_effect=[10.0, 11.5]), self.assertLogs("api.requests", "INFO") as logs:
            self.client.get("/api/clinicians/")
        self.assertEqual([r.levelname for r in logs.records], ["INFO", "WARNING"])
        self.assertIn("slow request: GET /api/clinicians/", logs.output[1])
        self.assertIn("duration=1500.0ms", logs.output[1])

    def test_the_access_log_hides_secret_parameters_too(self):
        with self.assertLogs("django.server", "INFO") as logs:
            logging.getLogger("django.server").info(
                '"%s" %s %s', "GET /api/clinicians/?search=smi&password=hunter2&x_csrftoken=abc&Session%5Fid=s1 HTTP/1.1", "200", "5")
        self.assertEqual(logs.records[0].getMessage(),
                         '"GET /api/clinicians/?search=smi&password=***&x_csrftoken=***&Session%5Fid=*** HTTP/1.1" 200 5')
