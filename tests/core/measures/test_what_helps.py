"""What helps: agreements and parts of the rhythm that go with the better-rated weeks, never a certainty."""

from dataclasses import replace
from datetime import timedelta

from nearer.core.measures import AgreementDays, weekly_review
from tests.core.measures.builders import START, days, moment
from tests.core.measures.scenarios import plan

RATINGS = [(3, 3), (5, 5), (3, 3), (5, 5), (3, 3), (5, 5)]


def with_walk_on_good_weeks(history):
    """Adds a walk agreement kept every day of the good weeks (2, 4, 6) and once in the others."""
    due = days(START, 42)
    done = {d for i, d in enumerate(due) if (i // 7) % 2 == 1 or i % 7 == 0}
    return replace(history, agreements=[*history.agreements, AgreementDays("walk2", "shared_activity", due, done)])


def test_an_agreement_kept_in_the_better_weeks_is_named_with_the_data_it_rests_on(program):
    review = weekly_review(with_walk_on_good_weeks(plan([2] * 6, RATINGS, [True] * 6)), program)
    hint = next(h for h in review.helps if h.subject == "walk2")
    assert (hint.kind, hint.better_weeks, hint.other_weeks, hint.in_better) == ("agreement", 3, 3, 1.0)
    assert round(hint.in_other, 2) == 0.14
    assert hint.sentence == ("In your 3 better-rated weeks, the shared activity happened on 100% of due days, "
                             "against 14% in the other 3 weeks. This rests on 6 weeks and may be chance.")


def test_the_part_of_the_rhythm_that_goes_with_better_weeks_is_named(program):
    history = plan([2] * 6, RATINGS, [True] * 6)
    extra = [moment(START + timedelta(days=7 * w + 2), topic="activity") for w in (1, 3, 5)]
    review = weekly_review(replace(history, entries=[*history.entries, *extra]), program)
    hint = next(h for h in review.helps if h.subject == "shared_activity")
    assert hint.kind == "rhythm" and (hint.in_better, hint.in_other) == (1.0, 0.0)
    assert hint.sentence.endswith("This rests on 6 weeks and may be chance.")


def test_nothing_is_said_before_enough_weeks_are_rated(program):
    review = weekly_review(with_walk_on_good_weeks(plan([2] * 6, RATINGS, [True] * 6)), program)
    short = plan([2] * 3, RATINGS[:3], [True] * 3)
    assert review.helps and weekly_review(short, program).helps == []


def test_an_agreement_kept_alike_in_all_weeks_is_not_named(program):
    review = weekly_review(plan([2] * 6, RATINGS, [True] * 6), program)
    assert not any(h.subject in {"walk", "tea"} for h in review.helps)


def test_equal_ratings_every_week_give_no_hint(program):
    review = weekly_review(with_walk_on_good_weeks(plan([2] * 6, [(4, 4)] * 6, [True] * 6)), program)
    assert review.helps == []
