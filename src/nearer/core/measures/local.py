"""The history moved into the person's calendar in one pass: every entry gets its local day and is
tallied into its ISO week (and into the baseline when it falls in the plan's first days); each
agreement's due days are sorted with running totals of the done ones, so any range of days is counted
with two binary searches. Five years of daily logs stay well inside the speed budget this way.

Days are kept as ordinals (date.toordinal()); a week is keyed by the ordinal of its Monday.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate
from datetime import date

from nearer.core.measures.inputs import AgreementDays, History, LogEntry

CONVERSATION_TOPICS = frozenset({"conversation", "their_day"})
RHYTHM_BY_AGREEMENT = {"weekly_tune_up": "conversation", "shared_activity": "activity",
                       "reentry_date": "activity", "affection": "affection"}
ACTIVITY_AGREEMENTS = frozenset(kind for kind, part in RHYTHM_BY_AGREEMENT.items() if part == "activity")


@dataclass(slots=True)
class Tally:
    """What happened over a stretch of days (one week, or the baseline).

    Warm: moments, appreciations, affection, bids turned toward. Hard: rough moments, bids answered
    away or against. `conversation`, `activity` and `affection` count the signs of the weekly rhythm.
    """

    started: int = 0
    warm: int = 0
    hard: int = 0
    toward: int = 0
    noticed: int = 0
    conversation: int = 0
    activity: int = 0
    affection: int = 0
    safety: list[int] = field(default_factory=list)
    closeness: list[int] = field(default_factory=list)
    defensiveness: list[int] = field(default_factory=list)
    repair_minutes: list[float] = field(default_factory=list)
    logging_days: int = 0

    def add(self, entry: LogEntry) -> None:
        """Count one log entry."""
        kind = entry.kind
        if kind == "moment":
            self.warm += 1
            self.started += entry.initiator == "partner"
            topic = entry.topic
            if topic in CONVERSATION_TOPICS:
                self.conversation += 1
            elif topic == "activity":
                self.activity += 1
            elif topic == "affection":
                self.affection += 1
        elif kind == "bid":
            self._bid(entry.response)
        elif kind == "appreciation":
            self.warm += 1
        elif kind == "affection":
            self.warm += 1
            self.affection += 1
        elif kind == "rough":
            self._rough(entry)
        elif kind == "weekly":
            self._ratings(entry)

    def _bid(self, response: str) -> None:
        if response == "toward":
            self.toward += 1
            self.noticed += 1
            self.warm += 1
        elif response:
            self.noticed += 1
            self.hard += 1

    def _rough(self, entry: LogEntry) -> None:
        self.hard += 1
        if entry.defensiveness is not None:
            self.defensiveness.append(entry.defensiveness)
        if entry.repaired_at is not None:
            self.repair_minutes.append(max(0.0, (entry.repaired_at - entry.occurred_at).total_seconds() / 60))

    def _ratings(self, entry: LogEntry) -> None:
        if entry.safety is not None:
            self.safety.append(entry.safety)
        if entry.closeness is not None:
            self.closeness.append(entry.closeness)


class AgreementLedger:
    """The due days of one agreement up to today, and how many of them were marked done."""

    __slots__ = ("id", "kind", "due", "_done_before", "done_days")

    def __init__(self, agreement_id: str, kind: str, due: list[date], done: frozenset[date]):
        self.id = agreement_id
        self.kind = kind
        self.due = due
        self.done_days = done
        self._done_before = list(accumulate(map(done.__contains__, due), initial=0))

    def counts(self, first: date, last: date) -> tuple[int, int]:
        """Return (done, due) for the due days from `first` to `last`, both included."""
        low, high = bisect_left(self.due, first), bisect_right(self.due, last)
        return self._done_before[high] - self._done_before[low], high - low


@dataclass(frozen=True)
class LocalHistory:
    """The history in local days: a Tally per week (keyed by its Monday's ordinal), one for the baseline."""

    history: History
    weeks: dict[int, Tally]
    baseline: Tally
    baseline_last: date
    ledgers: list[AgreementLedger]
    logging_days: frozenset[int]
    activity_days: frozenset[int]


def localise(history: History, baseline_days: int) -> LocalHistory:
    """Return the tallies of `history` between the plan start and today, in the person's local days."""
    zone = history.zone
    first, last = history.plan_start.toordinal(), history.today.toordinal()
    baseline_last = first + baseline_days - 1
    weeks: dict[int, Tally] = {}
    baseline, logging_days, activity_days = Tally(), set(), set()
    for entry in history.entries:
        ordinal = entry.occurred_at.astimezone(zone).toordinal()
        if not first <= ordinal <= last:
            continue
        monday = ordinal - (ordinal - 1) % 7  # ordinal 1 (1 January of year 1) is a Monday
        tally = weeks.get(monday) or _week(weeks, monday)
        tally.add(entry)
        logging_days.add(ordinal)
        if ordinal <= baseline_last:
            baseline.add(entry)
        if entry.topic == "activity" and entry.kind == "moment":
            activity_days.add(ordinal)
    ledgers = []
    for agreement in history.agreements:
        ledger, done = _ledger(agreement, history)
        ledgers.append(ledger)
        logging_days.update(done)
        _add_marks(weeks, agreement.kind, done, activity_days)
    _add_talks_and_tune_ups(history, weeks, first, last)
    for monday, count in Counter(day - (day - 1) % 7 for day in logging_days).items():
        _week(weeks, monday).logging_days = count
    baseline.logging_days = sum(1 for day in logging_days if day <= baseline_last)
    return LocalHistory(history, weeks, baseline, date.fromordinal(baseline_last), ledgers,
                        frozenset(logging_days), frozenset(activity_days))


def _week(weeks: dict[int, Tally], monday: int) -> Tally:
    tally = weeks.get(monday)
    if tally is None:
        tally = weeks[monday] = Tally()
    return tally


def _ledger(agreement: AgreementDays, history: History) -> tuple[AgreementLedger, list[int]]:
    first, last = history.plan_start, history.today
    ordered = sorted(set(agreement.due))
    due = ordered[bisect_left(ordered, first):bisect_right(ordered, last)]
    done = frozenset(agreement.done)
    if done and (min(done) < first or max(done) > last):
        done = frozenset(d for d in done if first <= d <= last)
    return AgreementLedger(agreement.id, agreement.kind, due, done), [d.toordinal() for d in done]


def _add_marks(weeks: dict[int, Tally], kind: str, done: list[int], activity_days: set[int]) -> None:
    """Count the done marks of an agreement of a rhythm kind into their weeks."""
    part = RHYTHM_BY_AGREEMENT.get(kind)
    if part is None:
        return
    for monday, count in Counter(day - (day - 1) % 7 for day in done).items():
        tally = _week(weeks, monday)
        setattr(tally, part, getattr(tally, part) + count)
    if kind in ACTIVITY_AGREEMENTS:
        activity_days.update(done)


def _add_talks_and_tune_ups(history: History, weeks: dict[int, Tally], first: int, last: int) -> None:
    for day in set(history.talks):
        ordinal = day.toordinal()
        if first <= ordinal <= last:
            _week(weeks, ordinal - day.weekday()).conversation += 1
    for label in set(history.tune_ups):
        monday = date.fromisocalendar(int(label[:4]), int(label[6:]), 1)
        if first - 6 <= monday.toordinal() <= last:
            _week(weeks, monday.toordinal()).conversation += 1
