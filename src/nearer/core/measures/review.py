"""The whole weekly review in one call: every week's measures, the baseline, the months, the trends,
the recommendations, what helps, and the two facts the program reads (improvement_seen, things_worsened)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nearer.core.errors import InvalidInputError
from nearer.core.measures.helps import HelpHint, what_helps
from nearer.core.measures.inputs import History, check_history
from nearer.core.measures.local import localise
from nearer.core.measures.periods import Baseline, MonthActivities, all_weeks, baseline, months, next_shared_activity
from nearer.core.measures.rule import Recommendation, RuleInput, recommend
from nearer.core.measures.trends import Practice, Trend, held_weeks, practice, trends
from nearer.core.measures.weekly import WeekMeasures, maintained
from nearer.core.program.specs_program import ProgramSpec


@dataclass(frozen=True)
class Review:
    """Everything the progress page and the weekly review show. `weeks` run oldest first and end with
    the week still running; `facts` holds improvement_seen and things_worsened for the program."""

    weeks: list[WeekMeasures]
    baseline: Baseline
    months: list[MonthActivities]
    next_shared_activity: date | None
    maintained_now: bool
    trends: dict[str, Trend]
    practice: Practice
    held_weeks: int
    recommendations: list[Recommendation]
    helps: list[HelpHint]
    facts: dict[str, bool]
    turning_toward_reference: float
    balance_reference: float


def weekly_review(history: History, program: ProgramSpec, escalation_weeks: int | None = None) -> Review:
    """Return the Review of `history`. `escalation_weeks` is the plan's own choice (None: the content's
    default). Raises InvalidInputError for a malformed history or weeks outside the content's range."""
    spec, escalation = program.review, program.escalation
    weeks_rule = escalation.default_weeks if escalation_weeks is None else escalation_weeks
    if not escalation.min_weeks <= weeks_rule <= escalation.max_weeks:
        raise InvalidInputError(f"escalation weeks must be between {escalation.min_weeks} and {escalation.max_weeks}")
    check_history(history)
    local = localise(history, spec.baseline_days)
    weeks = all_weeks(local, spec)
    base = baseline(local, spec)
    trend_map = trends(weeks, base, spec)
    steady = practice(weeks, weeks_rule, spec)
    held = held_weeks(weeks, base, spec)
    rule_input = RuleInput(history, local, weeks, trend_map, steady, held, weeks_rule)
    agreement_kinds = {a.id: a.kind for a in history.agreements}
    return Review(
        weeks=weeks, baseline=base, months=months(local, spec), next_shared_activity=next_shared_activity(local),
        maintained_now=maintained(local, history.today, spec), trends=trend_map, practice=steady, held_weeks=held,
        recommendations=recommend(rule_input, spec), helps=what_helps(weeks, agreement_kinds, spec),
        facts={
            "improvement_seen": any(t.improved for t in trend_map.values()),
            "things_worsened": any(t.worsened for t in trend_map.values()),
        },
        turning_toward_reference=spec.turning_toward_reference, balance_reference=spec.balance_reference,
    )
