"""Below its minimum a measure shows "not enough data yet" (value None), never a misleading number."""

from datetime import timedelta

import pytest

from nearer.core.measures import NOT_ENOUGH_DATA, Reading, weekly_review
from tests.core.measures.builders import START, bid, daily, days, history, moment, rough

WEEK2 = START + timedelta(days=7)


def first_week(program, **kwargs):
    return weekly_review(history(WEEK2, **kwargs), program).weeks[0]


def test_an_empty_week_says_not_enough_data_for_every_measure(program):
    week = first_week(program)
    for reading in (week.partner_started, week.kept, week.turning_toward, week.safety, week.closeness,
                    week.defensiveness, week.repair_minutes, week.balance.warm_share):
        assert reading.value is None and reading.state == NOT_ENOUGH_DATA and reading.points == 0
    assert not week.rhythm.enough and not week.maintained


def test_no_partner_started_moment_on_two_logged_days_is_not_yet_a_zero(program):
    week = first_week(program, entries=[moment(d) for d in days(START, 2)])
    assert week.partner_started.value is None and week.partner_started.points == 2
    week = first_week(program, entries=[moment(d) for d in days(START, 3)])
    assert week.partner_started.value == 0 and week.partner_started.state == "measured"


@pytest.mark.parametrize(("entries", "attribute"), [
    ([bid(START, "toward")] * 3, "turning_toward"),
    ([rough(START, 3)], "defensiveness"),
    ([rough(START, repaired_minutes=20)], "repair_minutes"),
    ([moment(START)] * 4, "balance"),
])
def test_one_point_short_of_the_minimum_shows_no_number(program, entries, attribute):
    reading = getattr(first_week(program, entries=entries), attribute)
    reading = reading.warm_share if attribute == "balance" else reading
    assert reading.value is None and reading.points == reading.minimum - 1


def test_two_due_days_of_an_agreement_are_too_few_to_give_a_share(program):
    week = first_week(program, agreements=[daily("walk", START, START + timedelta(days=1))])
    assert week.kept_by_agreement["walk"].value is None and week.kept_by_agreement["walk"].points == 2


def test_a_month_with_few_logged_days_shows_no_activity_count(program):
    review = weekly_review(history(START + timedelta(days=20), entries=[moment(START, topic="activity")]), program)
    assert review.months[0].shared_activity_days.value is None


def test_a_fresh_plan_has_an_unfinished_baseline_and_no_verdict(program):
    review = weekly_review(history(START + timedelta(days=3), entries=[moment(START)]), program)
    assert not review.baseline.finished and review.baseline.partner_started.value is None
    assert review.facts == {"improvement_seen": False, "things_worsened": False}
    assert review.recommendations == []


def test_trends_without_data_cannot_show_a_gain_or_a_fall(program):
    review = weekly_review(history(START + timedelta(days=42)), program)
    assert all(t.recent is None and not t.improved and not t.worsened for t in review.trends.values())


def test_reading_states_follow_the_value():
    assert Reading(None, 1, 2).state == NOT_ENOUGH_DATA and not Reading(None, 1, 2).enough
    assert Reading(0.0, 2, 2).state == "measured" and Reading(0.0, 2, 2).enough
