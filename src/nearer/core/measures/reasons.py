"""The short sentences that explain a recommendation, built from the person's own numbers.

They speak of "moments your partner started", never of a partner's score, and they say how much data
a finding rests on."""

from __future__ import annotations

from nearer.core.measures.trends import Practice, Trend

MEASURE_NAMES = {
    "partner_started": "moments your partner started",
    "closeness": "your closeness rating",
    "safety": "your felt-safety rating",
}


def number(value: float) -> str:
    """Return a number as people write it: 3, 2.5, 4.3."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def percent(share: float) -> str:
    """Return a share as a whole percentage: 0.857 -> "86%"."""
    return f"{round(share * 100)}%"


def _amount(name: str, value: float) -> str:
    return f"{number(value)} a week" if name == "partner_started" else f"{number(value)} of 7"


def improved(trend: Trend, weeks: int) -> str:
    """Sentence for a measure that rose above its baseline."""
    return (f"Over the last {weeks} finished weeks, {MEASURE_NAMES[trend.measure]} averaged "
            f"{_amount(trend.measure, trend.recent or 0)}, up from {_amount(trend.measure, trend.baseline or 0)} "
            f"in your first two weeks.")


def not_improved(trend: Trend) -> str:
    """Sentence for a measure that has not risen (or has no data to tell)."""
    name = MEASURE_NAMES[trend.measure]
    if trend.recent is None or trend.baseline is None:
        return f"There is not enough data yet to tell whether {name} changed."
    verb = "are" if trend.measure == "partner_started" else "is"
    return (f"{name[:1].upper()}{name[1:]} {verb} at {_amount(trend.measure, trend.recent)}, against "
            f"{_amount(trend.measure, trend.baseline)} at the start.")


def worsened(trend: Trend) -> str:
    """Sentence for a measure that fell week after week."""
    values = ", then ".join(_amount(trend.measure, v or 0) for v in trend.last_values)
    return f"{MEASURE_NAMES[trend.measure][:1].upper()}{MEASURE_NAMES[trend.measure][1:]} fell week after week: {values}."


def practice_sentence(practice: Practice) -> str:
    """Sentence saying in how many weeks the agreements were kept up."""
    return (f"Your agreements were kept up in {practice.maintained_weeks} of the last {practice.weeks} "
            f"finished weeks.")


def held(weeks: int, needed: int) -> str:
    """Sentence about how long the better weeks have held."""
    if weeks >= needed:
        return f"Things have held for {weeks} finished weeks in a row."
    return f"Things have held for {weeks} of the {needed} weeks in a row that show they are settled."


def agreement_lag(name: str, done: int, due: int, days: int) -> str:
    """Sentence for an agreement that was rarely kept."""
    return f"In the last {days} days, {name} happened on {done} of {due} due days."


def rhythm_gap(part: str, missing: int, weeks: int) -> str:
    """Sentence for a part of the weekly rhythm that was often missing."""
    return f"{part[:1].upper()}{part[1:]} was missing in {missing} of the last {weeks} weeks."
