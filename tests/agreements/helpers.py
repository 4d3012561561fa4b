"""Valid agreement inputs of every kind, and small makers going through the real services."""

from datetime import date, time, timedelta

from django.utils import timezone

from nearer.agreements import services
from nearer.agreements.inputs import AgreementInput
from tests.factories import key_for

KIND_PLANS = {  # kind -> what a person would typically choose
    "micro_connection": {"title": "Tea on the balcony", "frequency": "daily", "duration_minutes": 15},
    "weekly_tune_up": {"title": "Our Sunday tune-up", "frequency": "weekly", "duration_minutes": 30},
    "work_talk_boundary": {"title": "No work talk at dinner", "frequency": "daily", "duration_minutes": 120,
                           "phrase": "Parking it"},
    "pause_signal": {"title": "Time out", "frequency": "as_needed", "duration_minutes": 20, "phrase": "Yellow card"},
    "space": {"title": "An hour to myself after hard days", "frequency": "as_needed", "duration_minutes": 60},
    "practical_support": {"title": "I take the Friday shopping", "frequency": "weekly", "duration_minutes": 45},
    "daily_appreciation": {"title": "One specific thank-you", "frequency": "daily", "duration_minutes": 2},
    "affection": {"title": "A long hug at the door", "frequency": "daily", "duration_minutes": 1},
    "reentry_date": {"title": "Dinner at the lake", "frequency": "once", "duration_minutes": 180},
    "shared_activity": {"title": "Saturday bike ride", "frequency": "weekly", "duration_minutes": 90},
}


def plan(kind: str = "micro_connection", *, today: date | None = None, **changes) -> AgreementInput:
    today = today or timezone.localdate()
    values = {"kind": changes.pop("as_kind", kind), "at": time(20, 0), "starts_on": today, **KIND_PLANS[kind]}
    if kind == "reentry_date":
        values |= {"starts_on": today + timedelta(days=30), "crunch_ends_on": (today + timedelta(days=21)).isoformat()}
    return AgreementInput(**{**values, **changes})


def make_agreement(user, kind: str = "micro_connection", *, propose: bool = False, now=None, **changes):
    now = now or timezone.now()
    return services.agreement_create(user=user, data=plan(kind, today=now.date(), **changes), propose=propose,
                                     key=key_for(user), now=now)


def form_data(kind: str = "micro_connection", **changes) -> dict:
    """What the agreement form posts for a plan of this kind."""
    data = plan(kind, **changes)
    posted = {"kind": data.kind, "title": data.title, "frequency": data.frequency, "at": data.at.strftime("%H:%M"),
              "duration_minutes": str(data.duration_minutes), "starts_on": data.starts_on.isoformat(),
              "phrase": data.phrase, "crunch_ends_on": data.crunch_ends_on, "note": data.note,
              "catalogue_id": data.catalogue_id}
    if data.weekdays:
        posted["weekdays"] = [str(day) for day in data.weekdays]
    return posted
