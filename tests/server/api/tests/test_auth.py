import os
import subprocess
from pathlib import Path

from django.test import Client, SimpleTestCase

from .support import ApiTestCase


class LoginTests(ApiTestCase):
    def test_form_login_sets_session_and_redirects_home(self):
        client = Client(enforce_csrf_checks=True)
        page = client.get("/accounts/login/")
        self.assertEqual(page.status_code, 200)
        csrf = client.cookies["csrftoken"]
        self.assertEqual(csrf["samesite"], "Lax")
        response = client.post(
            "/accounts/login/", {"login": "coordinator", "password": self.password, "csrfmiddlewaretoken": csrf.value}
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/")
        self.assertIn("sessionid", client.cookies)
        self.assertEqual(client.get("/api/clinicians/").status_code, 200)

    def test_wrong_password_is_refused(self):
        client = Client()
        client.get("/accounts/login/")
        response = client.post("/accounts/login/", {"login": "coordinator", "password": "wrong"})
        self.assertEqual(response.status_code, 200)  # the form again, with its error
        self.assertNotIn("sessionid", client.cookies)
        self.assertEqual(client.get("/api/clinicians/").status_code, 401)

    def test_every_endpoint_needs_a_session(self):
        client = Client()
        for path in ("/api/clinicians/", "/api/shifts/", "/api/statistics/forecast/", "/api/v1/clinicians/",
                     "/api/calendar-data/", "/leave-booking/calendar-data/", "/api/schema/"):
            response = client.get(path)
            self.assertEqual(response.status_code, 401, path)
            self.assertEqual(response.json(), {"detail": "Authentication credentials were not provided."}, path)


class CsrfTests(ApiTestCase):
    def setUp(self):
        super().setUp()
        self.client = Client(enforce_csrf_checks=True)
        self.client.get("/accounts/login/")
        self.client.force_login(self.user)
        self.token = self.client.cookies["csrftoken"].value

    def test_unsafe_methods_need_the_header(self):
        clinician = self.clinician()
        for method, path in (("post", "/api/clinicians/"), ("put", f"/api/clinicians/{clinician.id}/"),
                             ("patch", f"/api/clinicians/{clinician.id}/"), ("delete", f"/api/clinicians/{clinician.id}/")):
            response = self.post_json(path, {"name": "Dr. New"}, method=method)
            self.assertEqual(response.status_code, 403, method)
            self.assertTrue(response.json()["detail"].startswith("CSRF Failed: CSRF token missing"))

    def test_header_with_the_cookie_value_is_accepted(self):
        response = self.post_json("/api/clinicians/", {"name": "Dr. New"}, HTTP_X_CSRFTOKEN=self.token)
        self.assertEqual(response.status_code, 201)
        self.assertEqual(self.client.get("/api/clinicians/").status_code, 200)  # safe methods need none


class RunScriptTests(SimpleTestCase):
    script = Path(__file__).resolve().parents[2] / "run.sh"

    def run_script(self, *args, **environ):
        env = {key: value for key, value in os.environ.items() if key != "ROTADESK_SERVER_PASSWORD"}
        return subprocess.run([str(self.script), *args], env={**env, **environ}, capture_output=True, text=True, timeout=30)

    def test_refuses_to_start_without_a_password(self):
        for password in ({}, {"ROTADESK_SERVER_PASSWORD": ""}):
            result = self.run_script("--port", "1", **password)
            self.assertEqual(result.returncode, 2)
            self.assertIn("refusing to start without a password", result.stderr)

    def test_refuses_unknown_arguments(self):
        result = self.run_script("--host", "0.0.0.0", ROTADESK_SERVER_PASSWORD="x")
        self.assertEqual(result.returncode, 2)
        self.assertIn("usage:", result.stderr)
