"""The learned tone reading: how harsh the wording as a whole reads, and which words weigh most.

Two models vote (see nearer.core.learned): `tone_couples`, trained on the project's labelled couple
messages (sarcasm without cue words, implied blame, scorekeeping), and `tone_reddit`, trained on
GoEmotions comments (insults and contempt aimed at a person). Either may flag a draft.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from nearer.core.coach.categories import CATEGORIES, HARSH
from nearer.core.coach.model import Finding
from nearer.core.learned import inputs, load
from nearer.core.learned.explain import heaviest_words

MODELS = ("tone_couples", "tone_reddit")
# Above these a model is sure: it outweighs gentle wording and makes the verdict "harsh".
SURE = {"tone_couples": 0.97, "tone_reddit": 0.97}
MIN_WORDS = 3  # a word or two ("ok", "fine thanks") is too little for the models to judge
_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


class ToneReading(NamedTuple):
    """Which model found the draft harsh, how likely it thinks so, and whether it is sure."""

    model: str
    probability: float
    sure: bool


def features(text: str) -> dict[int, float] | None:
    """Return the features the tone models read, or None for a text too short to judge."""
    if len(_WORDS.findall(text.lower())) < MIN_WORDS:
        return None
    return inputs.tone(text)


def probabilities(text: str, vector: dict[int, float] | None = None) -> dict[str, float]:
    """Return each tone model's probability that `text` reads as harsh."""
    vector = inputs.tone(text) if vector is None else vector
    return {name: load(name).probability(vector) for name in MODELS}


def read(text: str, vector: dict[int, float] | None, sure_only: bool = False) -> ToneReading | None:
    """Return the strongest model that finds `text` harsh (only a sure one if `sure_only`), or None."""
    best: ToneReading | None = None
    if vector is None:
        return None
    for name, probability in probabilities(text, vector).items():
        sure = probability >= SURE[name]
        if probability < load(name).threshold or (sure_only and not sure):
            continue
        if best is None or probability > best.probability:
            best = ToneReading(name, probability, sure)
    return best


def warm(vector: dict[int, float] | None) -> float | None:
    """Return how sure the `warm` model is that the text reads as warm, or None when it does not fire."""
    if vector is None:
        return None
    model = load("warm")
    probability = model.probability(vector)
    return probability if probability >= model.threshold else None


def calm(text: str, vector: dict[int, float] | None) -> float:
    """Return how far from harsh the models read `text`, from 0 (borderline) to 1 (calm)."""
    model = load(MODELS[0])
    vector = inputs.tone(text) if vector is None else vector
    return max(0.0, min(1.0, 1.0 - model.probability(vector) / model.threshold))


def finding(text: str, reading: ToneReading) -> Finding:
    """Return the "harsh_tone" finding: it points at the heaviest word and names the next ones."""
    category = CATEGORIES["harsh_tone"]
    spans = heaviest_words(text, reading.model)
    if not spans:
        return Finding("harsh_tone", 0, len(text), category.message, category.suggestion, HARSH)
    quoted = [f"\u201c{text[start:end]}\u201d" for start, end in spans]
    names = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    message = f"{category.message} The words that weigh most towards harsh: {names}."
    start, end = spans[0]
    return Finding("harsh_tone", start, end, message, category.suggestion, HARSH)
