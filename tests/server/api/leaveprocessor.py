"""The life of a leave request, as RotaDesk's LeaveRequestProcessor: submitted (annual leave is
checked against the quota, and stored as denied when it does not fit), approved (the
clinician's shifts in the leave need reassignment), denied, or cancelled (undoing what approval
did to shifts nobody has changed since)."""
from django.db import transaction
from django.utils import timezone

from .calculations import quota_problem
from .models import LeaveShiftChange, Shift


class LeaveStepRefused(Exception):
    """A step the request's status does not allow; the message says why."""


def shifts_in_leave(request):
    return Shift.objects.filter(
        clinician_id=request.clinician_id, date__gte=request.start_date, date__lte=request.end_date
    ).exclude(status="cancelled")


def mark_processed(request, user):
    request.processed_at = timezone.now()
    request.processed_by = user.get_username()


class LeaveRequestProcessor:
    def __init__(self, user):
        self.user = user

    @transaction.atomic
    def process_request(self, request):
        """Stores a new request as pending with the number of shifts in it, or as denied with
        the numbers as its reason when annual leave goes beyond the quota."""
        request.status = "pending"
        request.affected_shift_count = shifts_in_leave(request).count()
        problem = quota_problem(request) if request.type == "annual" else None
        if problem:
            request.status = "denied"
            request.denial_reason = problem
            mark_processed(request, self.user)
        request.save()
        return request

    @transaction.atomic
    def approve(self, request):
        if request.status != "pending":
            raise LeaveStepRefused(f"Leave request {request.id} is {request.status}; only a pending request can be approved.")
        shifts = list(shifts_in_leave(request))
        for shift in shifts:
            LeaveShiftChange.objects.create(
                leave_request=request,
                shift=shift,
                clinician_before_id=shift.clinician_id,
                status_before=shift.status,
                clinician_after_id=shift.clinician_id,
                status_after="needs_reassignment",
            )
            shift.status = "needs_reassignment"
            shift.modified_by = self.user.get_username()
            shift.save()
        request.status = "approved"
        request.affected_shift_count = len(shifts)
        mark_processed(request, self.user)
        request.save()
        return request

    @transaction.atomic
    def deny(self, request, reason):
        if request.status != "pending":
            raise LeaveStepRefused(f"Leave request {request.id} is {request.status}; only a pending request can be denied.")
        request.status = "denied"
        request.denial_reason = reason
        mark_processed(request, self.user)
        request.save()
        return request

    @transaction.atomic
    def cancel_request(self, request):
        if request.status not in ("pending", "approved"):
            raise LeaveStepRefused(
                f"Leave request {request.id} is {request.status}; only a pending or approved request can be cancelled."
            )
        if request.status == "approved":
            for change in request.shift_changes.select_related("shift"):
                shift = change.shift
                if shift.clinician_id == change.clinician_after_id and shift.status == change.status_after:
                    shift.clinician_id = change.clinician_before_id
                    shift.status = change.status_before
                    shift.modified_by = self.user.get_username()
                    shift.save()
        request.status = "cancelled"
        mark_processed(request, self.user)
        request.save()
        return request
