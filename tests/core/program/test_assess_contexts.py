"""assess(): contexts with evidence, the track rule, focus areas, and refusing bad answers."""

import pytest

from nearer.core.errors import InvalidInputError
from nearer.core.program import assess


def ids(result):
    return [hit.id for hit in result.contexts]


def test_ticked_context_counts_with_the_ticked_evidence(program):
    result = assess(program, {"contexts": ["money"]}, "")
    assert result.contexts[0].id == "money"
    assert result.contexts[0].evidence == [program.contexts.ticked_evidence]


def test_text_evidence_is_the_clause_in_the_writers_words(program):
    result = assess(program, {}, "We are fine. His Mother calls every night, but we never talk about it.")
    assert ids(result) == ["family"]
    assert result.contexts[0].evidence == ["His Mother calls every night"]


def test_ticked_and_written_evidence_are_combined(program):
    result = assess(program, {"contexts": ["work"]}, "Her boss emails at midnight.")
    assert result.contexts[0].evidence == [program.contexts.ticked_evidence, "Her boss emails at midnight"]


def test_denied_context_is_not_evidence(program):
    assert ids(assess(program, {}, "It is not about money, we are comfortable.")) == []


def test_reported_context_is_not_evidence(program):
    assert ids(assess(program, {}, "My friend said her husband works late all the time.")) == []


def test_contexts_come_in_content_order(program):
    result = assess(program, {}, "We have drifted apart since the baby, and the credit card debt keeps growing.")
    assert ids(result) == ["money", "parenting", "drift"]


@pytest.mark.parametrize("text, track", [
    ("He has been working late every night since the promotion.", "work_stress"),
    ("His parents criticise everything I do, and his job is stressful too.", "work_stress"),
    ("We have simply grown apart.", "general"),
    ("", "general"),
])
def test_work_in_the_contexts_selects_the_work_stress_track(program, text, track):
    assert assess(program, {}, text).track == track


def test_focus_areas_put_readiness_gaps_first_then_contexts_then_signs(program):
    result = assess(program, {"has_grounding": False, "knows_triggers": True, "signs": ["less_affection"]},
                    "Money is tight.")
    assert result.focus_areas == ["steady_self", "money_teamwork", "affection"]


def test_signs_are_found_in_text_and_ticks(program):
    result = assess(program, {"signs": ["silence"]}, "He answers with one word and is glued to his phone.")
    assert result.signs == ["short_answers", "screen_retreat", "silence"]


def test_to_dict_is_plain_data(program):
    data = assess(program, {}, "Money is tight").to_dict()
    assert data["contexts"] == [{"id": "money", "evidence": ["Money is tight"]}]
    assert set(data) == {"safety", "contexts", "track", "focus_areas", "signs"}


@pytest.mark.parametrize("answers, message", [
    ({"favourite_colour": "blue"}, "unknown answer key"),
    ({"afraid_of_partner": "no"}, "must be true, false or empty"),
    ({"contexts": ["wrok"]}, "unknown id 'wrok'"),
    ({"signs": "silence"}, "must be a list"),
    ({"has_grounding": 1}, "must be true, false or empty"),
])
def test_bad_answers_are_invalid_input(program, answers, message):
    with pytest.raises(InvalidInputError, match=message):
        assess(program, answers, "")


def test_free_text_must_be_a_string_of_sane_length(program):
    with pytest.raises(InvalidInputError):
        assess(program, {}, None)
    with pytest.raises(InvalidInputError, match="too long"):
        assess(program, {}, "a" * 20_001)


def test_unanswered_questions_may_be_none(program):
    assert not assess(program, {"afraid_of_partner": None, "has_grounding": None}, "").safety.concern
