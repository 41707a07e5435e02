import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Creates or updates the account from ROTADESK_SERVER_USER and ROTADESK_SERVER_PASSWORD."

    def handle(self, *args, **options):
        username = os.environ.get("ROTADESK_SERVER_USER") or "coordinator"
        password = os.environ.get("ROTADESK_SERVER_PASSWORD")
        if not password:
            raise CommandError("ROTADESK_SERVER_PASSWORD is not set; the server needs a password for its account.")
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.set_password(password)
        user.is_staff = True  # a rota coordinator: the calendar data shows alerts to staff only
        user.save()
        self.stdout.write(f"account: {username}")
