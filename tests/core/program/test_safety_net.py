"""The wider safety net: anything heavy gets a confirming question; a stated method, plan, date or
note raises the concern outright. Every example is written for this test, in several voices."""

import pytest

from nearer.core.program import assess

OUTRIGHT = [
    # a stated method
    "I've been saving up my sleeping tablets in a sock drawer. He has no idea.",
    "got the rope in the garage. he wont look in there",
    # a date or a plan
    "I've picked the date. It'll be the Friday after his birthday so I don't ruin it.",
    "I know exactly how I'd do it and when. The house will be empty on the 14th.",
    # a goodbye note
    "Wrote goodbye letters to my sister and my husband last night. They're in the glovebox.",
    "i left him a note on the kitchen table explaining it isnt his fault",
]

ASKED = [
    # wanting it all to end
    "Honestly I just want it all to end. Every day is the same fight with him.",
    "some nights i wish i could go to sleep and not wake up, then she wouldnt have to deal with me",
    # wishing one had jumped
    "I keep thinking I should have jumped when I was standing on that bridge in March.",
    # being a burden
    "I'm such a burden to my wife since the accident. She'd be better off without me.",
    # stalking by an ex
    "My ex keeps turning up outside my work and sat in his car outside my mum's house on Sunday.",
    # a partner tracking messages and calls
    "She goes through my call log every evening and reads my messages while I'm in the shower.",
    "He put a tracker under my car seat and asks why I stopped at the shops for twenty minutes.",
    # things thrown over the writer
    "In the middle of the row he tipped the kitchen bin over me and walked off laughing.",
    "she chucked her wine over my head at the party because I talked to her brother",
]


@pytest.mark.parametrize("text", OUTRIGHT)
def test_a_stated_method_plan_date_or_note_is_a_concern(program, text):
    result = assess(program, {}, text)
    assert result.safety.concern, result.safety
    assert result.focus_areas == [program.focus.safety_focus]


@pytest.mark.parametrize("text", ASKED)
def test_anything_heavy_gets_a_confirming_question_or_a_concern(program, text):
    safety = assess(program, {}, text).safety
    assert safety.concern or safety.confirm_questions, text


def test_a_screen_answered_no_settles_the_question(program):
    text = "I keep thinking I should have jumped when I was standing on that bridge in March."
    result = assess(program, {"thoughts_of_self_harm": False}, text)
    assert not result.safety.concern and result.safety.confirm_questions == []


@pytest.mark.parametrize("text", [
    "We had a lovely weekend at the coast and talked for hours.",
    "He's been working late a lot and I miss our evenings together.",
    "Money is tight since the boiler broke, and we keep bickering about the budget.",
])
def test_an_everyday_worry_is_left_alone(program, text):
    safety = assess(program, {}, text).safety
    assert not safety.concern and safety.confirm_questions == []
