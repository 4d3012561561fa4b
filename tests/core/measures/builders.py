"""Small builders for hand-made histories: local times in the person's zone, log entries, agreements."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from nearer.core.measures import AgreementDays, History, LogEntry
from nearer.core.program import load_program

ZONE = "Europe/Berlin"
START = date(2026, 9, 7)  # a Monday, so plan weeks and ISO weeks line up


@pytest.fixture(scope="session")
def program():
    return load_program()


def at(day: date, hour: int = 20, minute: int = 0, zone: str = ZONE) -> datetime:
    """An aware datetime at a local time on `day` in `zone`."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone))


def moment(day: date, initiator: str = "me", topic: str = "conversation", hour: int = 20) -> LogEntry:
    return LogEntry("moment", at(day, hour), initiator=initiator, topic=topic)


def bid(day: date, response: str) -> LogEntry:
    return LogEntry("bid", at(day, 19), response=response)


def rough(day: date, defensiveness: int | None = None, repaired_minutes: int | None = None) -> LogEntry:
    start = at(day, 18)
    repaired = start + timedelta(minutes=repaired_minutes) if repaired_minutes is not None else None
    return LogEntry("rough", start, defensiveness=defensiveness, repaired_at=repaired)


def weekly(day: date, safety: int | None, closeness: int | None) -> LogEntry:
    return LogEntry("weekly", at(day, 21), safety=safety, closeness=closeness)


def days(first: date, count: int) -> list[date]:
    return [first + timedelta(days=i) for i in range(count)]


def daily(agreement_id: str, first: date, last: date, done_every: int = 1, kind: str = "micro_connection",
          skip: set[date] | None = None) -> AgreementDays:
    """A daily agreement due every day from `first` to `last`, done on every `done_every`-th day (0: never)."""
    due = days(first, (last - first).days + 1)
    done = {d for i, d in enumerate(due) if done_every and i % done_every == 0} - (skip or set())
    return AgreementDays(agreement_id, kind, due, frozenset(done))


def history(today: date, entries=(), agreements=(), **extra) -> History:
    return History(plan_start=extra.pop("plan_start", START), today=today, time_zone=extra.pop("time_zone", ZONE),
                   entries=list(entries), agreements=list(agreements), **extra)


def with_flags(base: History, **flags) -> History:
    return replace(base, **flags)
