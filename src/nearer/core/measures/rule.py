"""The counselling rule and the other recommendations of the weekly review (docs/measures.md).

In order: a safety concern replaces everything couple-facing with individual support. Counselling is
recommended when the check found long-running conflict or a breach of trust, when a watched measure
fell week after week, or after the escalation weeks of steady practice without a gain. Without steady
practice the review says to practise first instead. Real gains are celebrated; until they have held
for `hold_weeks` the review warns against calling it done, and after that it offers maintenance.
Last, it points to the agreement (or the part of the weekly rhythm) most worth adjusting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from nearer.core.measures import reasons
from nearer.core.measures.inputs import History
from nearer.core.measures.local import LocalHistory
from nearer.core.measures.trends import Practice, Trend
from nearer.core.measures.weekly import WeekMeasures
from nearer.core.program.specs_review import ReviewSpec

RHYTHM_PARTS = (
    ("conversation", "a real conversation"),
    ("shared_activity", "something done together"),
    ("affection", "a moment of affection"),
)


@dataclass(frozen=True, slots=True)
class Recommendation:
    """One recommendation: its kind, the words from the content, and the reasons built from the numbers.
    `agreement_id` names the agreement to adjust (only for kind "adjust" pointing at an agreement)."""

    kind: str
    title: str
    text: str
    reasons: tuple[str, ...]
    agreement_id: str | None = None


@dataclass(frozen=True, slots=True)
class RuleInput:
    """What the rule reads, computed once by the review."""

    history: History
    local: LocalHistory
    weeks: Sequence[WeekMeasures]
    trends: dict[str, Trend]
    practice: Practice
    held_weeks: int
    escalation_weeks: int


def recommend(facts: RuleInput, spec: ReviewSpec) -> list[Recommendation]:
    """Return the recommendations, most important first; each carries its reasons."""
    if facts.history.safety_concern:
        why = ("Your safety answers raised a concern, so the review does not suggest couples counselling.",)
        return [_make(spec, "individual_support", why)]
    found = [*_counselling_reasons(facts)]
    result = []
    if found:
        result.append(_make(spec, "counselling", tuple(found)))
    elif _practice_first(facts):
        needed = (f"The rule looks for agreements kept up in at least {facts.practice.needed} of "
                  f"{facts.practice.weeks} weeks before it judges whether the practice works.")
        result.append(_make(spec, "practise_first", (reasons.practice_sentence(facts.practice), needed)))
    result += _gains(facts, spec)
    adjustment = _adjustment(facts, spec)
    if adjustment is not None:
        result.append(adjustment)
    return result


def _counselling_reasons(facts: RuleInput) -> list[str]:
    found = []
    if facts.history.long_running_conflict:
        found.append("The check found a conflict that has been going on for a long time.")
    if facts.history.breach_of_trust:
        found.append("The check found a breach of trust.")
    found += [reasons.worsened(t) for t in facts.trends.values() if t.worsened]
    if _rule_weeks_reached(facts) and facts.practice.steady and not _improved(facts):
        found.append(f"You have practised for {_finished(facts)} weeks, and the rule looks again after "
                     f"{facts.escalation_weeks}.")
        found.append(reasons.practice_sentence(facts.practice))
        found += [reasons.not_improved(t) for t in facts.trends.values()]
    return found


def _practice_first(facts: RuleInput) -> bool:
    return _rule_weeks_reached(facts) and not facts.practice.steady and not _improved(facts)


def _gains(facts: RuleInput, spec: ReviewSpec) -> list[Recommendation]:
    gained = [t for t in facts.trends.values() if t.improved]
    settled = facts.held_weeks >= spec.hold_weeks
    if not gained and not settled:
        return []
    compare = spec.improvement.compare_weeks
    why = tuple(reasons.improved(t, compare) for t in gained) or (reasons.held(facts.held_weeks, spec.hold_weeks),)
    held = (reasons.held(facts.held_weeks, spec.hold_weeks),)
    return [_make(spec, "celebrate", why), _make(spec, "maintenance" if settled else "keep_practising", held)]


def _adjustment(facts: RuleInput, spec: ReviewSpec) -> Recommendation | None:
    window = spec.maintained.window_days
    last = facts.history.today
    first = last - timedelta(days=window - 1)
    lagging = []
    for ledger in facts.local.ledgers:
        done, due = ledger.counts(first, last)
        if due >= spec.minimums.due_occurrences and done < spec.maintained.min_share * due - 1e-9:
            lagging.append((done / due, ledger.id, ledger.kind, done, due))
    if lagging:
        _, agreement_id, kind, done, due = min(lagging)
        why = (reasons.agreement_lag(spec.agreement_names[kind], done, due, window),)
        return _make(spec, "adjust", why, agreement_id)
    return _rhythm_adjustment(facts, spec)


def _rhythm_adjustment(facts: RuleInput, spec: ReviewSpec) -> Recommendation | None:
    recent = [w for w in facts.weeks if w.finished and w.rhythm.enough][-spec.hold_weeks:]
    if len(recent) < spec.hold_weeks:
        return None
    missing = [(sum(not getattr(w.rhythm, attr) for w in recent), words) for attr, words in RHYTHM_PARTS]
    count, words = max(missing, key=lambda item: item[0])
    if count * 2 < len(recent):
        return None
    return _make(spec, "adjust", (reasons.rhythm_gap(words, count, len(recent)),))


def _rule_weeks_reached(facts: RuleInput) -> bool:
    return _finished(facts) >= facts.escalation_weeks


def _finished(facts: RuleInput) -> int:
    """Whole weeks since the plan started (a plan started on a Thursday has its first week next Thursday)."""
    return (facts.history.today - facts.history.plan_start).days // 7


def _improved(facts: RuleInput) -> bool:
    return any(t.improved for t in facts.trends.values())


def _make(spec: ReviewSpec, kind: str, why: tuple[str, ...], agreement_id: str | None = None) -> Recommendation:
    words = spec.recommendations[kind]  # type: ignore[index]
    return Recommendation(kind, words.title, words.text, why, agreement_id)
