"""The calendar file for a protected talk: one VEVENT, no private text beyond the title the person typed."""

from datetime import datetime

from icalendar import Calendar, Event

DEFAULT_SUMMARY = "Half an hour for the two of us"


def talk_calendar(*, talk_id: str, title: str, starts_at: datetime, ends_at: datetime, now: datetime) -> bytes:
    """Return the .ics bytes of one talk (times in UTC, a stable UID per talk)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Nearer//Protected talk//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"talk-{talk_id}@nearer")
    event.add("dtstamp", now)
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    event.add("summary", title or DEFAULT_SUMMARY)
    event.add("transp", "OPAQUE")
    calendar.add_component(event)
    return calendar.to_ical()
