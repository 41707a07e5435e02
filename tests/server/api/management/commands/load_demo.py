import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from api.models import Alert, Clinician, LeaveRequest, ReportingPeriod, Shift, ShiftType, WorkingTerm

TEAMS = {
    "Acute": ["Dr. Ada Lovelace", "Dr. Alan Turing", "Dr. Grace Hopper"],
    "Surgery": ["Dr. Edsger Dijkstra", "Dr. Barbara Liskov", "Dr. Donald Knuth"],
    "Paediatrics": ["Dr. Frances Allen", "Dr. John McCarthy"],
}


class Command(BaseCommand):
    help = "Loads a small demo department: clinicians, terms, shifts around today, leave and alerts."

    @transaction.atomic
    def handle(self, *args, **options):
        today = timezone.localdate()
        ShiftType.objects.get_or_create(code="D", defaults={"name": "Day", "minimum_weekday": 2, "minimum_weekend": 1})
        ShiftType.objects.get_or_create(code="N", defaults={"name": "Night", "category": "night", "minimum_weekday": 1, "minimum_weekend": 1})
        ReportingPeriod.objects.get_or_create(
            name="Period 1", defaults={"start_date": today.replace(day=1), "end_date": today.replace(day=1) + datetime.timedelta(days=90)}
        )
        clinicians = []
        for team, names in TEAMS.items():
            for index, name in enumerate(names):
                clinician = Clinician.objects.create(name=f"{name} ({team})")
                WorkingTerm.objects.create(
                    clinician=clinician,
                    type="substantive" if index else "less_than_full_time",
                    start_date=today.replace(month=1, day=1),
                    percentage=100.0 if index else 60.0,
                    fixed_working_days=[] if index else [1, 2, 3],
                    annual_leave_entitlement=6.0,
                )
                clinicians.append(clinician)
        for offset in range(-14, 28):
            day = today + datetime.timedelta(days=offset)
            rotation = [clinicians[(offset + k) % len(clinicians)] for k in range(3)]
            for clinician, code in zip(rotation, ("D", "D", "N")):
                Shift.objects.create(
                    clinician=clinician, date=day, type=code, duration=720 if code == "N" else 510,
                    status="completed" if offset < 0 else "scheduled", created_by="demo", modified_by="demo",
                )
        LeaveRequest.objects.create(
            clinician=clinicians[1], type="annual", start_date=today + datetime.timedelta(days=7),
            end_date=today + datetime.timedelta(days=11), status="approved", processed_by="demo", processed_at=timezone.now(),
        )
        LeaveRequest.objects.create(
            clinician=clinicians[4], type="study", start_date=today + datetime.timedelta(days=3), end_date=today + datetime.timedelta(days=4)
        )
        Alert.objects.create(
            type="coverage_below_minimum", severity="critical", date=today + datetime.timedelta(days=8),
            message="Day shift below minimum: 1 of 2.",
        )
        Alert.objects.create(type="rest_too_short", date=today, message=f"{clinicians[2].name}: 9 hours' rest between shifts.")
        self.stdout.write(f"demo: {len(clinicians)} clinicians, {Shift.objects.count()} shifts")
