"""The listening check tells reflecting from fixing, advising, defending and changing the subject."""

import pytest

from nearer.core.coach import review
from nearer.core.coach.listening import check_listening

PARTNER = "Work has been crushing me and I barely sleep."


def test_a_paraphrase_with_a_check_reflects():
    result = check_listening(PARTNER, "It sounds like work is wearing you down, even your sleep. Is that right?")
    assert result.reflects and result.kind == "reflecting"


def test_naming_their_feeling_reflects():
    assert check_listening("My boss yelled at me.", "You must be exhausted.").reflects


@pytest.mark.parametrize("reply, kind", [
    ("You should talk to your boss.", "advising"),
    ("I'll call your boss tomorrow and sort it out.", "fixing"),
    ("That's not fair, I've been working hard too.", "defending"),
    ("Anyway, did you call the plumber?", "changing_subject"),
    ("Don't worry, it'll pass.", "dismissing"),
    ("Maybe you should look for a new job.", "advising"),
    ("We can just get a sleep app.", "fixing"),
    ("I was only asking about the rota.", "defending"),
    ("Did you see the match last night?", "changing_subject"),
])
def test_non_reflecting_replies_are_named(reply, kind):
    result = check_listening(PARTNER, reply)
    assert not result.reflects and result.kind == kind and result.feedback


@pytest.mark.parametrize("reply", [
    "That's brutal, no wonder you can't switch off.",
    "so ur running on empty and it's every night?",
    "You feel like the job is taking all of you.",
    "The deadlines keep grinding you down.",
    "Do you mean the hours, or the way they treat you?",
    "I didn't realise how little you've been sleeping.",
])
def test_everyday_reflections_are_recognised(reply):
    assert check_listening(PARTNER, reply).reflects


def test_an_offer_phrased_as_a_question_is_not_fixing():
    result = check_listening(PARTNER, "That sounds brutal. Would it help if I took the kids tonight?")
    assert result.reflects


def test_review_with_reply_to_carries_the_listening_check():
    assert review("Anyway, what's for dinner?", reply_to=PARTNER).listening.kind == "changing_subject"
    assert review("Thanks.").listening is None
