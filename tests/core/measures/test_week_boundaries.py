"""Weeks are ISO weeks in the person's own time zone, across daylight-saving changes and New Year."""

from datetime import date, datetime, timezone

from nearer.core.measures import LogEntry, week_label, weekly_review
from tests.core.measures.builders import history


def _week_of(program, moment: datetime, zone: str, start: date, today: date) -> str:
    entry = LogEntry("moment", moment, initiator="partner", topic="conversation")
    review = weekly_review(history(today, [entry], plan_start=start, time_zone=zone), program)
    return next(w.week for w in review.weeks if w.partner_started.points)


def test_new_years_day_2027_belongs_to_week_53_of_2026():
    assert week_label(date(2027, 1, 1)) == "2026-W53"
    assert week_label(date(2027, 1, 4)) == "2027-W01"


def test_a_late_evening_in_new_york_on_sunday_stays_in_that_week(program):
    monday_utc = datetime(2026, 11, 9, 3, 0, tzinfo=timezone.utc)  # Sunday 22:00 in New York
    assert _week_of(program, monday_utc, "America/New_York", date(2026, 11, 2), date(2026, 11, 20)) == "2026-W45"
    assert _week_of(program, monday_utc, "Europe/Berlin", date(2026, 11, 2), date(2026, 11, 20)) == "2026-W46"


def test_new_years_eve_in_berlin_is_already_new_year_but_still_week_53(program):
    moment = datetime(2026, 12, 31, 23, 30, tzinfo=timezone.utc)  # 00:30 on 1 January in Berlin
    assert _week_of(program, moment, "Europe/Berlin", date(2026, 12, 1), date(2027, 1, 20)) == "2026-W53"
    sunday_night = datetime(2027, 1, 3, 23, 30, tzinfo=timezone.utc)  # Monday 4 January in Berlin
    assert _week_of(program, sunday_night, "Europe/Berlin", date(2026, 12, 1), date(2027, 1, 20)) == "2027-W01"
    assert _week_of(program, sunday_night, "UTC", date(2026, 12, 1), date(2027, 1, 20)) == "2026-W53"


def test_the_night_the_clocks_go_back_stays_in_its_week(program):
    # Berlin leaves summer time at 03:00 on Sunday 25 October 2026; 22:30 UTC is 23:30 local that Sunday.
    moment = datetime(2026, 10, 25, 22, 30, tzinfo=timezone.utc)
    assert _week_of(program, moment, "Europe/Berlin", date(2026, 10, 1), date(2026, 11, 10)) == "2026-W43"
    # An hour later it is Monday in Berlin.
    later = datetime(2026, 10, 25, 23, 30, tzinfo=timezone.utc)
    assert _week_of(program, later, "Europe/Berlin", date(2026, 10, 1), date(2026, 11, 10)) == "2026-W44"


def test_the_night_the_clocks_go_forward_stays_in_its_week(program):
    # Summer time starts on Sunday 29 March 2026: 21:30 UTC is 23:30 local on that Sunday.
    moment = datetime(2026, 3, 29, 21, 30, tzinfo=timezone.utc)
    assert _week_of(program, moment, "Europe/Berlin", date(2026, 3, 1), date(2026, 4, 10)) == "2026-W13"


def test_weeks_run_without_gaps_from_the_plans_week_to_todays(program):
    review = weekly_review(history(date(2027, 1, 12), plan_start=date(2026, 12, 17)), program)
    assert [w.week for w in review.weeks] == ["2026-W51", "2026-W52", "2026-W53", "2027-W01", "2027-W02"]
    assert [w.finished for w in review.weeks] == [True, True, True, True, False]
    assert [m.month for m in review.months] == ["2026-12", "2027-01"]


def test_a_zone_that_moves_the_day_moves_the_repair_and_rating_with_it(program):
    moment = datetime(2026, 11, 9, 3, 0, tzinfo=timezone.utc)
    entry = LogEntry("weekly", moment, safety=5, closeness=6)
    review = weekly_review(history(date(2026, 11, 20), [entry], plan_start=date(2026, 11, 2),
                                   time_zone="America/Los_Angeles"), program)
    assert [w.safety.value for w in review.weeks[:2]] == [5, None]
