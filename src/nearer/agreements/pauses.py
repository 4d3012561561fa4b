"""A pause called under a pause-signal agreement: it starts now and names when both come back."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction

from nearer.agreements.models import Agreement, Pause
from nearer.core.errors import ConflictError, InvalidInputError
from nearer.core.practice import KINDS
from nearer.privacy import selectors as privacy_selectors

ALREADY = "A pause is already running under this agreement."


@dataclass(frozen=True)
class PauseView:
    agreement_id: str
    started_at: datetime
    returns_at: datetime
    started_by_me: bool


def pause_start(*, user, agreement_id, now: datetime, minutes: int | None = None) -> Pause:
    """Start a pause now under an active pause-signal agreement; it returns after the agreed length
    (or `minutes`, within the kind's bounds: at least 20 minutes, back within 24 hours)."""
    agreement = privacy_selectors.item_get(Agreement, user=user, item_id=agreement_id)
    if agreement.kind != "pause_signal" or agreement.status != Agreement.Status.ACTIVE:
        raise ConflictError("A pause starts from an active pause-signal agreement.")
    kind = KINDS["pause_signal"]
    length = agreement.duration_minutes if minutes is None else minutes
    if not kind.min_minutes <= length <= kind.max_minutes:
        raise InvalidInputError(f"A pause lasts between {kind.min_minutes} minutes and 24 hours.")
    Pause.objects.filter(agreement=agreement, ended_at__isnull=True, returns_at__lte=now).update(ended_at=now)
    try:
        with transaction.atomic():
            return Pause.objects.create(agreement=agreement, started_by=user, started_at=now,
                                        returns_at=now + timedelta(minutes=length))
    except IntegrityError:
        raise ConflictError(ALREADY) from None


def pause_end(*, user, agreement_id, now: datetime) -> None:
    """End the running pause of an agreement the person can see (both are back)."""
    agreement = privacy_selectors.item_get(Agreement, user=user, item_id=agreement_id)
    if not Pause.objects.filter(agreement=agreement, ended_at__isnull=True).update(ended_at=now):
        raise ConflictError("No pause is running under this agreement.")


def pause_running(*, user, now: datetime, among: list[str] | None = None) -> PauseView | None:
    """The pause running now under an agreement the person can see, or None. `among` narrows the
    search to these agreement ids, already known to be visible to the person (the Today page)."""
    if among is None:
        among = privacy_selectors.visible(Agreement, user=user).filter(kind="pause_signal").values("pk")
    elif not among:
        return None
    pause = (Pause.objects.filter(agreement_id__in=among, ended_at__isnull=True, returns_at__gt=now)
             .order_by("-started_at").first())
    if pause is None:
        return None
    return PauseView(agreement_id=str(pause.agreement_id), started_at=pause.started_at, returns_at=pause.returns_at,
                     started_by_me=pause.started_by_id == user.pk)
