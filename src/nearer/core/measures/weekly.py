"""The measures of one ISO week in the person's time zone.

Warm and hard moments (for the balance): warm are moments, appreciations, affection, and bids the
person turned toward; hard are rough moments and bids answered "away" or "against". Weekly ratings
and bids without an answer are neither. Partner-started moments are moments whose initiator is the
partner alone; bids are counted under turning toward only, so one reaching-out is never counted twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from nearer.core.measures.local import DatedEntry, LocalHistory
from nearer.core.measures.readings import (
    Reading,
    count_reading,
    mean_reading,
    median_reading,
    share_reading,
    week_label,
)
from nearer.core.program.specs_review import ReviewSpec

WARM_KINDS = frozenset({"moment", "appreciation", "affection"})
CONVERSATION_TOPICS = frozenset({"conversation", "their_day"})
CONVERSATION_AGREEMENTS = frozenset({"weekly_tune_up"})
ACTIVITY_AGREEMENTS = frozenset({"shared_activity", "reentry_date"})
AFFECTION_AGREEMENTS = frozenset({"affection"})


@dataclass(frozen=True, slots=True)
class Rhythm:
    """The week's balance: a real conversation, something done together, a moment of affection.
    `points` counts the log entries, talks, tune-ups and done marks that showed any of the three."""

    conversation: bool
    shared_activity: bool
    affection: bool
    points: int
    minimum: int

    @property
    def enough(self) -> bool:
        """True when anything at all was recorded this week."""
        return self.points >= self.minimum

    @property
    def complete(self) -> bool:
        """True when all three happened this week."""
        return self.conversation and self.shared_activity and self.affection


@dataclass(frozen=True, slots=True)
class Balance:
    """Warm and hard moments of the week; `warm_share` is warm / (warm + hard)."""

    warm: int
    hard: int
    warm_share: Reading

    @property
    def ratio(self) -> float | None:
        """Warm moments per hard one, or None when there was no hard moment or too little data."""
        return self.warm / self.hard if self.hard and self.warm_share.enough else None


@dataclass(frozen=True, slots=True)
class WeekMeasures:
    """Every measure of one ISO week. `finished` is False for the week still running."""

    week: str
    monday: date
    finished: bool
    logging_days: int
    partner_started: Reading
    kept: Reading
    kept_by_agreement: dict[str, Reading]
    maintained: bool
    turning_toward: Reading
    safety: Reading
    closeness: Reading
    defensiveness: Reading
    repair_minutes: Reading
    balance: Balance
    rhythm: Rhythm


def week_measures(local: LocalHistory, monday: date, spec: ReviewSpec, logging_days: int) -> WeekMeasures:
    """Return the measures of the ISO week starting on `monday`."""
    today = local.history.today
    sunday = monday + timedelta(days=6)
    entries = local.by_week.get(monday, ())
    mins = spec.minimums
    kinds = Counter(d.entry.kind for d in entries)
    responses = Counter(d.entry.response for d in entries if d.entry.kind == "bid")
    noticed = responses["toward"] + responses["away"] + responses["against"]
    hard = kinds["rough"] + responses["away"] + responses["against"]
    warm = kinds["moment"] + kinds["appreciation"] + kinds["affection"] + responses["toward"]
    started = sum(1 for d in entries if d.entry.kind == "moment" and d.entry.initiator == "partner")
    kept, by_agreement = _kept(local, monday, min(sunday, today), mins.due_occurrences)
    return WeekMeasures(
        week=week_label(monday), monday=monday, finished=sunday < today, logging_days=logging_days,
        partner_started=count_reading(started, logging_days, mins.logging_days),
        kept=kept, kept_by_agreement=by_agreement,
        maintained=maintained(local, min(sunday, today), spec),
        turning_toward=share_reading(responses["toward"], noticed, mins.noticed_bids),
        safety=mean_reading(_ratings(entries, "safety"), mins.ratings),
        closeness=mean_reading(_ratings(entries, "closeness"), mins.ratings),
        defensiveness=mean_reading(
            [d.entry.defensiveness for d in entries if d.entry.kind == "rough" and d.entry.defensiveness],
            mins.rough_moments),
        repair_minutes=median_reading(_repair_minutes(entries), mins.repairs),
        balance=Balance(warm, hard, share_reading(warm, warm + hard, mins.balance_moments)),
        rhythm=_rhythm(local, entries, monday, mins.rhythm_sources),
    )


def maintained(local: LocalHistory, last: date, spec: ReviewSpec) -> bool:
    """True when at least `min_agreements` agreements were each done on at least `min_share` of their
    due days in the window of `window_days` ending on `last`."""
    rule = spec.maintained
    first = last - timedelta(days=rule.window_days - 1)
    kept = 0
    for ledger in local.ledgers:
        done, due = ledger.counts(first, last)
        kept += bool(due) and done >= rule.min_share * due - 1e-9
    return kept >= rule.min_agreements


def _kept(local: LocalHistory, first: date, last: date, minimum: int) -> tuple[Reading, dict[str, Reading]]:
    by_agreement, done_total, due_total = {}, 0, 0
    for ledger in local.ledgers:
        done, due = ledger.counts(first, last)
        by_agreement[ledger.id] = share_reading(done, due, minimum)
        done_total, due_total = done_total + done, due_total + due
    return share_reading(done_total, due_total, minimum), by_agreement


def _ratings(entries: Iterable[DatedEntry], name: str) -> list[float]:
    return [value for d in entries if d.entry.kind == "weekly" and (value := getattr(d.entry, name)) is not None]


def _repair_minutes(entries: Iterable[DatedEntry]) -> list[float]:
    return [
        max(0.0, (d.entry.repaired_at - d.entry.occurred_at).total_seconds() / 60)
        for d in entries if d.entry.kind == "rough" and d.entry.repaired_at is not None
    ]


def _rhythm(local: LocalHistory, entries: Iterable[DatedEntry], monday: date, minimum: int) -> Rhythm:
    history = local.history
    topics = Counter(d.entry.topic for d in entries if d.entry.kind == "moment")
    affection_entries = sum(1 for d in entries if d.entry.kind == "affection")
    talks = local.talks_by_week[monday]
    tune_ups = int(week_label(monday) in history.tune_ups)
    marks = local.marks_by_week.get(monday, Counter())
    conversation = sum(topics[t] for t in CONVERSATION_TOPICS) + talks + tune_ups + _marks(marks, CONVERSATION_AGREEMENTS)
    activity = topics["activity"] + _marks(marks, ACTIVITY_AGREEMENTS)
    affection = topics["affection"] + affection_entries + _marks(marks, AFFECTION_AGREEMENTS)
    return Rhythm(conversation > 0, activity > 0, affection > 0, conversation + activity + affection, minimum)


def _marks(marks: Counter[str], kinds: frozenset[str]) -> int:
    return sum(marks[kind] for kind in kinds)
