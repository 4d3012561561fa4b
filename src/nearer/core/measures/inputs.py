"""What the measures are computed from: the quick log, the agreements' due and done days, and the plan.

Plain frozen dataclasses so that any caller (the Django app, the demo, a test) can build them; the
practice features convert their rows into these shapes. `check_history` refuses anything malformed
with one InvalidInputError naming the problem, before a single number is computed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from itertools import chain
from operator import attrgetter
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nearer.core.errors import InvalidInputError

ENTRY_KINDS = frozenset({"moment", "appreciation", "affection", "bid", "rough", "weekly"})
INITIATORS = frozenset({"", "me", "partner", "both"})
TOPICS = frozenset({"", "conversation", "their_day", "activity", "affection", "other"})
RESPONSES = frozenset({"", "toward", "away", "against"})
AGREEMENT_KINDS = frozenset({
    "micro_connection", "weekly_tune_up", "work_talk_boundary", "pause_signal", "space", "practical_support",
    "daily_appreciation", "affection", "reentry_date", "shared_activity",
})
_OPTIONAL_INT = {int, type(None)}
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One quick-log entry. `initiator` and `topic` describe moments (the partner reaching out counts
    as their start); `response` is how the person answered a bid they noticed; `defensiveness` (1-5)
    and `repaired_at` describe rough moments; `safety` and `closeness` (1-7) are the weekly ratings."""

    kind: str
    occurred_at: datetime
    initiator: str = ""
    topic: str = ""
    response: str = ""
    defensiveness: int | None = None
    repaired_at: datetime | None = None
    safety: int | None = None
    closeness: int | None = None


@dataclass(frozen=True, slots=True)
class AgreementDays:
    """One agreement: its id and kind, the local dates it was due and the local dates marked done."""

    id: str
    kind: str
    due: Sequence[date] = ()
    done: Collection[date] = frozenset()


@dataclass(frozen=True)
class History:
    """Everything the weekly review reads about one person's practice, up to and including `today`.

    `tune_ups` are ISO weeks such as "2026-W49". The three flags come from the check and the safety
    screen: long-running conflict, a breach of trust, and a safety concern.
    """

    plan_start: date
    today: date
    time_zone: str
    entries: Sequence[LogEntry] = ()
    agreements: Sequence[AgreementDays] = ()
    talks: Collection[date] = ()
    tune_ups: Collection[str] = ()
    next_shared_activity: date | None = None
    long_running_conflict: bool = False
    breach_of_trust: bool = False
    safety_concern: bool = False
    zone: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "zone", _zone(self.time_zone))


def _zone(name: str) -> ZoneInfo:
    if not isinstance(name, str) or not name or name.startswith("/") or ".." in name:
        raise InvalidInputError(f"time zone {name!r} is not a known zone name")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInputError(f"time zone {name!r} is not a known zone name") from None


def check_history(history: History) -> None:
    """Return None when the history can be measured; raise InvalidInputError naming the first problem."""
    _check_days(history)
    if history.plan_start > history.today:
        raise InvalidInputError("the plan starts after today")
    if not _all_plainly_valid(history.entries):
        for index, entry in enumerate(history.entries):
            if not _plainly_valid(entry):
                raise InvalidInputError(f"log entry {index}: {_entry_problem(entry)}")
    seen: set[str] = set()
    for agreement in history.agreements:
        if not _one_of(agreement.kind, AGREEMENT_KINDS):
            raise InvalidInputError(f"agreement {agreement.id!r}: unknown kind {agreement.kind!r}")
        if not _only_dates(agreement.due) or not _only_dates(agreement.done):
            raise InvalidInputError(f"agreement {agreement.id!r}: due and done days must be dates")
        if agreement.id in seen:
            raise InvalidInputError(f"agreement {agreement.id!r} is given twice")
        seen.add(agreement.id)
    for week in history.tune_ups:
        if not _is_iso_week(week):
            raise InvalidInputError(f"tune-up week {week!r} is not an ISO week such as 2026-W49")


def _check_days(history: History) -> None:
    for name in ("plan_start", "today"):
        if type(getattr(history, name)) is not date:
            raise InvalidInputError(f"{name} must be a date")
    if history.next_shared_activity is not None and type(history.next_shared_activity) is not date:
        raise InvalidInputError("next_shared_activity must be a date or nothing")
    if not _only_dates(history.talks):
        raise InvalidInputError("talks must be dates")


def _only_dates(days: Collection[object]) -> bool:
    # A datetime is a date too, but it cannot be compared with one: only plain dates are accepted.
    return set(map(type, days)) <= {date}


def _all_plainly_valid(entries: Sequence[LogEntry]) -> bool:
    """The quick test of a whole log, field by field over all entries at once (C-level passes over
    five years of logs); only when it fails is the slow entry-by-entry search for the culprit run."""
    try:
        words = set(map(attrgetter("kind", "initiator", "topic", "response"), entries))
        numbers = set(map(attrgetter("defensiveness", "safety", "closeness"), entries))
    except TypeError:  # something unhashable where a word or a number belongs
        return False
    if not all(kind in ENTRY_KINDS and initiator in INITIATORS and topic in TOPICS and response in RESPONSES
               for kind, initiator, topic, response in words):
        return False
    # Types are checked apart from values: True equals 1, so a set of values could hide a bool.
    number_types = set(map(type, chain.from_iterable(map(attrgetter("defensiveness", "safety", "closeness"),
                                                         entries))))
    if not number_types <= _OPTIONAL_INT or not all(_numbers_in_range(*row) for row in numbers):
        return False
    occurred = set(map(type, map(attrgetter("occurred_at"), entries)))
    repaired = set(map(type, map(attrgetter("repaired_at"), entries))) - {type(None)}
    if not all(issubclass(kind, datetime) for kind in occurred | repaired):
        return False
    zones = set(map(attrgetter("occurred_at.tzinfo"), entries))
    zones |= {moment.tzinfo for moment in map(attrgetter("repaired_at"), entries) if moment is not None}
    return all(_zone_gives_offsets(zone) for zone in zones)


def _numbers_in_range(defensiveness: object, safety: object, closeness: object) -> bool:
    return _in_range(defensiveness, 1, 5) and _in_range(safety, 1, 7) and _in_range(closeness, 1, 7)


def _zone_gives_offsets(zone: object) -> bool:
    return isinstance(zone, tzinfo) and datetime(2000, 1, 1, tzinfo=zone).utcoffset() is not None


def _plainly_valid(entry: LogEntry) -> bool:
    """The same test for one entry."""
    safety, closeness, defensiveness = entry.safety, entry.closeness, entry.defensiveness
    return (
        _one_of(entry.kind, ENTRY_KINDS) and _one_of(entry.initiator, INITIATORS) and _one_of(entry.topic, TOPICS)
        and _one_of(entry.response, RESPONSES) and isinstance(entry.occurred_at, datetime)
        and entry.occurred_at.utcoffset() is not None
        and (defensiveness is None or (type(defensiveness) is int and 1 <= defensiveness <= 5))
        and (safety is None or (type(safety) is int and 1 <= safety <= 7))
        and (closeness is None or (type(closeness) is int and 1 <= closeness <= 7))
        and (entry.repaired_at is None or _aware(entry.repaired_at))
    )


def _entry_problem(entry: LogEntry) -> str:
    checks = (
        (_one_of(entry.kind, ENTRY_KINDS), f"unknown kind {entry.kind!r}"),
        (_aware(entry.occurred_at), "occurred_at must be a date and time with a zone"),
        (_one_of(entry.initiator, INITIATORS), f"unknown initiator {entry.initiator!r}"),
        (_one_of(entry.topic, TOPICS), f"unknown topic {entry.topic!r}"),
        (_one_of(entry.response, RESPONSES), f"unknown response {entry.response!r}"),
        (_in_range(entry.defensiveness, 1, 5), "defensiveness must be 1 to 5"),
        (_in_range(entry.safety, 1, 7), "safety must be 1 to 7"),
        (_in_range(entry.closeness, 1, 7), "closeness must be 1 to 7"),
        (entry.repaired_at is None or _aware(entry.repaired_at), "repaired_at must be a date and time with a zone"),
    )
    return next((message for ok, message in checks if not ok), "malformed entry")


def _one_of(word: object, allowed: frozenset[str]) -> bool:
    return isinstance(word, str) and word in allowed


def _aware(moment: object) -> bool:
    return isinstance(moment, datetime) and moment.utcoffset() is not None


def _in_range(value: object, low: int, high: int) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and low <= value <= high)


def _is_iso_week(text: object) -> bool:
    match = _ISO_WEEK.match(text) if isinstance(text, str) else None
    if not match:
        return False
    try:
        date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        return False
    return True
