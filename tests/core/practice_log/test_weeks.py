"""ISO weeks on the person's own calendar: year ends, daylight-saving changes, time zones."""

from datetime import datetime, timedelta, timezone

import pytest

from nearer.core.errors import InvalidInputError
from nearer.core.practice_log import Week, week_bounds, week_of

UTC = timezone.utc


def test_the_last_days_of_december_can_belong_to_the_next_iso_year():
    assert week_of(datetime(2024, 12, 30, 12, tzinfo=UTC), "UTC") == Week(2025, 1)


def test_the_first_days_of_january_can_belong_to_the_last_week_of_the_year_before():
    assert week_of(datetime(2027, 1, 2, 12, tzinfo=UTC), "UTC") == Week(2026, 53)


def test_a_year_with_53_weeks_ends_on_week_53_and_the_next_starts_at_week_1():
    assert Week(2026, 53).shifted(1) == Week(2027, 1)
    assert Week(2027, 1).shifted(-1) == Week(2026, 53)


def test_a_year_without_a_53rd_week_refuses_one():
    with pytest.raises(InvalidInputError):
        Week(2025, 53)


def test_sunday_evening_in_new_york_is_still_that_week_though_it_is_monday_in_utc():
    sunday_evening = datetime(2026, 12, 7, 2, 30, tzinfo=UTC)  # Sunday 6 Dec, 21:30 in New York
    assert week_of(sunday_evening, "America/New_York") == Week(2026, 49)
    assert week_of(sunday_evening, "UTC") == Week(2026, 50)


def test_new_year_arrives_earlier_in_auckland():
    moment = datetime(2026, 12, 31, 12, tzinfo=UTC)  # already Friday 1 Jan 2027 01:00 in Auckland
    assert week_of(moment, "Pacific/Auckland") == Week(2026, 53)
    assert week_of(datetime(2027, 1, 3, 11, 30, tzinfo=UTC), "Pacific/Auckland") == Week(2027, 1)


def test_a_week_with_the_spring_change_is_an_hour_shorter_and_starts_at_local_midnight():
    start, end = week_bounds(Week(2026, 13), "Europe/Berlin")  # clocks go forward on Sunday 29 March
    assert start == datetime(2026, 3, 22, 23, tzinfo=UTC)  # Monday 23 March, 00:00 CET
    assert end == datetime(2026, 3, 29, 22, tzinfo=UTC)  # Monday 30 March, 00:00 CEST
    assert end - start == timedelta(days=7, hours=-1)


def test_a_week_with_the_autumn_change_is_an_hour_longer():
    start, end = week_bounds(Week(2026, 43), "Europe/Berlin")  # clocks go back on Sunday 25 October
    assert end - start == timedelta(days=7, hours=1)


def test_the_last_hour_before_the_spring_week_ends_still_belongs_to_it():
    _, end = week_bounds(Week(2026, 13), "Europe/Berlin")
    assert week_of(end - timedelta(seconds=1), "Europe/Berlin") == Week(2026, 13)
    assert week_of(end, "Europe/Berlin") == Week(2026, 14)


def test_an_unknown_time_zone_counts_in_utc():
    moment = datetime(2026, 12, 7, 2, 30, tzinfo=UTC)
    assert week_of(moment, "Mars/Olympus") == week_of(moment, "UTC")


@pytest.mark.parametrize("label", ["2026-49", "2026-W9", "W49", "", "2026-W54", "2025-W53", "2026-W00"])
def test_a_week_label_that_is_not_a_real_week_is_refused(label):
    with pytest.raises(InvalidInputError):
        Week.parse(label)


def test_a_week_label_reads_back_the_same_week():
    assert Week.parse("2026-W09") == Week(2026, 9) and Week(2026, 9).label == "2026-W09"
