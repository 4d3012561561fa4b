"""Whole-plan scenarios built week by week: how many moments the partner started, the two weekly
ratings, and whether the two daily agreements were kept that week."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from nearer.core.measures import AgreementDays, History
from tests.core.measures.builders import START, days, history, moment, weekly


def plan(started: Sequence[int], ratings: Sequence[tuple[int, int]], kept: Sequence[bool], **flags) -> History:
    """A history of len(started) finished weeks (today is the Monday after), with a moment logged
    every day. Week i: started[i] moments started by the partner, ratings[i] = (safety, closeness),
    and both daily agreements done every day when kept[i], else on one day in three."""
    assert len(started) == len(ratings) == len(kept)
    entries, done = [], set()
    for index, (count, (safety, closeness), kept_week) in enumerate(zip(started, ratings, kept)):
        week = days(START + timedelta(days=7 * index), 7)
        entries += [moment(day, initiator="partner" if i < count else "me") for i, day in enumerate(week)]
        entries.append(weekly(week[-1], safety, closeness))
        done.update(day for i, day in enumerate(week) if kept_week or i % 3 == 0)
    today = START + timedelta(days=7 * len(started))
    due = days(START, 7 * len(started))
    agreements = [AgreementDays(name, "micro_connection", due, frozenset(done)) for name in ("walk", "tea")]
    return history(today, entries, agreements, **flags)


def flat(weeks: int, kept: bool = True, **flags) -> History:
    """Nothing changes: two partner starts a week, ratings 3 and 3."""
    return plan([2] * weeks, [(3, 3)] * weeks, [kept] * weeks, **flags)
