"""A protected talk as a calendar event (built into .ics by nearer.core.reminders, the one builder).

The UID is stable per talk, so the one-off download and the personal feed name the same event and a
calendar that has both shows it once."""

from datetime import datetime, timedelta

from nearer.core.reminders import Event

DEFAULT_SUMMARY = "Half an hour for the two of us"
REMIND_BEFORE = (timedelta(hours=1),)


def talk_event(*, talk_id, starts_at: datetime, minutes: int, time_zone: str, title: str = "") -> Event:
    """The talk as an Event: the person's own title when they are logged in to download it, else
    (in the feed, read without their key) the same neutral words for every talk."""
    return Event(
        uid=f"talk-{talk_id}@nearer", kind="talk", summary=title or DEFAULT_SUMMARY, starts_at=starts_at,
        duration=timedelta(minutes=minutes), time_zone=time_zone, alarms=REMIND_BEFORE,
    )
