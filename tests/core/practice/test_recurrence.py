from datetime import UTC, date, datetime, time

import pytest

from nearer.core.errors import InvalidInputError
from nearer.core.practice import Schedule, check_schedule, is_occurrence, next_occurrence, occurrences
from nearer.core.practice.recurrence import calendar_rule, describe

BERLIN, NEW_YORK = "Europe/Berlin", "America/New_York"


def weekly_sunday_evening(**changes):
    return Schedule(**{"frequency": "weekly", "starts_on": date(2026, 3, 1), "at": time(20, 0),
                       "duration_minutes": 30, **changes})


def test_a_sunday_20_00_tune_up_stays_at_20_00_local_across_the_spring_change():
    found = occurrences(weekly_sunday_evening(), zone=BERLIN, first=date(2026, 3, 22), last=date(2026, 4, 5))
    assert [o.on for o in found] == [date(2026, 3, 22), date(2026, 3, 29), date(2026, 4, 5)]
    assert {o.starts_at.strftime("%H:%M") for o in found} == {"20:00"}
    assert [o.starts_at.astimezone(UTC).hour for o in found] == [19, 18, 18]


def test_a_sunday_20_00_tune_up_stays_at_20_00_local_across_the_autumn_change():
    found = occurrences(weekly_sunday_evening(), zone=NEW_YORK, first=date(2026, 10, 25), last=date(2026, 11, 8))
    assert {o.starts_at.strftime("%H:%M") for o in found} == {"20:00"}
    assert [o.starts_at.astimezone(UTC).hour for o in found] == [0, 1, 1]


def test_a_time_inside_the_spring_gap_moves_forward_by_the_gap():
    nightly = Schedule("daily", date(2026, 3, 1), time(2, 30), 30)
    (found,) = occurrences(nightly, zone=BERLIN, first=date(2026, 3, 29), last=date(2026, 3, 29))
    assert found.starts_at.strftime("%H:%M") == "03:30"


def test_daily_runs_across_month_ends_and_a_leap_day():
    daily = Schedule("daily", date(2028, 1, 30), time(7, 0), 10)
    found = occurrences(daily, zone="UTC", first=date(2028, 1, 30), last=date(2028, 3, 1))
    assert len(found) == 32
    assert date(2028, 2, 29) in [o.on for o in found]


def test_an_end_date_on_the_last_of_the_month_is_included_and_nothing_after():
    daily = Schedule("daily", date(2026, 4, 28), time(7, 0), 10, ends_on=date(2026, 4, 30))
    found = occurrences(daily, zone="UTC", first=date(2026, 4, 1), last=date(2026, 5, 31))
    assert [o.on.day for o in found] == [28, 29, 30]


def test_chosen_weekdays_give_only_those_days():
    mon_thu = Schedule("weekdays", date(2026, 1, 1), time(19, 0), 15, weekdays=(0, 3))
    found = occurrences(mon_thu, zone="UTC", first=date(2026, 1, 5), last=date(2026, 1, 18))
    assert [o.on.weekday() for o in found] == [0, 3, 0, 3]


def test_a_weekly_schedule_repeats_on_the_weekday_it_starts():
    assert is_occurrence(weekly_sunday_evening(), zone=BERLIN, on=date(2026, 3, 8))
    assert not is_occurrence(weekly_sunday_evening(), zone=BERLIN, on=date(2026, 3, 9))


def test_nothing_is_due_before_the_start():
    assert occurrences(weekly_sunday_evening(), zone=BERLIN, first=date(2026, 2, 1), last=date(2026, 2, 28)) == []


def test_a_one_off_is_due_once_and_then_never_again():
    once = Schedule("once", date(2026, 6, 12), time(18, 0), 120)
    assert [o.on for o in occurrences(once, zone="UTC", first=date(2026, 6, 1), last=date(2026, 6, 30))] == [
        date(2026, 6, 12)]
    assert next_occurrence(once, zone="UTC", now=datetime(2026, 6, 12, 21, tzinfo=UTC)) is None


def test_when_needed_is_never_due():
    pause = Schedule("as_needed", date(2026, 1, 1), time(0, 0), 20)
    assert occurrences(pause, zone="UTC", first=date(2026, 1, 1), last=date(2026, 12, 31)) == []
    assert next_occurrence(pause, zone="UTC", now=datetime(2026, 1, 1, tzinfo=UTC)) is None


def test_the_next_occurrence_is_the_one_still_running_or_the_next_to_start():
    tune_up = weekly_sunday_evening()
    running = next_occurrence(tune_up, zone=BERLIN, now=datetime(2026, 3, 29, 18, 10, tzinfo=UTC))
    assert running.on == date(2026, 3, 29)
    after = next_occurrence(tune_up, zone=BERLIN, now=datetime(2026, 3, 29, 18, 31, tzinfo=UTC))
    assert after.on == date(2026, 4, 5) and after.starts_at.hour == 20


@pytest.mark.parametrize("schedule, message", [
    (Schedule("hourly", date(2026, 1, 1), time(8), 10), "how often"),
    (Schedule("weekdays", date(2026, 1, 1), time(8), 10), "at least one weekday"),
    (Schedule("weekdays", date(2026, 1, 1), time(8), 10, weekdays=(7,)), "numbered 0"),
    (Schedule("daily", date(2026, 1, 1), time(8), 0), "between 1 and"),
    (Schedule("daily", date(2026, 1, 2), time(8), 10, ends_on=date(2026, 1, 1)), "before the start"),
])
def test_a_bad_schedule_is_refused_with_what_is_wrong(schedule, message):
    with pytest.raises(InvalidInputError, match=message):
        check_schedule(schedule)


def test_a_schedule_is_described_in_words():
    assert describe(Schedule("weekdays", date(2026, 1, 1), time(20), 15, weekdays=(3, 0))) == (
        "Mondays and Thursdays at 20:00, 15 minutes")
    assert describe(weekly_sunday_evening()) == "Every Sunday at 20:00, 30 minutes"


def test_a_schedule_reads_as_a_calendar_rule():
    monday = date(2026, 11, 30)
    weekdays = Schedule("weekdays", monday, time(7, 30), 15, weekdays=(3, 0), ends_on=date(2027, 1, 31))
    assert calendar_rule(weekdays) == "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270131T235959"
    assert calendar_rule(Schedule("weekly", monday, time(20), 30)) == "FREQ=WEEKLY;BYDAY=MO"
    assert calendar_rule(Schedule("daily", monday, time(20), 30)) == "FREQ=DAILY"
    assert calendar_rule(Schedule("once", monday, time(20), 30)) == ""
