"""The free-text reader: negation, reported speech, hypotheticals and clause boundaries."""

import pytest

from nearer.core.program.textreading import find_phrases, is_negated, lower_same_length

HIT = r"hits? me"


def only(text, pattern=HIT):
    finds = find_phrases(text, [pattern])
    assert len(finds) == 1, finds
    return finds[0]


def test_plain_statement_is_asserted():
    assert only("He hits me.").asserted


@pytest.mark.parametrize("text", [
    "He never hits me.",
    "He has never once hit me.",
    "He doesn't hit me.",
    "He would never hit me",
    "Nobody hits me",
])
def test_negation_in_the_words_before_is_a_denial(text):
    assert only(text).negated


@pytest.mark.parametrize("text", [
    "He never hits me when the kids are around.",
    "He doesn't hit me anymore.",
    "He hasn't hit me yet.",
    "He no longer hits me",
    "Not only does he yell, he hits me",
])
def test_negation_that_implies_the_opposite_is_not_a_denial(text):
    assert only(text).asserted


def test_negation_does_not_cross_a_but():
    finds = find_phrases("He doesn't yell but he hits me", [HIT])
    assert finds[0].asserted


def test_negation_far_before_is_ignored():
    assert only("I never thought this would happen to us, and now he hits me").asserted


def test_someone_elses_relationship_is_reported():
    assert only("My sister said her husband hits her", r"hits (her|me)").reported
    assert only("My friend's boyfriend hits her all the time", r"hits (her|me)").reported


def test_a_story_is_reported():
    assert only("In the film the husband hits his wife", r"hits (his wife|me)").reported


def test_first_person_after_the_mention_is_not_reported():
    assert not only("My sister's husband is kind, but my husband hits me").reported


@pytest.mark.parametrize("text", ["What if he hits me?", "If he ever hit me I would leave", "Imagine he hits me"])
def test_hypotheticals_are_not_asserted(text):
    assert only(text).hypothetical


def test_a_condition_on_the_writer_is_not_a_hypothetical():
    assert only("If I ever leave, he hits me").asserted


def test_curly_apostrophes_count_as_straight():
    assert only("He doesn\u2019t hit me").negated
    assert lower_same_length("Don\u2019T") == "don't"


def test_whole_words_only():
    assert find_phrases("The shitstorm at work", [r"hit"]) == []


def test_clause_keeps_the_original_wording():
    assert only("Money is Tight. He HITS me now", HIT).clause == "He HITS me now"


def test_is_negated_directly():
    assert is_negated("he is not", "") and not is_negated("he is", "")
    assert not is_negated("i am not sure whether", "")
