"""Which reminders are due: from the alarm's moment until the occurrence begins, at local time."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from nearer.core.reminders import Event, due_reminders, occurrences

PARIS = ZoneInfo("Europe/Paris")
UTC = ZoneInfo("UTC")


def _weekly(alarms=(timedelta(minutes=30),)) -> Event:
    return Event(uid="tune-up@nearer", kind="tune_up", summary="Weekly tune-up",
                 starts_at=datetime(2026, 10, 18, 20, 0, tzinfo=PARIS), duration=timedelta(minutes=10),
                 time_zone="Europe/Paris", rrule="FREQ=WEEKLY;BYDAY=SU", alarms=alarms)


def _one_off(starts_at: datetime) -> Event:
    return Event(uid="talk@nearer", kind="talk", summary="Talk", starts_at=starts_at,
                 duration=timedelta(minutes=30), time_zone="UTC", alarms=(timedelta(hours=1),))


def test_weekly_occurrences_keep_their_local_hour_after_the_clocks_change():
    found = occurrences(_weekly(), start=datetime(2026, 10, 1, tzinfo=UTC), end=datetime(2026, 11, 2, tzinfo=UTC))
    assert [(m.day, m.hour, m.utcoffset()) for m in found] == [
        (18, 20, timedelta(hours=2)), (25, 20, timedelta(hours=1)), (1, 20, timedelta(hours=1))]


def test_occurrences_of_a_rule_with_an_end_stop_there():
    event = Event(uid="u", kind="k", summary="s", starts_at=datetime(2026, 1, 31, 8, 0, tzinfo=UTC),
                  duration=timedelta(minutes=10), rrule="FREQ=MONTHLY;COUNT=3")
    found = occurrences(event, start=datetime(2026, 1, 1, tzinfo=UTC), end=datetime(2027, 1, 1, tzinfo=UTC))
    # RFC 5545 skips months without a 31st.
    assert [m.date().isoformat() for m in found] == ["2026-01-31", "2026-03-31", "2026-05-31"]


def test_a_reminder_is_due_from_its_alarm_until_the_event_begins():
    talk = _one_off(datetime(2026, 10, 3, 17, 0, tzinfo=UTC))
    assert due_reminders([talk], now=datetime(2026, 10, 3, 15, 59, tzinfo=UTC)) == []
    [due] = due_reminders([talk], now=datetime(2026, 10, 3, 16, 0, tzinfo=UTC))
    assert due.occurs_at == talk.starts_at and due.alarm_minutes == 60
    assert due_reminders([talk], now=datetime(2026, 10, 3, 16, 59, tzinfo=UTC)) != []
    assert due_reminders([talk], now=datetime(2026, 10, 3, 17, 0, tzinfo=UTC)) == []


def test_the_weekly_reminder_after_the_change_is_due_at_local_time():
    due_at_local = datetime(2026, 10, 25, 19, 30, tzinfo=PARIS)  # 18:30 UTC, 30 minutes before 20:00 local
    [due] = due_reminders([_weekly()], now=due_at_local.astimezone(UTC))
    assert due.occurs_at == datetime(2026, 10, 25, 20, 0, tzinfo=PARIS)
    assert due_reminders([_weekly()], now=due_at_local.astimezone(UTC) - timedelta(minutes=1)) == []


def test_an_event_without_alarms_is_never_due():
    event = _weekly(alarms=())
    assert due_reminders([event], now=datetime(2026, 10, 25, 19, 45, tzinfo=PARIS)) == []
