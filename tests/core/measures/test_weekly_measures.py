"""Each weekly measure, computed from hand-built logs, with the number of points it rests on."""

from datetime import date, timedelta

from nearer.core.measures import LogEntry, weekly_review
from tests.core.measures.builders import START, at, bid, daily, days, history, moment, rough, weekly

WEEK2 = START + timedelta(days=7)


def week(review, monday):
    return next(w for w in review.weeks if w.monday == monday)


def test_moments_your_partner_started_count_only_the_partners_start(program):
    entries = [moment(d, initiator="me") for d in days(START, 4)]
    entries += [moment(START, initiator="partner"), moment(START + timedelta(days=2), initiator="partner"),
                moment(START + timedelta(days=3), initiator="both"), bid(START, "toward")]
    first = week(weekly_review(history(WEEK2, entries), program), START)
    assert first.partner_started.value == 2
    assert first.partner_started.points == 4  # days with anything logged


def test_micro_connections_kept_is_the_share_of_due_days_done_per_agreement_and_overall(program):
    walk = daily("walk", START, START + timedelta(days=6), done_every=2)  # done 4 of 7
    tea = daily("tea", START, START + timedelta(days=6))  # done 7 of 7
    first = week(weekly_review(history(WEEK2, agreements=[walk, tea]), program), START)
    assert first.kept_by_agreement["walk"].value == 4 / 7
    assert first.kept_by_agreement["tea"].value == 1.0
    assert first.kept.value == 11 / 14 and first.kept.points == 14


def test_done_marks_on_days_that_were_not_due_do_not_raise_the_share(program):
    walk = daily("walk", START, START + timedelta(days=2))
    walk = walk.__class__("walk", "micro_connection", walk.due, frozenset(days(START, 7)))
    first = week(weekly_review(history(WEEK2, agreements=[walk]), program), START)
    assert first.kept.value == 1.0 and first.kept.points == 3


def test_maintained_needs_two_agreements_each_done_on_seventy_percent_of_the_last_fourteen_days(program):
    today = START + timedelta(days=13)
    skip_three = set(days(START, 3))  # 11 of 14 done: 79%
    skip_five = set(days(START, 5))   # 9 of 14 done: 64%
    kept_a = daily("a", START, today, skip=skip_three)
    kept_b = daily("b", START, today, skip=skip_three)
    slack_b = daily("b", START, today, skip=skip_five)
    assert weekly_review(history(today, agreements=[kept_a, kept_b]), program).maintained_now
    assert not weekly_review(history(today, agreements=[kept_a, slack_b]), program).maintained_now
    assert not weekly_review(history(today, agreements=[kept_a]), program).maintained_now


def test_exactly_seventy_percent_counts_as_maintained(program):
    today = START + timedelta(days=9)
    skip = set(days(START, 3))  # 7 of 10
    agreements = [daily("a", START, today, skip=skip), daily("b", START, today, skip=skip)]
    assert weekly_review(history(today, agreements=agreements), program).maintained_now


def test_turning_toward_is_toward_over_every_noticed_bid(program):
    entries = [bid(START, "toward")] * 5 + [bid(START, "away"), bid(START, "against"), bid(START, "")]
    first = week(weekly_review(history(WEEK2, entries), program), START)
    assert first.turning_toward.value == 5 / 7 and first.turning_toward.points == 7
    assert weekly_review(history(WEEK2, entries), program).turning_toward_reference == 0.86


def test_felt_safety_and_closeness_are_the_weeks_mean_ratings(program):
    entries = [weekly(START, 3, 4), weekly(START + timedelta(days=3), 5, None)]
    first = week(weekly_review(history(WEEK2, entries), program), START)
    assert first.safety.value == 4 and first.safety.points == 2
    assert first.closeness.value == 4 and first.closeness.points == 1


def test_defensiveness_is_the_mean_over_rated_rough_moments(program):
    entries = [rough(START, 4), rough(START, 2), rough(START)]
    first = week(weekly_review(history(WEEK2, entries), program), START)
    assert first.defensiveness.value == 3 and first.defensiveness.points == 2


def test_time_to_repair_is_the_median_in_minutes_of_repaired_rough_moments(program):
    entries = [rough(START, repaired_minutes=30), rough(START, repaired_minutes=90),
               rough(START, repaired_minutes=600), rough(START)]
    first = week(weekly_review(history(WEEK2, entries), program), START)
    assert first.repair_minutes.value == 90 and first.repair_minutes.points == 3


def test_balance_counts_warm_and_hard_moments(program):
    entries = [moment(START), LogEntry("appreciation", at(START)), LogEntry("affection", at(START)),
               bid(START, "toward"), bid(START, "away"), rough(START), bid(START, ""), bid(START, "against"),
               *[moment(START)] * 6]
    balance = week(weekly_review(history(WEEK2, entries), program), START).balance
    assert (balance.warm, balance.hard) == (10, 3)
    assert balance.ratio == 10 / 3 and balance.warm_share.value == 10 / 13


def test_a_week_without_hard_moments_has_no_ratio_but_a_full_warm_share(program):
    balance = week(weekly_review(history(WEEK2, [moment(START)] * 5), program), START).balance
    assert balance.ratio is None and balance.warm_share.value == 1.0


def test_rhythm_is_complete_with_a_conversation_an_activity_and_affection(program):
    entries = [moment(START, topic="their_day"), moment(START, topic="activity"), LogEntry("affection", at(START))]
    rhythm = week(weekly_review(history(WEEK2, entries), program), START).rhythm
    assert rhythm.complete and rhythm.points == 3


def test_rhythm_counts_talks_tune_ups_and_done_marks_of_the_right_kinds(program):
    shared = daily("date", START + timedelta(days=5), START + timedelta(days=5), kind="shared_activity")
    touch = daily("touch", START, START, kind="affection")
    talk_week = history(WEEK2, agreements=[shared, touch], talks=[START + timedelta(days=1)])
    tune_up_week = history(WEEK2, agreements=[shared, touch], tune_ups=["2026-W37"])
    assert week(weekly_review(talk_week, program), START).rhythm.complete
    assert week(weekly_review(tune_up_week, program), START).rhythm.complete
    alone = history(WEEK2, agreements=[shared, touch])
    rhythm = week(weekly_review(alone, program), START).rhythm
    assert (rhythm.conversation, rhythm.shared_activity, rhythm.affection) == (False, True, True)


def test_shared_activities_per_month_count_days_not_double_entries(program):
    today = date(2026, 10, 31)
    outing = date(2026, 10, 10)
    entries = [moment(d, topic="other") for d in days(date(2026, 10, 1), 10)] + [moment(outing, topic="activity")]
    agreements = [daily("date", outing, outing, kind="shared_activity"),
                  daily("walk", date(2026, 10, 20), date(2026, 10, 20), kind="shared_activity")]
    review = weekly_review(history(today, entries, agreements), program)
    october = next(m for m in review.months if m.month == "2026-10")
    assert october.shared_activity_days.value == 2
    assert [m.month for m in review.months] == ["2026-09", "2026-10"]


def test_the_next_shared_activity_is_scheduled_only_from_today_on(program):
    today = START + timedelta(days=10)
    assert weekly_review(history(today, next_shared_activity=today), program).next_shared_activity == today
    assert weekly_review(history(today, next_shared_activity=START), program).next_shared_activity is None


def test_the_baseline_is_the_first_two_weeks_as_a_weekly_rate(program):
    entries = [moment(d, initiator="partner" if i % 3 == 0 else "me") for i, d in enumerate(days(START, 14))]
    entries += [weekly(START, 3, 2), weekly(WEEK2, 4, 3), weekly(WEEK2 + timedelta(days=7), 7, 7)]
    base = weekly_review(history(START + timedelta(days=30), entries), program).baseline
    assert base.partner_started.value == 5 / 2  # 5 partner starts over two weeks
    assert base.safety.value == 3.5 and base.closeness.value == 2.5 and base.finished


def test_entries_before_the_plan_and_after_today_are_left_out(program):
    entries = [moment(START - timedelta(days=1), initiator="partner"), moment(WEEK2 + timedelta(days=1))]
    review = weekly_review(history(WEEK2, entries), program)
    assert sum(w.logging_days for w in review.weeks) == 0


def test_due_and_done_days_outside_the_plan_and_after_today_are_left_out(program):
    today = START + timedelta(days=3)
    walk = daily("walk", START - timedelta(days=5), START + timedelta(days=20))
    review = weekly_review(history(today, agreements=[walk]), program)
    assert review.weeks[0].kept.points == 4 and review.weeks[0].kept.value == 1.0
    assert review.weeks[0].logging_days == 4
