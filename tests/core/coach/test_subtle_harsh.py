"""Harsh wording without the obvious cue words: sarcasm, implied blame, counting, the past.

Each case is a shape the rules know, written fresh here (not copied from the labelled data).
"""

import pytest

from nearer.core.coach import review


def categories(text: str) -> set[str]:
    return {finding.category for finding in review(text).findings}


@pytest.mark.parametrize(("text", "category"), [
    ("Wow, you finally noticed the bins were full.", "contempt"),
    ("Do you want a medal for loading the dishwasher?", "contempt"),
    ("Please, don't hurt yourself carrying one bag.", "contempt"),
    ("Sorry, am I interrupting your precious podcast?", "contempt"),
    ("Late again. What a shocker.", "contempt"),
    ("Right, because your mates always come first.", "contempt"),
    ("Some partners actually plan a birthday.", "contempt"),
    ("A grown adult who can't find the laundry basket.", "contempt"),
    ("I'm fine. Not that you'd notice.", "contempt"),
    ("Thanks to your temper we left the party early.", "blame"),
    ("If somebody had booked the table we'd be eating now.", "blame"),
    ("Maybe if you put the phone down we could talk.", "blame"),
    ("You should have told me before you said yes.", "blame"),
    ("You've made it pretty clear what matters to you.", "blame"),
    ("I did the shopping, cooked and bathed the kids. What did you do?", "scorekeeping"),
    ("Three Sundays in a row at your brother's.", "scorekeeping"),
    ("I've said sorry three times today and you haven't even once.", "scorekeeping"),
    ("Meanwhile I'm the one up at night with the dog.", "scorekeeping"),
    ("This is the camping trip all over again.", "old_grievance"),
    ("Just like at your cousin's wedding, you vanished.", "old_grievance"),
    ("I still think about the night you walked out.", "old_grievance"),
    ("I can tell you've stopped caring about this.", "mind_reading"),
    ("You'd be relieved if I left, just admit it.", "mind_reading"),
    ("Say something!", "demand"),
    ("Lighten up for once.", "demand"),
    ("Take a long run, you'll feel heaps better.", "assumed_solution"),
    ("You need a proper holiday.", "assumed_solution"),
    ("Don't.", "stonewalling"),
    ("I can't even with you.", "stonewalling"),
    ("u never txt back", "absolute"),
    ("ur always on ur phone", "absolute"),
    ("thx for nothing", "contempt"),
    ("Every single weekend it's your golf.", "absolute"),
    ("Let me guess, the bus was late again.", "contempt"),
    ("How hard is it to rinse a mug?", "contempt"),
    ("Funny how your back only hurts on bin day.", "contempt"),
    ("Did I ask for your opinion on my hair?", "contempt"),
    ("Someone didn't lock the back door again.", "blame"),
    ("If you hadn't argued with the waiter we'd still be welcome there.", "blame"),
    ("You keep brushing me off when I ask about money.", "blame"),
    ("You decided that we'd skip the wedding, so live with it.", "blame"),
    ("You did the very same thing at my graduation.", "old_grievance"),
    ("I haven't forgotten what you said at the funeral.", "old_grievance"),
    ("That's twice now you've missed the school run.", "scorekeeping"),
    ("That's the third evening you've worked late.", "scorekeeping"),
    ("Don't pretend you didn't hear me.", "mind_reading"),
    ("Spit it out.", "demand"),
    ("That new bike will sort your mood out.", "assumed_solution"),
    ("Either the gaming stops or I move to my sister's.", "ultimatum"),
    ("If your mate sleeps on our sofa again, I'm leaving.", "ultimatum"),
    ("One more broken promise and we're finished.", "ultimatum"),
    ("You're a lousy friend and a worse partner.", "character_attack"),
    ("Not having this conversation again.", "stonewalling"),
    ("Are you kidding me?", "contempt"),
    ("You're one to talk about money.", "contempt"),
    ("Happy now?", "contempt"),
    ("I'm not your maid.", "contempt"),
    ("You're such a hypocrite.", "character_attack"),
    ("Everything is always about you.", "character_attack"),
    ("You brought this on yourself.", "blame"),
    ("Figure it out yourself.", "stonewalling"),
    ("I bet you loved every minute of it.", "mind_reading"),
    ("You need to change.", "demand"),
    ("Men always run off when it gets hard.", "character_attack"),
    ("What sort of husband forgets the scan?", "character_attack"),
    ("You're the messiest person I've ever lived with.", "character_attack"),
    ("Would it kill you to put a plate in the sink?", "contempt"),
    ("Jo's boyfriend actually cooks on weekends.", "contempt"),
    ("Either the motorbike goes or I do.", "ultimatum"),
    ("There will be consequences if you're late again.", "ultimatum"),
    ("Why is it always me who rings the plumber?", "scorekeeping"),
    ("Forget I said anything.", "stonewalling"),
    ("You've made this holiday a misery.", "blame"),
    ("Clearly we're not a priority for you.", "mind_reading"),
    ("Smile, would you?", "demand"),
])
def test_subtle_harsh_shape_is_found(text, category):
    assert category in categories(text)
    assert review(text).verdict != "gentle"


@pytest.mark.parametrize("text", [
    "We don't always get it right, and that's okay.",
    "You never make me feel silly for asking.",
    "You always find the good in people.",
    "Because of your help the move was easy.",
    "I hope you'll feel better soon.",
    "I can tell you're tired; shall I cook tonight?",
    "Maybe if you want, we could go for a walk.",
    "Your turn to pick the film, love?",
    "I remember how you made me laugh on our first date.",
    "ur so sweet to me",
    "thx for dinner, it was lovely",
    "No wonder you're exhausted after that week.",
    "Wow, you remembered the tickets! Thank you!",
    "Never mind the dishes, come and sit with me.",
    "You make me feel safe.",
    "We never run out of things to say.",
    "You always make Mondays bearable.",
    "Every time you sing in the car I fall for you all over again.",
    "I'll never forget the day we met.",
    "Remember when you carried me up the last hill? Love you.",
])
def test_warm_or_plain_wording_stays_gentle(text):
    # The rules stay quiet; the tone models' own misreadings are counted in test_verdict.py.
    result = review(text)
    assert not [f.category for f in result.findings if f.tone == "harsh" and f.category != "harsh_tone"]
    assert result.verdict != "harsh"


def test_shorthand_findings_point_at_what_was_typed():
    text = "ok but u never txt back"
    absolute = next(f for f in review(text).findings if f.category == "absolute")
    assert text[absolute.start:absolute.end].startswith("u never")


@pytest.mark.parametrize(("text", "category", "words"), [
    ("Sure, your phone is more interesting than me. Great.", "contempt", "your phone is more interesting than me"),
    ("Oh right, your golf mates are so much more fun than us.", "contempt",
     "your golf mates are so much more fun than us"),
    ("Your spreadsheet seems more important than your family.", "contempt",
     "Your spreadsheet seems more important than your family"),
    ("I guess some people just don't care about their family anymore.", "blame",
     "I guess some people just don't care"),
    ("Apparently certain people never help with the school run.", "blame", "Apparently certain people never help"),
    ("Some people around here don't lift a finger.", "blame", "Some people around here don't"),
])
def test_sarcastic_ranking_and_blame_aimed_at_some_people_are_found_at_their_words(text, category, words):
    found = [f for f in review(text).findings if f.category == category]
    assert words in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", [
    "Sure, your plan is more fun than mine, let's do it!",
    "The film was more interesting than I expected.",
    "I know your job is more important than anything right now, and that's okay.",
    "I don't think your phone is more interesting than me, I'm just tired tonight.",
    "I guess some people just don't like horror films, and that's fine by me.",
    "Some people don't care for coriander, so I left it out.",
    "Some people in this house deserve a medal for all that cooking. Thank you!",
])
def test_friendly_comparisons_and_some_people_are_not_flagged(text):
    # The rules stay quiet; the tone models' own misreadings are counted in test_verdict.py.
    result = review(text)
    assert not [f.category for f in result.findings if f.tone == "harsh" and f.category != "harsh_tone"]
    assert result.verdict != "harsh"
