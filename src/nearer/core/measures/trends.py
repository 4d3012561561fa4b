"""Whether things are getting better or worse: the three measures the counselling rule watches
(moments your partner started, closeness, felt safety) in the finished weeks, against the baseline.

- improved: each of the last `compare_weeks` finished weeks has data, and their mean reaches the
  baseline plus the gain (for partner-started moments: at least `initiations_gain_share` more and at
  least `initiations_gain_min` more per week; for ratings: `rating_gain` points more);
- worsened: the measure fell by at least the drop in each of the last `weeks_running` finished weeks;
- a week holds when at least one measure is at its gain level and none is below the baseline by the
  drop; `held_weeks` counts such weeks in a row up to the last finished week;
- steady practice: micro-connections maintained in at least `steady_share` of the weeks looked at.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from nearer.core.measures.periods import Baseline
from nearer.core.measures.weekly import WeekMeasures
from nearer.core.program.specs_review import ReviewSpec

TRACKED = ("partner_started", "closeness", "safety")
_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class Trend:
    """One watched measure: its baseline, the mean of the recent finished weeks, and the verdicts.
    `last_values` are the values of the last finished weeks looked at for worsening, oldest first."""

    measure: str
    baseline: float | None
    recent: float | None
    improved: bool
    worsened: bool
    last_values: tuple[float | None, ...]


@dataclass(frozen=True, slots=True)
class Practice:
    """How steadily the agreements were kept over the last `weeks` finished weeks."""

    weeks: int
    maintained_weeks: int
    needed: int

    @property
    def steady(self) -> bool:
        """True when micro-connections were maintained in enough of the weeks."""
        return self.weeks > 0 and self.maintained_weeks >= self.needed


def trends(weeks: Sequence[WeekMeasures], base: Baseline, spec: ReviewSpec) -> dict[str, Trend]:
    """Return the Trend of each watched measure over the finished weeks."""
    finished = [w for w in weeks if w.finished]
    return {name: _trend(name, finished, base, spec) for name in TRACKED}


def _trend(name: str, finished: Sequence[WeekMeasures], base: Baseline, spec: ReviewSpec) -> Trend:
    baseline_value = getattr(base, name).value
    recent_values = [getattr(w, name).value for w in finished[-spec.improvement.compare_weeks:]]
    full = len(recent_values) == spec.improvement.compare_weeks and None not in recent_values
    recent = statistics.fmean(recent_values) if full else None
    improved = recent is not None and baseline_value is not None and recent >= gain_level(name, baseline_value, spec)
    running = spec.worsening.weeks_running
    last = tuple(getattr(w, name).value for w in finished[-(running + 1):])
    return Trend(name, baseline_value, recent, improved, _fell_each_week(name, last, running, spec), last)


def gain_level(name: str, baseline_value: float, spec: ReviewSpec) -> float:
    """Return the value a watched measure must reach to count as a real gain over its baseline."""
    rule = spec.improvement
    if name == "partner_started":
        return max(baseline_value * (1 + rule.initiations_gain_share), baseline_value + rule.initiations_gain_min)
    return baseline_value + rule.rating_gain


def _drop(name: str, spec: ReviewSpec) -> float:
    return spec.worsening.initiations_drop if name == "partner_started" else spec.worsening.rating_drop


def _fell_each_week(name: str, values: tuple[float | None, ...], running: int, spec: ReviewSpec) -> bool:
    if len(values) < running + 1 or None in values:
        return False
    drop = _drop(name, spec)
    return all(earlier - later >= drop - _EPSILON for earlier, later in zip(values, values[1:]))


def week_holds(week: WeekMeasures, base: Baseline, spec: ReviewSpec) -> bool:
    """True when at least one watched measure of the week is at its gain level and none has fallen
    below the baseline by the drop."""
    gained = False
    for name in TRACKED:
        value, baseline_value = getattr(week, name).value, getattr(base, name).value
        if value is None or baseline_value is None:
            continue
        if value <= baseline_value - _drop(name, spec) + _EPSILON:
            return False
        gained = gained or value >= gain_level(name, baseline_value, spec) - _EPSILON
    return gained


def held_weeks(weeks: Sequence[WeekMeasures], base: Baseline, spec: ReviewSpec) -> int:
    """Return how many finished weeks in a row, up to the last one, held their gains."""
    count = 0
    for week in reversed([w for w in weeks if w.finished]):
        if not week_holds(week, base, spec):
            break
        count += 1
    return count


def practice(weeks: Sequence[WeekMeasures], look_back: int, spec: ReviewSpec) -> Practice:
    """Return how steadily the agreements were kept in the last `look_back` finished weeks."""
    finished = [w for w in weeks if w.finished][-look_back:]
    needed = math.ceil(spec.steady_share * look_back - _EPSILON)
    return Practice(len(finished), sum(w.maintained for w in finished), needed)
