"""The practice facts of nearer.core.program.facts, counted from what the person recorded."""

from datetime import datetime

from nearer.core.practice_log.weeks import zone
from nearer.practice.models import LogEntry, Need, TuneUpAnswer


def facts_for(*, user, key: tuple[bytes, int] | None, now: datetime) -> dict[str, int]:
    """How often each practice fact holds for the person: weeks with an answered tune-up, distinct
    local days with logged appreciation and with logged affection (up to `now`), and whether they
    have named a need. Counts the person's own records only; reads no private text, so `key` is unused."""
    logged = LogEntry.objects.filter(author_id=user.pk, occurred_at__lte=now)
    here = zone(user.time_zone)

    def days(kind: str) -> int:
        return len({m.astimezone(here).date() for m in logged.filter(kind=kind).values_list("occurred_at", flat=True)})

    return {
        "tune_up_held": TuneUpAnswer.objects.filter(author_id=user.pk, created_at__lte=now).count(),
        "appreciation_days": days("appreciation"),
        "affection_days": days("affection"),
        "needs_named": int(Need.objects.filter(author_id=user.pk).exists()),
    }
