"""An event in a person's calendar, its occurrences, and which of its reminders are due."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

# Expanding a rule stops here: a feed or a reminder run never needs more occurrences than this.
MAX_OCCURRENCES = 1000


@dataclass(frozen=True)
class Event:
    """One thing on the calendar. `starts_at` is read as a wall-clock time in `time_zone`, so a weekly
    event keeps its local hour across daylight-saving changes. `rrule` is an RFC 5545 rule without
    DTSTART ("FREQ=WEEKLY;BYDAY=SU"), empty for a one-off event. `alarms` are how long before each
    occurrence a reminder is due. `summary` is what calendars show: sources choose words that hold
    nothing private."""

    uid: str
    kind: str
    summary: str
    starts_at: datetime
    duration: timedelta
    time_zone: str = "UTC"
    rrule: str = ""
    alarms: tuple[timedelta, ...] = field(default=(timedelta(minutes=30),))
    description: str = ""

    @property
    def local_start(self) -> datetime:
        """The first start as a wall-clock time in the event's own zone."""
        return self.starts_at.astimezone(ZoneInfo(self.time_zone))


@dataclass(frozen=True)
class DueReminder:
    """A reminder whose moment has come: the event, the occurrence it is for, and how long before."""

    event: Event
    occurs_at: datetime
    before: timedelta

    @property
    def alarm_minutes(self) -> int:
        return int(self.before.total_seconds() // 60)


def occurrences(event: Event, *, start: datetime, end: datetime) -> list[datetime]:
    """Return the starts of the event between `start` and `end` (inclusive), each an aware datetime in
    the event's zone at the same local time as the first one."""
    first = event.local_start
    if not event.rrule:
        return [first] if start <= first <= end else []
    rule = rrulestr(event.rrule, dtstart=first, forceset=True)
    found = []
    for moment in rule.xafter(max(start, first) - timedelta(microseconds=1), count=MAX_OCCURRENCES, inc=True):
        if moment > end:
            break
        # rrule keeps the wall-clock fields; re-attaching the zone gives the right offset after a change.
        found.append(moment.replace(tzinfo=ZoneInfo(event.time_zone)))
    return found


def due_reminders(events: list[Event], *, now: datetime) -> list[DueReminder]:
    """Return the reminders whose moment has passed while their occurrence has not begun yet: each
    (event, occurrence, alarm) is due from `occurrence - alarm` until the occurrence starts."""
    due = []
    for event in events:
        if not event.alarms:
            continue
        longest = max(event.alarms)
        for occurs_at in occurrences(event, start=now, end=now + longest):
            due.extend(
                DueReminder(event, occurs_at, before) for before in event.alarms if occurs_at - before <= now < occurs_at
            )
    return due
