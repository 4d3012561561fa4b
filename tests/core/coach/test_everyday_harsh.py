"""Everyday put-downs and rhetorical questions, and the friendly sentences that share their words.

Each case is written fresh here (not copied from the labelled data).
"""

import pytest

from nearer.core.coach import review


def harsh_categories(text: str) -> set[str]:
    return {finding.category for finding in review(text).findings if finding.tone == "harsh"}


@pytest.mark.parametrize(("text", "category"), [
    ("ur honestly so stubborn", "character_attack"),
    ("You've become really petty about money.", "character_attack"),
    ("You're getting kind of lazy with the dishes.", "character_attack"),
    ("I don't believe you have one kind bone in your body.", "character_attack"),
    ("You're a total muppet sometimes.", "contempt"),
    ("Do you even hear yourself?", "contempt"),
    ("Were you even listening when I said Friday?", "contempt"),
    ("Who raised you, honestly?", "contempt"),
    ("Do I look like your cleaner?", "contempt"),
    ("Are you deaf? I said stop.", "contempt"),
    ("What exactly have you done this week?", "contempt"),
    ("That's your idea of an apology?", "contempt"),
    ("Seriously? Again?", "contempt"),
    ("Typical.", "contempt"),
    ("Oh, so now you want to go out.", "contempt"),
    ("Funny how you can find the time for football.", "contempt"),
    ("Man up and ring your mother.", "contempt"),
    ("Stop whinging about your boss.", "contempt"),
    ("I'm fed up with your excuses.", "contempt"),
    ("No one else would put up with you.", "contempt"),
    ("Apparently I'm the bad guy now.", "contempt"),
    ("Thanks so much for ignoring me at dinner.", "contempt"),
    ("You're just like my ex.", "contempt"),
    ("I guess I'm not a priority.", "blame"),
    ("I hate the way you sigh when I talk.", "blame"),
    ("You left the car on empty yet again.", "scorekeeping"),
    ("It's not the first time you've forgotten.", "scorekeeping"),
    ("Pack your things. I'm not coming back.", "ultimatum"),
    ("I'm taking the children with me.", "ultimatum"),
    ("You need your head examined.", "assumed_solution"),
    ("k", "stonewalling"),
    ("It's always about what you want.", "absolute"),
    ("You couldn't be bothered to ring me back.", "blame"),
    ("Not even a card on my birthday.", "blame"),
    ("You picked the pub over your family.", "blame"),
    ("I shouldn't have to spell it out.", "blame"),
    ("You've changed.", "blame"),
    ("You're blowing this way out of proportion.", "contempt"),
    ("Sure, go on, blame me.", "contempt"),
    ("Nothing is ever your fault.", "contempt"),
    ("Let me know when you're done pouting.", "contempt"),
    ("You're a hopeless communicator.", "character_attack"),
    ("You have zero self-awareness.", "character_attack"),
    ("You're only looking for a way out.", "mind_reading"),
    ("I haven't forgiven you for the wedding.", "old_grievance"),
    ("I cooked every single night this week.", "scorekeeping"),
    ("I booked it last time.", "scorekeeping"),
    ("I can't do this anymore.", "ultimatum"),
    ("Maybe we should see other people.", "ultimatum"),
    ("I told you I'm fine.", "stonewalling"),
    ("Don't even start.", "stonewalling"),
])
def test_everyday_harsh_shape_is_found(text, category):
    assert category in harsh_categories(text)


@pytest.mark.parametrize("text", [
    "Did you even get lunch today? You were flat out.",
    "Do you even like musicals? We can skip it.",
    "Funny, you always know how to cheer me up.",
    "I'm taking the kids to the pool on Sunday, come along?",
    "I'm so tired of pretending everything is fine, and I'd like us to talk.",
    "Seriously? You booked the cabin? Thank you!",
    "So now you know everything. How do you feel?",
    "Do you need help carrying that in?",
    "Apparently I'm hopeless at parking, ha.",
    "I know I sound like a broken record, but I miss you.",
    "Thank you yet again for being so patient.",
    "It's not the first time we've had a hard year, and we got through it.",
    "Are you mad at me? I would understand.",
    "Do you want to get takeaway or something?",
    "If that's your answer, I respect it.",
    "You were a kid when your dad left; of course it still hurts.",
    "I hate that you're hurting.",
    "You're too kind.",
    "ok see you at six k",
    "That was a classic, thank you for the laugh.",
    "You can't even imagine how proud I am of you.",
    "I think of you every day when you're away.",
    "You've changed so much this year and I'm proud of you.",
    "You have no idea how much I love you.",
    "I can't be bothered to cook tonight, shall we get takeaway?",
    "Don't start dinner without me.",
    "I don't have time for this today; can we talk tomorrow night?",
    "Maybe we should take a break from the news tonight.",
    "I've forgiven you, and I mean it.",
    "It was never your fault.",
    "I don't think you're overreacting at all.",
    "I know you chose the kids over a night out, and I love that about you.",
])
def test_friendly_use_of_the_same_words_stays_gentle(text):
    # The rules stay quiet; the tone models' own misreadings are counted in test_verdict.py.
    assert not harsh_categories(text) - {"harsh_tone"}
    assert review(text).verdict != "harsh"
