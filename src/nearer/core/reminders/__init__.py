"""Calendar events as plain data: the iCalendar text built from them and the reminders they make due.

No Django here. Sources (talks now; agreements, tune-ups and the re-entry date later) turn what a
person planned into `Event`s; this package alone knows RFC 5545 (through the `icalendar` library)
and recurrence (through dateutil's rrule)."""

from nearer.core.reminders.calendar import calendar_bytes
from nearer.core.reminders.events import DueReminder, Event, due_reminders, occurrences

__all__ = ["DueReminder", "Event", "calendar_bytes", "due_reminders", "occurrences"]
