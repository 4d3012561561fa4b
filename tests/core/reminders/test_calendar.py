"""The calendar built from plain events, read back by an independent parser (vobject, not icalendar)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import vobject
from dateutil.rrule import rrulestr

from nearer.core.reminders import Event, calendar_bytes

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 10, 1, 9, 0, tzinfo=ZoneInfo("UTC"))
# Sunday 18 October 2026, 20:00 in Paris (summer time); clocks go back on Sunday 25 October.
SUNDAY_EVENING = datetime(2026, 10, 18, 20, 0, tzinfo=PARIS)


def _weekly_tune_up() -> Event:
    return Event(uid="tune-up-1@nearer", kind="tune_up", summary="Weekly tune-up", starts_at=SUNDAY_EVENING,
                 duration=timedelta(minutes=10), time_zone="Europe/Paris", rrule="FREQ=WEEKLY;BYDAY=SU",
                 alarms=(timedelta(minutes=15),))


def _talk() -> Event:
    return Event(uid="talk-1@nearer", kind="talk", summary="Half an hour for the two of us",
                 starts_at=datetime(2026, 10, 3, 17, 0, tzinfo=ZoneInfo("UTC")), duration=timedelta(minutes=30),
                 time_zone="Europe/Paris", alarms=(timedelta(hours=1),))


def _local(prop) -> datetime:
    """A parsed start as calendar apps read it: its wall-clock time in the zone its TZID names."""
    zone = prop.params.get("X-VOBJ-ORIGINAL-TZID", prop.params.get("TZID"))[0]
    return prop.value.replace(tzinfo=ZoneInfo(zone))


def _parsed(events: list[Event]):
    return vobject.readOne(calendar_bytes(events, now=NOW, name="Nearer").decode("utf-8"))


def _event(calendar, uid: str):
    return next(e for e in calendar.vevent_list if e.uid.value == uid)


def test_a_one_off_event_parses_back_with_its_time_summary_and_alarm():
    event = _event(_parsed([_talk()]), "talk-1@nearer")
    assert _local(event.dtstart) == datetime(2026, 10, 3, 19, 0, tzinfo=PARIS)
    assert _local(event.dtend) - _local(event.dtstart) == timedelta(minutes=30)
    assert event.summary.value == "Half an hour for the two of us"
    [alarm] = event.valarm_list
    assert alarm.action.value == "DISPLAY" and alarm.trigger.value == timedelta(hours=-1)


def test_a_weekly_event_stays_at_the_same_local_time_across_the_daylight_saving_change():
    event = _event(_parsed([_weekly_tune_up()]), "tune-up-1@nearer")
    assert event.rrule.value == "FREQ=WEEKLY;BYDAY=SU"
    rule = rrulestr(event.rrule.value, dtstart=_local(event.dtstart))
    local = rule.between(datetime(2026, 10, 10, tzinfo=PARIS), datetime(2026, 11, 10, tzinfo=PARIS))
    assert [m.day for m in local] == [18, 25, 1, 8]
    assert {(m.hour, m.minute) for m in local} == {(20, 0)}
    # The same local hour is a different UTC hour once summer time ends.
    assert [m.astimezone(ZoneInfo("UTC")).hour for m in local] == [18, 19, 19, 19]


def test_the_calendar_carries_the_autumn_change_of_its_time_zone():
    zone = _parsed([_weekly_tune_up()]).vtimezone
    assert zone.tzid.value == "Europe/Paris"
    assert {part.tzoffsetto.value for part in zone.standard_list} == {"+0100"}
    assert {part.tzoffsetto.value for part in zone.daylight_list} == {"+0200"}
    # vobject keeps only the first date of an RDATE list, so the 2026 change is read from the text.
    text = calendar_bytes([_weekly_tune_up()], now=NOW).decode().replace("\r\n ", "")
    standard = text.split("BEGIN:STANDARD")[-1].split("END:STANDARD")[0]
    assert "20261025T030000" in standard


def test_a_calendar_names_the_time_zone_its_events_use():
    body = calendar_bytes([_weekly_tune_up()], now=NOW).decode()
    assert "BEGIN:VTIMEZONE" in body and "TZID:Europe/Paris" in body
    assert "DTSTART;TZID=Europe/Paris:20261018T200000" in body


def test_every_event_and_alarm_of_a_feed_is_there():
    calendar = _parsed([_talk(), _weekly_tune_up()])
    assert sorted(e.uid.value for e in calendar.vevent_list) == ["talk-1@nearer", "tune-up-1@nearer"]
    assert _event(calendar, "tune-up-1@nearer").valarm.trigger.value == timedelta(minutes=-15)
    assert calendar.x_wr_calname.value == "Nearer"


def test_an_empty_calendar_is_still_a_valid_calendar():
    calendar = _parsed([])
    assert calendar.version.value == "2.0" and not hasattr(calendar, "vevent")
