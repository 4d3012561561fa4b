"""The counselling rule and the other recommendations, scenario by scenario."""

from dataclasses import replace

from nearer.core.measures import weekly_review
from tests.core.measures.scenarios import flat, plan


def kinds(review):
    return [r.kind for r in review.recommendations]


def find(review, kind):
    return next(r for r in review.recommendations if r.kind == kind)


def test_six_flat_weeks_of_steady_practice_recommend_counselling(program):
    review = weekly_review(flat(6), program)
    assert kinds(review)[0] == "counselling"
    assert review.practice.steady and review.facts == {"improvement_seen": False, "things_worsened": False}
    reasons = find(review, "counselling").reasons
    assert "Your agreements were kept up in 6 of the last 6 finished weeks." in reasons
    assert "Moments your partner started are at 2 a week, against 2 a week at the start." in reasons


def test_five_flat_weeks_are_not_yet_enough_for_the_rule(program):
    assert "counselling" not in kinds(weekly_review(flat(5), program))


def test_the_plans_own_number_of_weeks_replaces_the_default(program):
    assert kinds(weekly_review(flat(4), program, escalation_weeks=4))[0] == "counselling"
    assert "counselling" not in kinds(weekly_review(flat(6), program, escalation_weeks=8))


def test_six_flat_weeks_without_steady_practice_say_practise_first_not_counselling(program):
    review = weekly_review(flat(6, kept=False), program)
    assert kinds(review)[0] == "practise_first" and "counselling" not in kinds(review)
    assert "Your agreements were kept up in 0 of the last 6 finished weeks." in find(review, "practise_first").reasons


def test_practice_in_most_weeks_is_steady(program):
    # Maintained looks at the last 14 days, so one slack week after a kept one still counts.
    review = weekly_review(plan([2] * 6, [(3, 3)] * 6, [False, False, True, True, False, True]), program)
    assert [w.maintained for w in review.weeks if w.finished] == [False, False, True, True, True, True]
    assert review.practice.maintained_weeks == 4 and review.practice.steady
    assert kinds(review)[0] == "counselling"


def test_improving_weeks_are_celebrated_and_counselling_is_not_recommended(program):
    review = weekly_review(plan([1, 1, 1, 1, 3, 4], [(3, 3)] * 4 + [(4, 4), (5, 5)], [True] * 6), program)
    assert review.facts["improvement_seen"] and "counselling" not in kinds(review)
    assert kinds(review)[:2] == ["celebrate", "keep_practising"]
    assert ("Over the last 2 finished weeks, moments your partner started averaged 3.5 a week, up from 1 a week "
            "in your first two weeks.") in find(review, "celebrate").reasons


def test_gains_that_held_four_weeks_offer_maintenance_instead_of_an_ending(program):
    started = [1, 1, 3, 3, 3, 3]
    review = weekly_review(plan(started, [(3, 3)] * 2 + [(5, 5)] * 4, [True] * 6), program)
    assert review.held_weeks == 4
    assert kinds(review)[:2] == ["celebrate", "maintenance"] and "keep_practising" not in kinds(review)
    assert find(review, "maintenance").reasons == ("Things have held for 4 finished weeks in a row.",)


def test_a_gain_held_for_only_two_weeks_warns_against_calling_it_done(program):
    review = weekly_review(plan([2, 2, 2, 2, 4, 4], [(3, 3)] * 4 + [(5, 5)] * 2, [True] * 6), program)
    assert "keep_practising" in kinds(review) and "maintenance" not in kinds(review)
    assert find(review, "keep_practising").reasons == (
        "Things have held for 2 of the 4 weeks in a row that show they are settled.",)


def test_worsening_two_weeks_running_recommends_counselling_in_week_three(program):
    review = weekly_review(plan([2, 2, 2], [(5, 5), (5, 4), (5, 3)], [True] * 3), program)
    assert review.facts["things_worsened"] and kinds(review)[0] == "counselling"
    assert "Your closeness rating fell week after week: 5 of 7, then 4 of 7, then 3 of 7." in \
        find(review, "counselling").reasons


def test_one_bad_week_is_not_worsening(program):
    review = weekly_review(plan([2, 2, 2], [(5, 5), (5, 5), (5, 3)], [True] * 3), program)
    assert not review.facts["things_worsened"] and "counselling" not in kinds(review)


def test_worsening_counts_even_without_steady_practice(program):
    review = weekly_review(plan([4, 3, 2], [(3, 3)] * 3, [False] * 3), program)
    assert kinds(review)[0] == "counselling"


def test_long_running_conflict_found_in_the_check_recommends_counselling_from_week_one(program):
    review = weekly_review(flat(1, long_running_conflict=True), program)
    assert find(review, "counselling").reasons == ("The check found a conflict that has been going on for a long time.",)


def test_a_breach_of_trust_recommends_counselling_at_once(program):
    review = weekly_review(flat(1, breach_of_trust=True), program)
    assert find(review, "counselling").reasons == ("The check found a breach of trust.",)


def test_a_safety_concern_never_leads_to_couples_counselling(program):
    for history in (flat(6, safety_concern=True), flat(1, breach_of_trust=True, safety_concern=True),
                    plan([2, 2, 2], [(5, 5), (5, 4), (5, 3)], [True] * 3, safety_concern=True)):
        review = weekly_review(history, program)
        assert kinds(review) == ["individual_support"]


def test_the_lagging_agreement_is_pointed_out_with_its_numbers(program):
    history = flat(3, kept=True)
    walk, tea = history.agreements
    tea = tea.__class__("tea", "daily_appreciation", tea.due, frozenset(list(tea.done)[:3]))
    review = weekly_review(replace(history, agreements=[walk, tea]), program)
    adjust = find(review, "adjust")
    assert adjust.agreement_id == "tea"
    assert adjust.reasons[0].startswith("In the last 14 days, the daily appreciation happened on ")


def test_a_rhythm_part_missing_in_most_weeks_is_worth_adjusting_when_every_agreement_is_kept(program):
    review = weekly_review(flat(4), program)  # conversations every day, never an activity or affection
    adjust = find(review, "adjust")
    assert adjust.agreement_id is None
    assert adjust.reasons == ("Something done together was missing in 4 of the last 4 weeks.",)


def test_every_recommendation_has_words_and_at_least_one_reason(program):
    for history in (flat(6), flat(6, kept=False), flat(1, breach_of_trust=True), flat(6, safety_concern=True)):
        for recommendation in weekly_review(history, program).recommendations:
            assert recommendation.title and recommendation.text and recommendation.reasons
