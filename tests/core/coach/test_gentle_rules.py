"""Gentle wording is recognised, and the verdict and score follow the findings."""

import pytest

from nearer.core.coach import CATEGORIES, GENTLE_CATEGORIES, HARSH_CATEGORIES, review


def categories(text: str) -> set[str]:
    return {finding.category for finding in review(text).findings}


@pytest.mark.parametrize("text, category", [
    ("I feel lonely when we eat apart.", "i_statement"),
    ("I loved cooking with you last night.", "appreciation"),
    ("Your toast at dinner was spot on.", "appreciation"),
    ("Seeing you laugh with my dad made my week.", "appreciation"),
    ("You've been a rock through all of this.", "appreciation"),
    ("I know this month has been a lot for you.", "validation"),
    ("Want to get fish and chips and sit by the water?", "request"),
    ("Can I make you a cup of tea?", "request"),
    ("I need a cuddle tonight.", "i_statement"),
    ("I've been feeling lonely lately.", "own_feeling"),
    ("I've noticed we haven't talked much this week.", "observation"),
    ("Could we go for a walk after dinner?", "request"),
    ("I want us to feel close again.", "intention"),
    ("That makes sense, it sounds like work has been brutal.", "validation"),
    ("What's been on your mind lately?", "open_question"),
    ("Thank you for making coffee this morning.", "appreciation"),
    ("Take all the time you need.", "space_respected"),
    ("My aim isn't to be right; I miss you.", "intention"),
    ("I'm ready to do my part.", "intention"),
    ("I only want us to feel like us again.", "intention"),
    ("You matter to me.", "intention"),
    ("I'm working on it, honestly.", "intention"),
    ("I'm sad about the trip, but sad with you, not at you.", "intention"),
])
def test_each_gentle_category_is_recognised(text, category):
    assert category in categories(text)
    assert review(text).verdict == "gentle"


def test_i_dont_appreciate_being_ignored_is_not_appreciation():
    assert "appreciation" not in categories("I don't appreciate being ignored.")


def test_a_gentle_opener_scores_higher_than_a_harsh_one():
    gentle = review("I've noticed we haven't shared much lately and I miss our connection.")
    harsh = review("You never talk to me anymore, you're so selfish.")
    assert gentle.verdict == "gentle" and harsh.verdict == "harsh"
    assert gentle.score > harsh.score


def test_score_bands_match_the_verdict():
    for text, low, high in [("Thank you, I love you.", 70, 100), ("You never call me.", 35, 69),
                            ("You're pathetic. Whatever.", 0, 34)]:
        result = review(text)
        assert low <= result.score <= high, (text, result.verdict, result.score)


def test_every_category_has_a_label_tone_and_advice():
    assert set(CATEGORIES) == set(HARSH_CATEGORIES) | set(GENTLE_CATEGORIES)
    for category in CATEGORIES.values():
        assert category.label and category.message and category.suggestion
        assert category.tone in ("harsh", "gentle")
        assert category.id == category.id.lower() and " " not in category.id
