"""The learned models' part of the check: a second net behind the phrase lists.

The safety models (self_harm, abuse, control) only ever add a confirming question; the context
models add a context the phrases missed, with the sentence that made the model think so.
"""

from __future__ import annotations

import re
from functools import cached_property

from nearer.core.learned import CONTEXTS, inputs, load
from nearer.core.learned.explain import heaviest_words

# Which of the program's safety signals each learned model stands for.
SIGNAL_FOR_MODEL = {"self_harm": ("self_harm",), "abuse": ("violence",), "control": ("control",)}
# The context models learned from a few hundred examples; they add a context only when fairly sure.
CONTEXT_FLOOR = 0.7
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


class Situation:
    """One check's text and its features, worked out once however many models read it."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def vector(self) -> dict[int, float]:
        return inputs.situation(self.text)


def safety_signals(situation: Situation, known: set[str]) -> set[str]:
    """Return the program signal ids whose learned model fires on the text (only ids in `known`)."""
    if not situation.text.strip():
        return set()
    vector = situation.vector
    found: set[str] = set()
    for model_name, signals in SIGNAL_FOR_MODEL.items():
        if load(model_name).fires(vector):
            found |= {signal for signal in signals if signal in known}
    return found


def context_sentence(situation: Situation, context_id: str) -> str | None:
    """Return the sentence that shows `context_id` when its learned model fires on the text, else None."""
    text = situation.text
    if context_id not in CONTEXTS or not text.strip():
        return None
    name = f"context_{context_id}"
    model = load(name)
    if model.probability(situation.vector) < max(model.threshold, CONTEXT_FLOOR):
        return None
    spans = heaviest_words(text, name, limit=1)
    if not spans:
        return None
    start = spans[0][0]
    for sentence in _SENTENCE.finditer(text):
        if sentence.start() <= start < sentence.end():
            return sentence.group().strip()
    return None
