"""ISO weeks counted in the person's own time zone: a week runs from Monday 00:00 local time to the
next Monday 00:00 local time, whatever daylight-saving change falls inside it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nearer.core.errors import InvalidInputError

_LABEL = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{2})$")


@dataclass(frozen=True, order=True)
class Week:
    """One ISO week: its ISO year (which can differ from the calendar year around New Year) and number."""

    year: int
    number: int

    def __post_init__(self) -> None:
        try:
            date.fromisocalendar(self.year, self.number, 1)
        except ValueError:
            raise InvalidInputError(f"There is no week {self.number} in {self.year}.") from None

    @classmethod
    def parse(cls, label: str) -> Week:
        """Return the week written as `2026-W49`; InvalidInputError for anything else."""
        match = _LABEL.match(str(label or ""))
        if not match:
            raise InvalidInputError("Give a week as YYYY-Www, for example 2026-W49.")
        return cls(int(match["year"]), int(match["week"]))

    @property
    def label(self) -> str:
        """The week as `2026-W49`."""
        return f"{self.year}-W{self.number:02d}"

    @property
    def monday(self) -> date:
        """The Monday that starts the week."""
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> date:
        """The Sunday that ends the week."""
        return self.monday + timedelta(days=6)

    def shifted(self, weeks: int) -> Week:
        """The week `weeks` weeks later (earlier when negative)."""
        year, number, _ = (self.monday + timedelta(weeks=weeks)).isocalendar()
        return Week(year, number)


def zone(name: str) -> ZoneInfo:
    """The time zone called `name`; UTC for an empty or unknown name."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def week_of(moment: datetime, zone_name: str) -> Week:
    """Return the ISO week that the aware datetime `moment` falls in, on the person's local calendar."""
    year, number, _ = moment.astimezone(zone(zone_name)).isocalendar()
    return Week(year, number)


def local_midnight(day: date, zone_name: str) -> datetime:
    """Return the aware UTC datetime of 00:00 local time on `day`."""
    return datetime.combine(day, time(0), tzinfo=zone(zone_name)).astimezone(timezone.utc)


def week_bounds(week: Week, zone_name: str) -> tuple[datetime, datetime]:
    """Return the UTC start (inclusive) and end (exclusive) of the week in the person's time zone."""
    return local_midnight(week.monday, zone_name), local_midnight(week.monday + timedelta(weeks=1), zone_name)
