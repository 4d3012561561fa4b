"""One behaviour per test: each harsh rule fires on its shape and stays quiet on its traps."""

import pytest

from nearer.core.coach import review


def categories(text: str) -> set[str]:
    return {finding.category for finding in review(text).findings}


def test_you_never_talk_to_me_is_an_absolute():
    assert "absolute" in categories("You never talk to me anymore.")


def test_you_always_make_me_laugh_is_warm():
    result = review("You always make me laugh.")
    assert "absolute" not in categories("You always make me laugh.")
    assert result.verdict == "gentle"
    assert "appreciation" in categories("You always make me laugh.")


def test_you_never_fail_to_surprise_me_is_warm():
    assert review("You never fail to surprise me.").verdict == "gentle"


def test_you_always_care_more_about_work_than_me_is_not_warm():
    assert "absolute" in categories("You always care more about work than me.")


def test_i_never_said_you_were_lazy_is_not_an_attack():
    assert "character_attack" not in categories("I never said you were lazy.")


def test_i_feel_like_you_dont_care_is_blame_wearing_an_i_statement():
    result = review("I feel like you don't care about me.")
    assert "blame" in {f.category for f in result.findings}
    assert "i_statement" not in {f.category for f in result.findings}
    assert result.verdict != "gentle"


def test_its_not_your_fault_is_not_blame():
    assert "blame" not in categories("It's not your fault that work is crazy.")


def test_youre_so_selfish_is_a_character_attack():
    assert "character_attack" in categories("You're so selfish.")


def test_youre_not_selfish_is_not_a_character_attack():
    assert "character_attack" not in categories("You're not selfish at all.")


def test_whatever_do_what_you_want_is_harsh():
    result = review("Whatever. Do what you want.")
    assert result.verdict == "harsh"
    assert {"contempt", "stonewalling"} <= {f.category for f in result.findings}


def test_whatever_you_need_is_warm():
    findings = review("Whatever you need, I'm here.").findings
    assert not [f for f in findings if f.tone == "harsh" and f.category != "harsh_tone"]


@pytest.mark.parametrize("text", ["Oh sure, because you're SO busy.", "Must be nice.", "Yeah right.", "Grow up."])
def test_sarcasm_and_mockery_are_contempt(text):
    assert "contempt" in categories(text)


def test_why_arent_you_happy_demands_happiness():
    assert "demand" in categories("Why aren't you happy?")


def test_just_tell_me_whats_wrong_demands_disclosure():
    assert "demand" in categories("Just tell me what's wrong.")


def test_remember_when_you_reopens_an_old_grievance():
    assert "old_grievance" in categories("Remember when you forgot to pick me up?")


def test_i_do_all_the_cooking_is_scorekeeping():
    assert "scorekeeping" in categories("I do all the cooking around here.")


def test_im_not_keeping_score_is_not_scorekeeping():
    assert "scorekeeping" not in categories("I'm not keeping score, I just miss you.")


def test_you_just_need_a_vacation_assumes_the_solution():
    assert "assumed_solution" in categories("You just need a vacation.")


def test_i_know_youd_rather_be_at_work_is_mind_reading():
    assert "mind_reading" in categories("I know you'd rather be at work.")


def test_if_you_dont_change_im_leaving_is_an_ultimatum():
    assert "ultimatum" in categories("If you don't change, I'm leaving.")


def test_if_you_dont_feel_like_talking_thats_okay_is_not_an_ultimatum():
    assert "ultimatum" not in categories("If you don't feel like talking tonight, that's okay.")


def test_i_dont_want_to_talk_about_it_is_stonewalling():
    assert "stonewalling" in categories("I don't want to talk about it.")


def test_a_pause_with_a_return_time_is_not_stonewalling():
    assert "stonewalling" not in categories("I don't want to talk about it right now, can we talk tonight?")


def test_quoted_harsh_words_are_reported_not_said():
    result = review('When you said "you never listen" I felt hurt.')
    assert result.verdict == "gentle"


def test_why_dont_you_ever_call_is_still_an_absolute():
    assert "absolute" in categories("Why don't you ever call when you're late?")


def test_spans_point_at_the_harsh_words():
    text = "I love you, but you never listen."
    finding = next(f for f in review(text).findings if f.category == "absolute")
    assert text[finding.start:finding.end].lower().startswith("you never")


def test_every_time_i_do_something_you_react_is_an_absolute():
    assert "absolute" in categories("Every time I mention money you leave the room.")


def test_always_used_to_is_nostalgia_not_an_absolute():
    assert "absolute" not in categories("We always used to dance in the kitchen.")


def test_praise_burst_on_its_own_is_mockery():
    assert "contempt" in categories("Wow. Just wow.")


def test_keep_it_up_and_a_consequence_is_an_ultimatum():
    assert "ultimatum" in categories("Keep this up and I'm going to my mum's.")


def test_if_you_are_never_going_to_then_out_is_an_ultimatum():
    assert "ultimatum" in categories("If you're not going to try, I'm done.")


def test_a_question_answered_by_me_is_scorekeeping():
    assert "scorekeeping" in categories("Who remembered the bins this week? Me.")
