"""assess(): the safety part. A concern switches the plan to resources; any mention gets a question."""

import pytest

from nearer.core.program import assess


def test_a_yes_in_the_screen_is_a_concern_with_its_reason(program):
    result = assess(program, {"afraid_of_partner": True, "hurt_by_partner": False}, "")
    assert result.safety.concern and result.safety.reasons == ["fear"]
    assert result.safety.confirm_questions == []


def test_all_no_and_calm_text_is_no_concern(program):
    answers = {q.id: False for q in program.safety.questions}
    result = assess(program, answers, "He works late and we barely talk.")
    assert not result.safety.concern and result.safety.reasons == [] and result.safety.confirm_questions == []


@pytest.mark.parametrize("text, reason", [
    ("He hits me when he drinks.", "violence"),
    ("I'm scared of him when he is angry", "fear"),
    ("She checks my phone and takes my paycheck", "control"),
    ("He threatened to take the kids", "threats"),
    ("Sometimes I think about killing myself", "self_harm"),
    ("He said he would kill himself if I leave", "threats"),
])
def test_stated_danger_in_the_text_is_a_concern(program, text, reason):
    result = assess(program, {}, text)
    assert result.safety.concern and reason in result.safety.reasons


@pytest.mark.parametrize("text", [
    "He has never once hit me.",
    "My sister said her husband hits her.",
    "We watched a film about domestic violence.",
    "If he ever hit me I would leave.",
    "I am not suicidal, just sad.",
])
def test_denied_reported_or_hypothetical_violence_is_no_concern_but_gets_a_gentle_question(program, text):
    result = assess(program, {}, text)
    assert not result.safety.concern
    assert len(result.safety.confirm_questions) >= 1


def test_text_concern_also_gets_the_confirming_question(program):
    result = assess(program, {}, "He slapped me last night.")
    violence = next(s for s in program.safety.signals if s.id == "violence")
    assert result.safety.confirm_questions == [violence.confirm_question]


def test_hyperbole_is_neither_concern_nor_question(program):
    result = assess(program, {}, "This deadline is killing me and it really hit me how tired we are.")
    assert not result.safety.concern and result.safety.confirm_questions == []


def test_concern_narrows_focus_to_safety(program):
    result = assess(program, {"contexts": ["work"]}, "He pushed me into the door.")
    assert result.focus_areas == ["safety_first"]
    assert result.track == "work_stress"


def test_reasons_follow_content_order_without_repeats(program):
    result = assess(program, {"controlled_by_partner": True, "forced_by_partner": True}, "He hits me")
    assert result.safety.reasons == ["violence", "control"]


def test_a_confirmed_no_settles_a_text_hit_of_that_signal_only(program):
    text = "The news hit me hard, and he checks my phone."
    first = assess(program, {}, text)
    assert first.safety.reasons == ["violence", "control"]
    settled = assess(program, {"hurt_by_partner": False}, text)
    assert settled.safety.reasons == ["control"]
    control = next(s for s in program.safety.signals if s.id == "control")
    assert settled.safety.confirm_questions == [control.confirm_question]


def test_a_no_to_only_one_of_two_control_questions_does_not_settle_control(program):
    result = assess(program, {"controlled_by_partner": False}, "He takes my paycheck.")
    assert result.safety.reasons == ["control"]


@pytest.mark.parametrize("text", ["He pushed me into the door.", "She pushed me to the ground.", "He hit me hard."])
def test_push_and_hit_with_following_words_are_still_violence(program, text):
    assert "violence" in assess(program, {}, text).safety.reasons


@pytest.mark.parametrize("text", ["He pushes me to be more social.", "She pushed me into taking the job.",
                                  "He pushes me away when I try to talk."])
def test_push_in_the_figurative_sense_is_not_violence(program, text):
    assert not assess(program, {}, text).safety.concern
