"""RFC 5545 text for a list of events: VEVENTs with their rule and VALARMs, and the VTIMEZONEs they need."""

from datetime import datetime

from icalendar import Alarm, Calendar, vRecur
from icalendar import Event as VEvent

from nearer.core.reminders.events import Event

PRODID = "-//Nearer//Calendar//EN"


def _vevent(event: Event, *, now: datetime) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", now)
    vevent.add("dtstart", event.local_start)
    vevent.add("dtend", event.local_start + event.duration)
    vevent.add("summary", event.summary)
    if event.description:
        vevent.add("description", event.description)
    if event.rrule:
        vevent.add("rrule", vRecur.from_ical(event.rrule))
    vevent.add("transp", "OPAQUE")
    for before in event.alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event.summary)
        alarm.add("trigger", -before)
        vevent.add_component(alarm)
    return vevent


def calendar_bytes(events: list[Event], *, now: datetime, name: str = "") -> bytes:
    """Return the .ics bytes of a calendar holding `events` (a feed, or a single event's download).
    Starts are written in their own zone with a VTIMEZONE, so recurring events keep their local time."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(_vevent(event, now=now))
    calendar.add_missing_timezones()
    return calendar.to_ical()
