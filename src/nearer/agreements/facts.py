"""The program's facts that agreements make true, counted from what exists (never from a tap
counter). Not wired into the program here; nearer.program reads it through `facts_for`."""

from collections import Counter
from datetime import datetime

from django.db.models import Count

from nearer.agreements.models import Agreement, Mark, ParkingTopic
from nearer.privacy import selectors as privacy_selectors

AGREED_FACTS = {  # fact id -> the kind whose active agreement makes it hold
    "tune_up_scheduled": "weekly_tune_up",
    "pause_signal_agreed": "pause_signal",
    "work_talk_boundary_agreed": "work_talk_boundary",
    "reentry_date_set": "reentry_date",
}
DAY_FACTS = {"appreciation_days": "daily_appreciation", "affection_days": "affection"}


def facts_for(*, user, key, now: datetime) -> dict[str, int]:
    """Counts for the agreement facts of nearer.core.program.facts, for this person at `now`.

    An agreement counts once it is active (accepted by the partner, or made alone); a proposal still
    waiting, a paused, declined or ended one does not. Days count each day once; marks are the
    person's own. Everything read here is plain (kinds, schedules, marks), so `key` is not needed
    to count; it is taken so every fact source has the same signature."""
    visible = privacy_selectors.visible(Agreement, user=user)
    active = visible.filter(status=Agreement.Status.ACTIVE).order_by().values_list("kind", "frequency")
    kinds = Counter(kind for kind, frequency in active if not (kind == "micro_connection" and frequency == "as_needed"))
    facts = {"micro_connections_agreed": kinds["micro_connection"]}
    facts |= {fact: int(bool(kinds[kind])) for fact, kind in AGREED_FACTS.items()}
    done = (Mark.objects.filter(user=user, status=Mark.Status.DONE, agreement__in=visible.values("pk"))
            .order_by().values("agreement__kind").annotate(days=Count("on", distinct=True), marks=Count("pk")))
    by_kind = {row["agreement__kind"]: row for row in done}
    for fact, kind in DAY_FACTS.items():
        facts[fact] = by_kind.get(kind, {}).get("days", 0)
    facts["practical_support_given"] = by_kind.get("practical_support", {}).get("marks", 0)
    facts["parking_lot_started"] = int(ParkingTopic.objects.filter(author=user).exists())
    return facts
