"""What each model reads: the text turned into hashed features (the same at training and run time)."""

from __future__ import annotations

import re

from nearer.core.learned.features import tokens, vectorize

_STOP = frozenset(
    "a about after again all also am an and any are as at be been before being but by can could did do "
    "does doing don't for from had has have having he her him his how i i'm i've if in into is it it's "
    "just know like me more much my no not of on only or our out really said same she should so some "
    "such than that that's the their them then there these they thing things think this those to too "
    "up very was we were what when where which while who will with would you you're your".split()
)


def tone(text: str) -> dict[int, float]:
    """Features of a draft, for the tone model."""
    return vectorize(text)


def situation(text: str) -> dict[int, float]:
    """Features of a free-text description, for the safety and context models."""
    return vectorize(text)


def reflection(partner: str, reply: str) -> dict[int, float]:
    """Features of a reply, plus how many of the partner's content words (by stem) it gives back."""
    theirs = {word[:5] for word in tokens(partner) if word not in _STOP and len(word) > 2}
    echoed = {word[:5] for word in tokens(reply) if word not in _STOP and len(word) > 2} & theirs
    shared = min(len(echoed), 4)
    extras = tuple(f"echo>={n}" for n in range(1, shared + 1))
    if re.search(r"\?\s*$", reply):
        extras += ("ends-with-question",)
    return vectorize(reply, extras)
