"""Measures over longer stretches: every ISO week of the plan, the baseline, and the calendar months.

The baseline is the plan's first `baseline_days` (two weeks by default): how things stood before the
practice had time to work. Shared activities per month count distinct days, so a moment logged as an
activity and the agreement marked done on the same day are one activity, not two.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from nearer.core.measures.local import LocalHistory
from nearer.core.measures.readings import Reading, count_reading, mean_reading, month_label, share_reading, week_monday
from nearer.core.measures.weekly import ACTIVITY_AGREEMENTS, WeekMeasures, week_measures
from nearer.core.program.specs_review import ReviewSpec


@dataclass(frozen=True, slots=True)
class Baseline:
    """The plan's first days. `partner_started` is a rate per seven days; `finished` is False while the
    baseline days are still running (its numbers may still change)."""

    first: date
    last: date
    finished: bool
    partner_started: Reading
    turning_toward: Reading
    safety: Reading
    closeness: Reading


@dataclass(frozen=True, slots=True)
class MonthActivities:
    """Days with a date or shared activity in one calendar month, resting on the days anything was logged."""

    month: str
    shared_activity_days: Reading


def all_weeks(local: LocalHistory, spec: ReviewSpec) -> list[WeekMeasures]:
    """Return the measures of every ISO week from the plan's start to today, oldest first."""
    history = local.history
    per_week = Counter(week_monday(day) for day in local.logging_days)
    monday, last = week_monday(history.plan_start), week_monday(history.today)
    weeks = []
    while monday <= last:
        weeks.append(week_measures(local, monday, spec, per_week[monday]))
        monday += timedelta(days=7)
    return weeks


def baseline(local: LocalHistory, spec: ReviewSpec) -> Baseline:
    """Return the measures of the baseline days (so far, when they are still running)."""
    history, mins = local.history, spec.minimums
    first = history.plan_start
    end = first + timedelta(days=spec.baseline_days - 1)
    last = min(end, history.today)
    dated = [d for week in local.by_week.values() for d in week if first <= d.day <= last]
    days = (last - first).days + 1
    logging_days = sum(1 for day in local.logging_days if first <= day <= last)
    started = sum(1 for d in dated if d.entry.kind == "moment" and d.entry.initiator == "partner")
    bids = [d.entry.response for d in dated if d.entry.kind == "bid" and d.entry.response]
    ratings = [d.entry for d in dated if d.entry.kind == "weekly"]
    return Baseline(
        first=first, last=end, finished=end < history.today,
        partner_started=count_reading(started * 7 / days, logging_days, mins.baseline_logging_days),
        turning_toward=share_reading(bids.count("toward"), len(bids), mins.noticed_bids),
        safety=mean_reading([e.safety for e in ratings if e.safety is not None], mins.baseline_ratings),
        closeness=mean_reading([e.closeness for e in ratings if e.closeness is not None], mins.baseline_ratings),
    )


def months(local: LocalHistory, spec: ReviewSpec) -> list[MonthActivities]:
    """Return the shared-activity days of every calendar month from the plan's start to today."""
    activity_days = {d.day for week in local.by_week.values() for d in week
                     if d.entry.kind == "moment" and d.entry.topic == "activity"}
    for ledger in local.ledgers:
        if ledger.kind in ACTIVITY_AGREEMENTS:
            activity_days.update(ledger.done_days)
    activities = Counter(month_label(day) for day in activity_days)
    logging = Counter(month_label(day) for day in local.logging_days)
    result, day = [], local.history.plan_start.replace(day=1)
    while day <= local.history.today:
        label = month_label(day)
        result.append(MonthActivities(label, count_reading(activities[label], logging[label],
                                                           spec.minimums.month_logging_days)))
        day = (day + timedelta(days=32)).replace(day=1)
    return result


def next_shared_activity(local: LocalHistory) -> date | None:
    """Return the next scheduled date or shared activity from today on, or None when none is planned."""
    upcoming = local.history.next_shared_activity
    return upcoming if upcoming is not None and upcoming >= local.history.today else None
