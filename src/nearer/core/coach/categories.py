"""The one place where the coach's categories are defined: id, human label, tone and advice.

Category ids are stable snake_case strings; the API, the CLI's JSON and the labelled data use them.
"""

from __future__ import annotations

from dataclasses import dataclass

HARSH = "harsh"
GENTLE = "gentle"


@dataclass(frozen=True)
class Category:
    """A kind of wording the coach recognises, with what it tells the user about it."""

    id: str
    label: str
    tone: str
    message: str
    suggestion: str


_ALL = (
    # --- wording that tends to start a defence rather than a conversation ---
    Category(
        "absolute", "Absolute about them", HARSH,
        "Words like 'never' and 'always' turn one moment into a verdict on them, and they will "
        "answer the exception instead of the feeling.",
        "Name a recent, specific moment instead of 'always' or 'never'.",
    ),
    Category(
        "blame", "Blaming 'you' statement", HARSH,
        "This puts the cause of your feeling on them, which usually draws a defence.",
        "Say what you feel and what you saw, and leave out what they did wrong.",
    ),
    Category(
        "character_attack", "Attack on character", HARSH,
        "This judges who they are rather than describing something they did.",
        "Describe the one behaviour that hurt, not a trait of theirs.",
    ),
    Category(
        "contempt", "Contempt or mockery", HARSH,
        "Insults, sarcasm and dismissive words signal disrespect, the fastest way to shut a "
        "talk down.",
        "Drop the jab; if you are too upset to be kind, ask for a pause first.",
    ),
    Category(
        "demand", "Demanding happiness or disclosure", HARSH,
        "Pressing them to feel better or to open up on the spot tends to make a withdrawing "
        "partner retreat further.",
        "Offer to listen and let them choose when to share.",
    ),
    Category(
        "old_grievance", "Reopening an old grievance", HARSH,
        "Bringing back an old hurt turns today's talk into a trial about the past.",
        "Keep to what is happening now; agree on another time for the older issue.",
    ),
    Category(
        "scorekeeping", "Scorekeeping", HARSH,
        "Counting who does more makes the talk a ledger, and ledgers invite counter-claims.",
        "Say what you need help with this week instead of totting up the past.",
    ),
    Category(
        "assumed_solution", "Assuming the solution", HARSH,
        "Deciding what they need before asking can leave them feeling unheard.",
        "Ask what would help them, and be ready for an answer you did not expect.",
    ),
    Category(
        "mind_reading", "Mind-reading", HARSH,
        "This states what they think or feel as a fact; they will dispute the guess.",
        "Ask about their view, or say it is how it seems to you.",
    ),
    Category(
        "ultimatum", "Ultimatum or threat", HARSH,
        "A threat makes safety the topic and closeness much harder.",
        "Say how worried you are and what you would like to try together.",
    ),
    Category(
        "stonewalling", "Shutting the talk down", HARSH,
        "Ending the exchange without a way back leaves both of you stuck.",
        "If you need a break, say so and name when you will come back to it.",
    ),
    Category(
        "harsh_tone", "Reads as harsh", HARSH,
        "No single phrase here is one the coach knows by name, but the wording as a whole reads as "
        "cold or cutting, the way sarcasm, a jab or a sigh in writing can.",
        "Say plainly what you feel and what you would like, without the edge.",
    ),
    # --- wording that tends to invite an answer ---
    Category(
        "i_statement", "I-statement", GENTLE,
        "You speak from your own experience, which is easier to hear than a charge.",
        "Keep it: pair it with what you saw and what you would like.",
    ),
    Category(
        "observation", "Concrete observation", GENTLE,
        "A specific, recent observation gives them something real to respond to.",
        "Keep it specific and free of judgement.",
    ),
    Category(
        "own_feeling", "Naming your feeling", GENTLE,
        "Naming your own feeling lets them see what is at stake for you.",
        "One clear feeling word is enough; no need to justify it.",
    ),
    Category(
        "request", "Clear, positive request", GENTLE,
        "A concrete request tells them what would help, rather than what to stop.",
        "Make it small and doable, with a time if you can.",
    ),
    Category(
        "intention", "Intention to reconnect", GENTLE,
        "Saying that you want to be closer frames the talk as shared, not as a complaint.",
        "Opening with this early sets a calm tone.",
    ),
    Category(
        "validation", "Validation", GENTLE,
        "Acknowledging their experience tells them they were heard, even if you see it "
        "differently.",
        "Follow it with a question to check you understood.",
    ),
    Category(
        "open_question", "Open question", GENTLE,
        "An open question invites them to tell their side in their own words.",
        "Then listen, and reflect back what you heard before answering.",
    ),
    Category(
        "appreciation", "Appreciation", GENTLE,
        "Specific thanks and warmth remind both of you what is good between you.",
        "The more concrete, the more it lands.",
    ),
    Category(
        "space_respected", "Respecting their space", GENTLE,
        "Letting them set the pace lowers the pressure on someone who is pulling back.",
        "If you can, add when you will check in again.",
    ),
)

CATEGORIES: dict[str, Category] = {category.id: category for category in _ALL}
HARSH_CATEGORIES: tuple[str, ...] = tuple(c.id for c in _ALL if c.tone == HARSH)
GENTLE_CATEGORIES: tuple[str, ...] = tuple(c.id for c in _ALL if c.tone == GENTLE)
LABELS: dict[str, str] = {c.id: c.label for c in _ALL}

# "ok": neither harsh nor gentle wording was found, so the coach has nothing to praise or soften.
VERDICTS: tuple[str, ...] = ("gentle", "ok", "needs_softening", "harsh")
