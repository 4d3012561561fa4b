"""The review's two facts feed the program's progress: worsening makes counselling the current step."""

from nearer.core.measures import weekly_review
from nearer.core.program import PlanState, progress
from tests.core.measures.builders import START
from tests.core.measures.scenarios import flat, plan


def test_things_worsened_makes_escalation_due_in_the_program(program):
    history = plan([2, 2, 2], [(5, 5), (5, 4), (5, 3)], [True] * 3)
    review = weekly_review(history, program)
    state = progress(program, PlanState("general", START), review.facts, history.today)
    assert state.escalation_due


def test_a_flat_but_young_plan_does_not_make_escalation_due(program):
    history = flat(3)
    review = weekly_review(history, program)
    assert not progress(program, PlanState("general", START), review.facts, history.today).escalation_due


def test_no_reason_or_recommendation_speaks_of_a_score(program):
    histories = [flat(6), flat(6, kept=False), flat(1, breach_of_trust=True),
                 plan([1, 1, 1, 1, 3, 4], [(3, 3)] * 4 + [(4, 4), (5, 5)], [True] * 6),
                 plan([2, 2, 2], [(5, 5), (5, 4), (5, 3)], [True] * 3)]
    for history in histories:
        review = weekly_review(history, program)
        words = " ".join(" ".join((r.title, r.text, *r.reasons)) for r in review.recommendations)
        words += " ".join(h.sentence for h in review.helps)
        assert words and "score" not in words.lower() and "rating of your partner" not in words.lower()
