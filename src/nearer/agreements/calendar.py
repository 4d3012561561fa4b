"""Active agreements as calendar events for the feed and e-mail reminders (nearer.reminders.sources),
and one agreement's .ics download. The feed is opened without a session, so there an event carries
the kind's fixed name, never the title the couple wrote (it is sealed); the download is asked for by
the logged-in person, so it carries the title, as a talk's download does."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from nearer.agreements.models import Agreement
from nearer.agreements.selectors import agreement_view, schedule_of
from nearer.core.errors import NotFoundError
from nearer.core.practice.kinds import KINDS
from nearer.core.practice.recurrence import calendar_rule
from nearer.core.reminders import Event, calendar_bytes
from nearer.privacy import selectors as privacy_selectors


def agreement_events(*, user, key, now: datetime) -> list[Event]:
    """One event per active agreement that has a time on the calendar (not the as-needed kinds), in
    the person's time zone, repeating by its schedule."""
    agreements = (privacy_selectors.visible(Agreement, user=user)
                  .filter(status=Agreement.Status.ACTIVE).exclude(frequency="as_needed").order_by("created_at")[:200])
    zone = ZoneInfo(user.time_zone)
    events = []
    for agreement in agreements:
        schedule = schedule_of(agreement)
        if schedule.frequency == "once" and schedule.starts_on < now.astimezone(zone).date() - timedelta(days=30):
            continue
        label = KINDS[agreement.kind].label if agreement.kind in KINDS else "Agreement"
        events.append(_event(agreement, time_zone=user.time_zone, summary=label))
    return events


def agreement_calendar(*, user, agreement_id, key, now: datetime) -> bytes:
    """The .ics file of one agreement the person may see, under its title; NotFoundError for a
    foreign, missing or malformed id, and for an agreement with no time (a pause signal, space)."""
    agreement = privacy_selectors.item_get(Agreement, user=user, item_id=agreement_id)
    if agreement.frequency == "as_needed":
        raise NotFoundError("Not found.")
    title = agreement_view(agreement, user=user, key=key).title
    return calendar_bytes([_event(agreement, time_zone=user.time_zone, summary=title)], now=now)


def _event(agreement: Agreement, *, time_zone: str, summary: str) -> Event:
    schedule = schedule_of(agreement)
    return Event(
        uid=f"agreement-{agreement.pk}@nearer", kind="agreement", summary=summary,
        starts_at=datetime.combine(schedule.starts_on, schedule.at, tzinfo=ZoneInfo(time_zone)),
        duration=timedelta(minutes=schedule.duration_minutes), time_zone=time_zone,
        rrule=calendar_rule(schedule),
    )
