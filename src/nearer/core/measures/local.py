"""The history moved into the person's calendar once: every entry gets its local date, and each
agreement's due days are sorted with running totals of the done ones, so that any range of days can
be counted with two binary searches (five years of daily data stay fast)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from nearer.core.measures.inputs import History, LogEntry
from nearer.core.measures.readings import week_monday


@dataclass(frozen=True, slots=True)
class DatedEntry:
    """A log entry with the local day it happened on."""

    day: date
    entry: LogEntry


class AgreementLedger:
    """The due days of one agreement up to today, and how many of them were marked done."""

    __slots__ = ("id", "kind", "due", "_done_before", "done_days")

    def __init__(self, agreement_id: str, kind: str, due: list[date], done: frozenset[date]):
        self.id = agreement_id
        self.kind = kind
        self.due = due
        self.done_days = done
        running = [0]
        for day in due:
            running.append(running[-1] + (day in done))
        self._done_before = running

    def counts(self, first: date, last: date) -> tuple[int, int]:
        """Return (done, due) for the due days from `first` to `last`, both included."""
        low, high = bisect_left(self.due, first), bisect_right(self.due, last)
        return self._done_before[high] - self._done_before[low], high - low


@dataclass(frozen=True)
class LocalHistory:
    """The history in local days, grouped by the Monday of each ISO week."""

    history: History
    by_week: dict[date, list[DatedEntry]]
    ledgers: list[AgreementLedger]
    logging_days: frozenset[date]
    marks_by_week: dict[date, Counter[str]]
    talks_by_week: Counter[date]


def localise(history: History) -> LocalHistory:
    """Return the entries and agreements of `history` between the plan start and today, in local days."""
    zone, first, last = history.zone, history.plan_start, history.today
    by_week: dict[date, list[DatedEntry]] = defaultdict(list)
    days: set[date] = set()
    for entry in history.entries:
        day = entry.occurred_at.astimezone(zone).date()
        if first <= day <= last:
            by_week[week_monday(day)].append(DatedEntry(day, entry))
            days.add(day)
    ledgers = []
    marks: dict[date, Counter[str]] = defaultdict(Counter)
    for agreement in history.agreements:
        done = frozenset(d for d in agreement.done if first <= d <= last)
        due = sorted({d for d in agreement.due if first <= d <= last})
        ledgers.append(AgreementLedger(agreement.id, agreement.kind, due, done))
        days.update(done)
        for day in done:
            marks[week_monday(day)][agreement.kind] += 1
    talks = Counter(week_monday(day) for day in set(history.talks) if first <= day <= last)
    return LocalHistory(history, dict(by_week), ledgers, frozenset(days), dict(marks), talks)
