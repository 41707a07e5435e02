import datetime

from django.core.management.base import BaseCommand
from django.db import transaction

from api.models import Clinician, Shift

# A repeating cycle of (type, minutes), so that the shifts are not all alike.
CYCLE = [("D", 510), ("D", 510), ("LD", 750), ("N", 720), ("E", 480)]


class Command(BaseCommand):
    help = (
        "Adds a large department for benchmarks: CLINICIANS clinicians and SHIFTS shifts, one per "
        "clinician and day from FIRST_DATE on, written with bulk inserts."
    )

    def add_arguments(self, parser):
        parser.add_argument("--clinicians", type=int, default=200)
        parser.add_argument("--shifts", type=int, default=100000)
        parser.add_argument("--first-date", type=datetime.date.fromisoformat, default=datetime.date(2025, 1, 1))

    @transaction.atomic
    def handle(self, *args, **options):
        count = options["clinicians"]
        names = [f"Dr. Bench {n:05d}" for n in range(count)]
        Clinician.objects.bulk_create(Clinician(name=name) for name in names)
        # Read back: bulk_create does not set the ids of SQLite rows in this Django version.
        by_name = {clinician.name: clinician for clinician in Clinician.objects.filter(name__startswith="Dr. Bench ")}
        clinicians = [by_name[name] for name in names]
        first = options["first_date"]
        shifts = []
        for n in range(options["shifts"]):
            day, index = divmod(n, count)
            code, minutes = CYCLE[(day + index) % len(CYCLE)]
            shifts.append(
                Shift(
                    clinician=clinicians[index], date=first + datetime.timedelta(days=day), type=code, duration=minutes,
                    created_by="bench", modified_by="bench",
                )
            )
        Shift.objects.bulk_create(shifts, batch_size=5000)
        last = first + datetime.timedelta(days=(options["shifts"] - 1) // count)
        self.stdout.write(f"bulk: {count} clinicians, {len(shifts)} shifts from {first} to {last}")
