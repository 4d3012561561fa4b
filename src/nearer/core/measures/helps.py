"""What helps: which agreements and parts of the weekly rhythm go with the person's better weeks.

A better week is a finished week whose own ratings (the mean of closeness and felt safety) are above
the middle of all rated weeks. Each hint compares the better weeks with the others, says how many
weeks it rests on, and is worded as something that goes together, never as a cause.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from nearer.core.measures.reasons import percent
from nearer.core.measures.rule import RHYTHM_PARTS
from nearer.core.measures.weekly import WeekMeasures
from nearer.core.program.specs_review import ReviewSpec

_MIN_PER_GROUP = 2


@dataclass(frozen=True, slots=True)
class HelpHint:
    """An agreement (subject = its id) or a part of the rhythm (subject = "conversation",
    "shared_activity" or "affection") that was more present in the better weeks."""

    kind: str
    subject: str
    better_weeks: int
    other_weeks: int
    in_better: float
    in_other: float
    sentence: str


def what_helps(weeks: Sequence[WeekMeasures], agreement_kinds: dict[str, str], spec: ReviewSpec) -> list[HelpHint]:
    """Return the hints, the clearest difference first; empty when too few weeks were rated."""
    scored = [(score, w) for w in weeks if w.finished and (score := _week_score(w)) is not None]
    if len(scored) < spec.helps.min_weeks:
        return []
    middle = statistics.median(score for score, _ in scored)
    better = [w for score, w in scored if score > middle]
    other = [w for score, w in scored if score <= middle]
    hints = []
    for agreement_id, kind in agreement_kinds.items():
        name = spec.agreement_names[kind]  # type: ignore[index]
        hint = _compare("agreement", agreement_id, better, other, spec, lambda w, a=agreement_id: _kept(w, a),
                        lambda b, o, nb, no: (f"In your {nb} better-rated weeks, {name} happened on {b} of due days, "
                                              f"against {o} in the other {no} weeks."))
        hints += [hint] if hint else []
    for attr, words in RHYTHM_PARTS:
        hint = _compare("rhythm", attr, better, other, spec, lambda w, a=attr: float(getattr(w.rhythm, a)),
                        lambda b, o, nb, no, t=words: (f"Weeks with {t} were {b} of your {nb} better-rated weeks "
                                                       f"and {o} of the other {no}."))
        hints += [hint] if hint else []
    return sorted(hints, key=lambda h: (h.in_other - h.in_better, h.subject))


def _compare(kind: str, subject: str, better: list[WeekMeasures], other: list[WeekMeasures], spec: ReviewSpec,
             value: Callable[[WeekMeasures], float | None], words: Callable[..., str]) -> HelpHint | None:
    in_better = [v for w in better if (v := value(w)) is not None]
    in_other = [v for w in other if (v := value(w)) is not None]
    if len(in_better) < _MIN_PER_GROUP or len(in_other) < _MIN_PER_GROUP:
        return None
    high, low = statistics.fmean(in_better), statistics.fmean(in_other)
    if high - low < spec.helps.min_difference:
        return None
    total = len(in_better) + len(in_other)
    sentence = (words(percent(high), percent(low), len(in_better), len(in_other))
                + f" This rests on {total} weeks and may be chance.")
    return HelpHint(kind, subject, len(in_better), len(in_other), high, low, sentence)


def _kept(week: WeekMeasures, agreement_id: str) -> float | None:
    reading = week.kept_by_agreement.get(agreement_id)
    return reading.value if reading is not None else None


def _week_score(week: WeekMeasures) -> float | None:
    values = [r.value for r in (week.closeness, week.safety) if r.value is not None]
    return statistics.fmean(values) if values else None
