"""Measures over longer stretches: every ISO week of the plan, the baseline, and the calendar months.

The baseline is the plan's first `baseline_days` (two weeks by default): how things stood before the
practice had time to work. Shared activities per month count distinct days, so a moment logged as an
activity and the agreement marked done on the same day are one activity, not two.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from nearer.core.measures.local import LocalHistory
from nearer.core.measures.readings import Reading, count_reading, mean_reading, month_label, share_reading, week_monday
from nearer.core.measures.weekly import WeekMeasures, week_measures
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
    monday, last = week_monday(history.plan_start), week_monday(history.today)
    weeks = []
    while monday <= last:
        weeks.append(week_measures(local, monday, spec))
        monday += timedelta(days=7)
    return weeks


def baseline(local: LocalHistory, spec: ReviewSpec) -> Baseline:
    """Return the measures of the baseline days (so far, when they are still running)."""
    history, mins, tally = local.history, spec.minimums, local.baseline
    first, end = history.plan_start, local.baseline_last
    days = (min(end, history.today) - first).days + 1
    return Baseline(
        first=first, last=end, finished=end < history.today,
        partner_started=count_reading(tally.started * 7 / days, tally.logging_days, mins.baseline_logging_days),
        turning_toward=share_reading(tally.toward, tally.noticed, mins.noticed_bids),
        safety=mean_reading(tally.safety, mins.baseline_ratings),
        closeness=mean_reading(tally.closeness, mins.baseline_ratings),
    )


def months(local: LocalHistory, spec: ReviewSpec) -> list[MonthActivities]:
    """Return the shared-activity days of every calendar month from the plan's start to today."""
    activity_days, logging_days = sorted(local.activity_days), sorted(local.logging_days)
    result, day = [], local.history.plan_start.replace(day=1)
    while day <= local.history.today:
        following = (day + timedelta(days=32)).replace(day=1)
        low, high = day.toordinal(), following.toordinal()
        activities = bisect_left(activity_days, high) - bisect_left(activity_days, low)
        logging = bisect_left(logging_days, high) - bisect_left(logging_days, low)
        result.append(MonthActivities(month_label(day), count_reading(activities, logging,
                                                                      spec.minimums.month_logging_days)))
        day = following
    return result


def next_shared_activity(local: LocalHistory) -> date | None:
    """Return the next scheduled date or shared activity from today on, or None when none is planned."""
    upcoming = local.history.next_shared_activity
    return upcoming if upcoming is not None and upcoming >= local.history.today else None
