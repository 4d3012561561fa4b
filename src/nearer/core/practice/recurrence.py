"""When an agreement is due: a schedule in the person's own time zone, expanded by dateutil's rrule.

Occurrences are computed on local wall-clock times and only then placed in the zone, so a Sunday
20:00 tune-up stays at 20:00 local on both sides of a daylight-saving change. A wall-clock time that
does not exist on a given day (inside the spring-forward gap) moves forward by the gap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import rrule

from nearer.core.errors import InvalidInputError

FREQUENCIES = ("daily", "weekdays", "weekly", "once", "as_needed")
DURATION_MAX = 24 * 60
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Schedule:
    """How often an agreement is due. `weekdays` (0 = Monday) is used by "weekdays" only; "weekly"
    repeats on the weekday of `starts_on`; "as_needed" is never due (a pause signal, space)."""

    frequency: str
    starts_on: date
    at: time
    duration_minutes: int
    weekdays: tuple[int, ...] = ()
    ends_on: date | None = None


@dataclass(frozen=True)
class Occurrence:
    """One due moment: its local date and its start and end as aware datetimes in the person's zone."""

    on: date
    starts_at: datetime
    ends_at: datetime


def check_schedule(schedule: Schedule) -> None:
    """Raise InvalidInputError naming the first thing wrong with the schedule; return None when sound."""
    if schedule.frequency not in FREQUENCIES:
        raise InvalidInputError("Choose how often: daily, on chosen weekdays, weekly, once or when needed.")
    if not 1 <= schedule.duration_minutes <= DURATION_MAX:
        raise InvalidInputError(f"The length must be between 1 and {DURATION_MAX} minutes.")
    if schedule.frequency == "weekdays":
        if not schedule.weekdays:
            raise InvalidInputError("Pick at least one weekday.")
        if any(day not in range(7) for day in schedule.weekdays):
            raise InvalidInputError("Weekdays are numbered 0 (Monday) to 6 (Sunday).")
    if schedule.ends_on is not None and schedule.ends_on < schedule.starts_on:
        raise InvalidInputError("The end date cannot come before the start date.")


def _rule(schedule: Schedule, first_day: date) -> rrule.rrule | None:
    """The rrule from `first_day` on (never before the start): later starts keep long-running
    schedules cheap to expand, and give the same dates since every rule names its weekdays."""
    if schedule.frequency == "as_needed":
        return None
    start = max(schedule.starts_on, first_day) if schedule.frequency != "once" else schedule.starts_on
    options = {"dtstart": datetime.combine(start, schedule.at)}
    if schedule.ends_on is not None:
        options["until"] = datetime.combine(schedule.ends_on, time.max)
    if schedule.frequency == "once":
        return rrule.rrule(rrule.DAILY, count=1, **options)
    if schedule.frequency == "daily":
        return rrule.rrule(rrule.DAILY, **options)
    days = schedule.weekdays if schedule.frequency == "weekdays" else (schedule.starts_on.weekday(),)
    return rrule.rrule(rrule.WEEKLY, byweekday=sorted(set(days)), **options)


_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def calendar_rule(schedule: Schedule) -> str:
    """The schedule as an RFC 5545 rule without DTSTART ("FREQ=WEEKLY;BYDAY=MO,TH"); "" for a one-off.
    An end date becomes UNTIL at the end of that local day (a floating time, read in the event's zone)."""
    if schedule.frequency in ("once", "as_needed"):
        return ""
    parts = ["FREQ=DAILY"] if schedule.frequency == "daily" else ["FREQ=WEEKLY"]
    if schedule.frequency != "daily":
        days = schedule.weekdays if schedule.frequency == "weekdays" else (schedule.starts_on.weekday(),)
        parts.append("BYDAY=" + ",".join(_BYDAY[day] for day in sorted(set(days))))
    if schedule.ends_on is not None:
        parts.append("UNTIL=" + schedule.ends_on.strftime("%Y%m%dT235959"))
    return ";".join(parts)


def _placed(local: datetime, zone: ZoneInfo, minutes: int) -> Occurrence:
    starts_at = local.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)  # a gap time moves forward
    return Occurrence(on=local.date(), starts_at=starts_at, ends_at=starts_at + timedelta(minutes=minutes))


def occurrences(schedule: Schedule, *, zone: str, first: date, last: date) -> list[Occurrence]:
    """Every occurrence whose local date lies in [first, last], in order."""
    rule = _rule(schedule, first)
    if rule is None or last < first:
        return []
    found = rule.between(datetime.combine(first, time.min), datetime.combine(last, time.max), inc=True)
    tz = ZoneInfo(zone)
    return [_placed(local, tz, schedule.duration_minutes) for local in found]


def next_occurrence(schedule: Schedule, *, zone: str, now: datetime) -> Occurrence | None:
    """The first occurrence that has not ended by `now`, or None when the schedule has no more."""
    tz = ZoneInfo(zone)
    local_now = now.astimezone(tz)
    looking_from = (local_now - timedelta(minutes=schedule.duration_minutes)).replace(tzinfo=None)
    rule = _rule(schedule, looking_from.date())
    if rule is None:
        return None
    candidate = rule.after(looking_from - timedelta(seconds=1), inc=False)
    while candidate is not None:
        placed = _placed(candidate, tz, schedule.duration_minutes)
        if placed.ends_at > now:
            return placed
        candidate = rule.after(candidate, inc=False)
    return None


def is_occurrence(schedule: Schedule, *, zone: str, on: date) -> bool:
    """True when the schedule is due on the local date `on`."""
    return bool(occurrences(schedule, zone=zone, first=on, last=on))


def describe(schedule: Schedule) -> str:
    """The schedule in a few words, e.g. "Mondays and Thursdays at 20:00, 15 minutes"."""
    at = schedule.at.strftime("%H:%M")
    length = f"{schedule.duration_minutes} minute{'' if schedule.duration_minutes == 1 else 's'}"
    if schedule.frequency == "daily":
        return f"Every day at {at}, {length}"
    if schedule.frequency == "weekdays":
        names = [WEEKDAY_NAMES[d] + "s" for d in sorted(set(schedule.weekdays))]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f"{joined} at {at}, {length}"
    if schedule.frequency == "weekly":
        return f"Every {WEEKDAY_NAMES[schedule.starts_on.weekday()]} at {at}, {length}"
    if schedule.frequency == "once":
        return f"Once, on {schedule.starts_on.strftime('%A %d %B %Y').replace(' 0', ' ')} at {at}, {length}"
    return f"When needed, {length}"
