"""Where calendar events come from. Each source is a function `events_for(*, user, key, now)` that
returns `nearer.core.reminders.Event`s; adding a feature's events to the feed, the downloads and the
e-mail reminders is one line in SOURCES.

The feed and `nearer remind` run without the person's session, so `key` is None there and a source
must not need private text: it says what kind of event it is in fixed words (see docs/reminders.md)."""

from datetime import datetime, timedelta

from nearer.agreements.calendar import agreement_events
from nearer.core import dates
from nearer.core.program import load_program
from nearer.core.reminders import Event
from nearer.privacy import selectors as privacy_selectors
from nearer.program.ics import talk_event
from nearer.program.models import Talk

# A feed shows the recent past too, so a calendar that subscribes late still has last week's talk.
PAST_DAYS = 30


def talk_events(*, user, key, now: datetime) -> list[Event]:
    """The person's protected talks from the last PAST_DAYS on, in neutral words (titles are sealed)."""
    minutes = load_program().readiness.protected_talk.minutes
    talks = (
        privacy_selectors.own(Talk, user=user)
        .filter(starts_at__gte=now - timedelta(days=PAST_DAYS))
        .order_by("starts_at")
        .only("id", "starts_at")[:200]
    )
    return [
        talk_event(talk_id=talk.pk, starts_at=dates.showable(talk.starts_at), minutes=minutes, time_zone=user.time_zone)
        for talk in talks
    ]


SOURCES = [
    talk_events,
    agreement_events,
]


def events_for(*, user, key, now: datetime) -> list[Event]:
    """Every event of the person's, from every source, earliest first."""
    events = [event for source in SOURCES for event in source(user=user, key=key, now=now)]
    return sorted(events, key=lambda event: event.starts_at)
