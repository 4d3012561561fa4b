"""A measured value together with how many data points it rests on, and the calendar keys it uses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

NOT_ENOUGH_DATA = "not_enough_data"
MEASURED = "measured"


class Reading(NamedTuple):
    """A value and the number of data points behind it. `value` is None while `points` is below
    `minimum`: the page then says "not enough data yet" instead of showing a misleading number.
    (A named tuple: a five-year history makes thousands of them, and they must be cheap.)"""

    value: float | None
    points: int
    minimum: int

    @property
    def enough(self) -> bool:
        """True when the value rests on at least the minimum number of points."""
        return self.value is not None

    @property
    def state(self) -> str:
        """"measured" or "not_enough_data"."""
        return MEASURED if self.enough else NOT_ENOUGH_DATA


def share_reading(hits: int, points: int, minimum: int) -> Reading:
    """Return hits/points as a Reading (None below the minimum)."""
    return Reading(hits / points if points >= minimum and points else None, points, minimum)


def mean_reading(values: Sequence[float], minimum: int) -> Reading:
    """Return the mean of the values as a Reading (None below the minimum)."""
    count = len(values)
    return Reading(sum(values) / count if count and count >= minimum else None, count, minimum)


def median_reading(values: Sequence[float], minimum: int) -> Reading:
    """Return the median of the values as a Reading (None below the minimum)."""
    count = len(values)
    if not count or count < minimum:
        return Reading(None, count, minimum)
    ordered, middle = sorted(values), count // 2
    value = ordered[middle] if count % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return Reading(float(value), count, minimum)


def count_reading(count: float, points: int, minimum: int) -> Reading:
    """Return a count that is only meaningful when `points` (e.g. days with anything logged) reach the minimum."""
    return Reading(float(count) if points >= minimum else None, points, minimum)


def week_label(day: date) -> str:
    """Return the ISO week of a date as "YYYY-Www" (2027-01-01 is in 2026-W53)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(day: date) -> date:
    """Return the Monday of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday())


def month_label(day: date) -> str:
    """Return the calendar month of a date as "YYYY-MM"."""
    return f"{day.year:04d}-{day.month:02d}"
