from datetime import date, datetime, timedelta, timezone

from nearer.core.dates import EARLIEST_DAY, day_out_of_range, latest_day, showable

TODAY = date(2026, 3, 2)


def test_days_from_2000_to_five_years_ahead_may_be_entered():
    assert day_out_of_range(EARLIEST_DAY, today=TODAY) is None
    assert day_out_of_range(date(2031, 3, 2), today=TODAY) is None


def test_days_outside_the_range_are_refused_with_the_range_named():
    for day in (date(1999, 12, 31), date(2031, 3, 3), date(9999, 12, 31)):
        assert day_out_of_range(day, today=TODAY) == "Choose a day from 1 January 2000 to 2 March 2031."


def test_the_last_day_from_a_29_february_is_28_february():
    assert latest_day(date(2028, 2, 29)) == date(2033, 2, 28)


def test_showable_moments_survive_any_time_zone_and_half_an_hour_more():
    far = showable(datetime.max.replace(tzinfo=timezone.utc))
    ahead = timezone(timedelta(hours=14))
    assert (far + timedelta(minutes=30)).astimezone(ahead).year == 9999
    early = showable(datetime.min.replace(tzinfo=timezone.utc))
    assert early.astimezone(timezone(timedelta(hours=-12))).year == 1
    normal = datetime(2026, 3, 2, 12, tzinfo=timezone.utc)
    assert showable(normal) == normal
