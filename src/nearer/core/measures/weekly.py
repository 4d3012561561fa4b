"""The measures of one ISO week in the person's time zone.

Warm and hard moments (for the balance): warm are moments, appreciations, affection, and bids the
person turned toward; hard are rough moments and bids answered "away" or "against". Weekly ratings
and bids without an answer are neither. Partner-started moments are moments whose initiator is the
partner alone; bids are counted under turning toward only, so one reaching-out is never counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from nearer.core.measures.local import LocalHistory, Tally
from nearer.core.measures.readings import (
    Reading,
    count_reading,
    mean_reading,
    median_reading,
    share_reading,
    week_label,
)
from nearer.core.program.specs_review import ReviewSpec


class Rhythm(NamedTuple):
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


class Balance(NamedTuple):
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


def week_measures(local: LocalHistory, monday: date, spec: ReviewSpec) -> WeekMeasures:
    """Return the measures of the ISO week starting on `monday`."""
    today = local.history.today
    sunday = monday + timedelta(days=6)
    tally = local.weeks.get(monday.toordinal()) or Tally()
    mins = spec.minimums
    logging_days = tally.logging_days
    kept, by_agreement = _kept(local, monday, min(sunday, today), mins.due_occurrences)
    rhythm_points = tally.conversation + tally.activity + tally.affection
    return WeekMeasures(
        week=week_label(monday), monday=monday, finished=sunday < today, logging_days=logging_days,
        partner_started=count_reading(tally.started, logging_days, mins.logging_days),
        kept=kept, kept_by_agreement=by_agreement,
        maintained=maintained(local, min(sunday, today), spec),
        turning_toward=share_reading(tally.toward, tally.noticed, mins.noticed_bids),
        safety=mean_reading(tally.safety, mins.ratings),
        closeness=mean_reading(tally.closeness, mins.ratings),
        defensiveness=mean_reading(tally.defensiveness, mins.rough_moments),
        repair_minutes=median_reading(tally.repair_minutes, mins.repairs),
        balance=Balance(tally.warm, tally.hard, share_reading(tally.warm, tally.warm + tally.hard,
                                                              mins.balance_moments)),
        rhythm=Rhythm(tally.conversation > 0, tally.activity > 0, tally.affection > 0, rhythm_points,
                      mins.rhythm_sources),
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
