"""progress(): sequential steps with read-ahead, counseling always open, escalation, and safety locks."""

from datetime import date, timedelta

import pytest

from nearer.core.errors import InvalidInputError
from nearer.core.program import PlanState, progress

START = date(2026, 1, 5)
STEP1 = {"reflection_done", "grounding_practised", "talk_scheduled", "distractions_agreed"}


def states(result):
    return {s.id: s.state for s in result.steps}


def test_fresh_plan_starts_at_step_one_and_reads_ahead(program):
    result = progress(program, PlanState("general", START), set(), START)
    assert [s.state for s in result.steps] == ["current"] + ["upcoming"] * 6
    assert [s.can_act for s in result.steps] == [True, False, False, False, False, False, True]
    assert result.next_action.step_id == "prepare"
    assert result.next_action.text == program.track("general").steps[0].actions[0].text


def test_next_action_is_the_first_action_whose_fact_is_missing(program):
    result = progress(program, PlanState("general", START), {"reflection_done"}, START)
    assert result.next_action.text == program.track("general").steps[0].actions[1].text


def test_finished_step_moves_current_to_the_next(program):
    result = progress(program, PlanState("general", START), STEP1, START)
    assert states(result)["prepare"] == "done" and states(result)["open_gently"] == "current"


def test_a_later_step_whose_facts_hold_waits_for_the_earlier_ones(program):
    result = progress(program, PlanState("general", START), {"needs_named", "debrief_done"}, START)
    assert states(result)["listen"] == "upcoming" and states(result)["prepare"] == "current"
    assert all(criterion.met for criterion in result.steps[2].criteria)


def test_steps_complete_in_order_once_the_earlier_ones_are_done(program):
    facts = STEP1 | {"opening_planned", "talk_held", "needs_named", "debrief_done"}
    result = progress(program, PlanState("general", START), facts, START)
    assert [states(result)[step] for step in ("prepare", "open_gently", "listen")] == ["done"] * 3
    assert states(result)["daily_moments"] == "current"


def test_counseling_proposed_on_day_one_is_not_done(program):
    result = progress(program, PlanState("general", START), {"counseling_proposed", "handoff_exported"}, START)
    assert states(result)["counseling"] == "upcoming"


def test_counts_matter(program):
    facts = STEP1 | {"opening_planned", "talk_held", "needs_named", "debrief_done", "micro_connections_agreed:1",
                     "tune_up_scheduled", "tune_up_held"}
    result = progress(program, PlanState("general", START), facts, START)
    assert states(result)["daily_moments"] == "current"
    criterion = result.steps[3].criteria[0]
    assert criterion.fact == "micro_connections_agreed:2" and not criterion.met


def test_counseling_is_open_but_not_pushed_early(program):
    result = progress(program, PlanState("general", START), set(), START + timedelta(weeks=2))
    counseling = result.steps[-1]
    assert counseling.state == "upcoming" and counseling.can_act
    assert not result.escalation_due


def test_escalation_after_default_weeks_without_improvement(program):
    today = START + timedelta(weeks=6)
    result = progress(program, PlanState("general", START), STEP1, today)
    assert result.escalation_due and result.weeks_in == 6
    assert states(result)["counseling"] == "current"
    assert result.next_action.step_id == "counseling"


def test_no_escalation_one_day_before_the_sixth_week(program):
    result = progress(program, PlanState("general", START), STEP1, START + timedelta(weeks=6, days=-1))
    assert not result.escalation_due


def test_improvement_holds_escalation_back(program):
    result = progress(program, PlanState("general", START), {"improvement_seen"}, START + timedelta(weeks=10))
    assert not result.escalation_due


def test_worsening_escalates_at_once(program):
    result = progress(program, PlanState("work_stress", START), {"things_worsened": True}, START)
    assert result.escalation_due and result.next_action.step_id == "counseling"


def test_the_plan_may_choose_its_own_number_of_weeks(program):
    result = progress(program, PlanState("general", START, escalation_weeks=3), set(), START + timedelta(weeks=3))
    assert result.escalation_due


@pytest.mark.parametrize("weeks", [1, 27])
def test_escalation_weeks_outside_the_content_range_are_refused(program, weeks):
    with pytest.raises(InvalidInputError, match="between 2 and 26"):
        progress(program, PlanState("general", START, escalation_weeks=weeks), set(), START)


def test_proposed_counseling_is_done_and_not_pushed_again(program):
    result = progress(program, PlanState("general", START), {"counseling_proposed"}, START + timedelta(weeks=8))
    assert states(result)["counseling"] == "done"
    assert result.next_action.step_id == "prepare"


def test_safety_concern_locks_every_couple_step_and_points_to_resources(program):
    result = progress(program, PlanState("general", START, safety_concern=True), STEP1, START + timedelta(weeks=9))
    assert [s.state for s in result.steps[:-1]] == ["locked_by_safety"] * 6
    assert not any(s.can_act for s in result.steps[:-1])
    assert result.steps[-1].can_act and result.steps[-1].state == "upcoming"
    assert result.next_action.step_id == "safety"
    assert result.next_action.text == program.safety.next_action
    assert not result.escalation_due


def test_all_six_steps_done_means_keep_practising(program):
    track = program.track("work_stress")
    facts = {c.fact for step in track.steps[:-1] for c in step.completion}
    result = progress(program, PlanState("work_stress", START), facts, START + timedelta(days=20))
    assert [s.state for s in result.steps[:-1]] == ["done"] * 6
    assert result.next_action.step_id == "review"
    assert result.next_action.text == track.maintenance_action


def test_to_dict_is_plain_data(program):
    data = progress(program, PlanState("general", START), set(), START).to_dict()
    assert data["next_action"]["step_id"] == "prepare" and len(data["steps"]) == 7


@pytest.mark.parametrize("plan, facts, message", [
    (PlanState("romance", START), set(), "unknown track"),
    (PlanState("general", START + timedelta(days=1)), set(), "cannot start after today"),
    (PlanState("general", START), {"talk_hold"}, "unknown fact id"),
])
def test_bad_input_is_refused(program, plan, facts, message):
    with pytest.raises(InvalidInputError, match=message):
        progress(program, plan, facts, START)
