"""Active agreements as calendar events for the feed, the downloads and e-mail reminders
(nearer.reminders.sources). The feed is opened without a session, so an event carries the kind's
fixed name, never the title the couple wrote (it is sealed)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from nearer.agreements.models import Agreement
from nearer.agreements.selectors import schedule_of
from nearer.core.practice.kinds import KINDS
from nearer.core.practice.recurrence import calendar_rule
from nearer.core.reminders import Event
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
        events.append(Event(
            uid=f"agreement-{agreement.pk}@nearer", kind="agreement", summary=label,
            starts_at=datetime.combine(schedule.starts_on, schedule.at, tzinfo=zone),
            duration=timedelta(minutes=schedule.duration_minutes), time_zone=user.time_zone,
            rrule=calendar_rule(schedule),
        ))
    return events
