"""Marks: "done" or "not today" on a due day of an agreement, one per person per day. Each person's
marks are theirs alone; nothing adds them up into a streak or shows the partner's."""

from datetime import date, datetime, timedelta

from django.db import IntegrityError, transaction

from nearer.agreements.models import Agreement, Mark
from nearer.agreements.selectors import schedule_of
from nearer.core.errors import ConflictError, InvalidInputError
from nearer.core.practice import is_occurrence
from nearer.privacy import selectors as privacy_selectors
from nearer.program.selectors import local_today

DAYS_BACK = 7
CHOICES = ("done", "not_today", "clear")


def _check_day(agreement: Agreement, *, user, on: date, today: date) -> None:
    if on > today:
        raise InvalidInputError("That day has not come yet.")
    if on < today - timedelta(days=DAYS_BACK):
        raise InvalidInputError(f"Marks can be set for the last {DAYS_BACK} days only.")
    if not is_occurrence(schedule_of(agreement), zone=user.time_zone, on=on):
        raise InvalidInputError("This agreement is not due on that day.")


def _parse_day(on: date | str) -> date:
    if isinstance(on, date):
        return on
    try:
        return date.fromisoformat(on)
    except (TypeError, ValueError):
        raise InvalidInputError("That day could not be read.") from None


def mark_set(*, user, agreement_id, on: date | str, status: str, now: datetime) -> Mark | None:
    """Set the person's mark for a due day (a date or an ISO date text) of an active agreement
    ("clear" takes it back); the mark of the day is replaced, never added to. Returns the mark, or
    None once cleared. The agreement is looked up first, so a foreign id is 404 whatever was sent."""
    agreement = privacy_selectors.item_get(Agreement, user=user, item_id=agreement_id)
    on = _parse_day(on)
    if status not in CHOICES:
        raise InvalidInputError("Mark it done or not today.")
    if agreement.status != Agreement.Status.ACTIVE:
        raise ConflictError("Only an active agreement can be marked.")
    _check_day(agreement, user=user, on=on, today=local_today(user, now))
    if status == "clear":
        Mark.objects.filter(user=user, agreement=agreement, on=on).delete()
        return None
    try:
        with transaction.atomic():
            mark, _ = Mark.objects.update_or_create(
                user=user, agreement=agreement, on=on, defaults={"status": status, "marked_at": now})
    except IntegrityError:  # the same tap arrived twice at once: the other one created the row
        Mark.objects.filter(user=user, agreement=agreement, on=on).update(status=status, marked_at=now)
        mark = Mark.objects.get(user=user, agreement=agreement, on=on)
    return mark


def marks_between(*, user, agreement_ids, first: date, last: date) -> dict[tuple[str, date], str]:
    """The person's own marks on these agreements between two days, keyed by (agreement id, day)."""
    rows = Mark.objects.filter(user=user, agreement_id__in=agreement_ids, on__range=(first, last))
    return {(str(agreement_id), on): status for agreement_id, on, status in rows.values_list("agreement_id", "on", "status")}
