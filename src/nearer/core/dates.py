"""The days a person may enter (a talk, a time to come back together), and moments made safe to show.

One rule for every date field: not before 1 January 2000 and not more than five years ahead. Far
dates are never a real plan, and a year like 9999 cannot be moved into a time zone or have half an
hour added to it without overflowing."""

from datetime import date, datetime, timezone

EARLIEST_DAY = date(2000, 1, 1)
YEARS_AHEAD = 5
# Any moment between these can be shown in any time zone and have a day added without overflowing.
SHOWABLE_FIRST = datetime(1, 1, 2, tzinfo=timezone.utc)
SHOWABLE_LAST = datetime(9999, 12, 30, tzinfo=timezone.utc)


def latest_day(today: date) -> date:
    """The last day a person may choose: the same date five years on (28 February for a 29th)."""
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def _spoken(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def day_out_of_range(day: date, *, today: date) -> str | None:
    """None when the day may be entered, else the message that says which days may."""
    if EARLIEST_DAY <= day <= latest_day(today):
        return None
    return f"Choose a day from {_spoken(EARLIEST_DAY)} to {_spoken(latest_day(today))}."


def showable(moment: datetime) -> datetime:
    """The moment, pulled inside the range that can be shown in any time zone (a row stored before
    dates were bounded must not break the pages that list it)."""
    return min(max(moment, SHOWABLE_FIRST), SHOWABLE_LAST)
