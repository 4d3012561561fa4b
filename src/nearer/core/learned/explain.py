"""Which words of a text push a model's score up most: used to show what a model reacted to."""

from __future__ import annotations

import re

from nearer.core.learned.features import word_codes
from nearer.core.learned.model import load

_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_QUIET = frozenset("a an and the to of i it is in on at so just me my you your".split())
_SIGN = 1 << 31


def heaviest_words(text: str, model_name: str, limit: int = 3) -> list[tuple[int, int]]:
    """Return the spans of up to `limit` words that push `text` most towards the model's class."""
    lowered = text.lower().translate(_STRAIGHT)
    if len(lowered) != len(text):  # a letter that lower-cases to two: spans would not line up
        return []
    model = load(model_name)
    mask = len(model.weights) - 1
    weighed: dict[str, tuple[float, int, int]] = {}
    for match in _WORDS.finditer(lowered):
        word = match.group()
        if word in weighed or word in _QUIET:
            continue
        weight = sum(model.weight(code & mask) * (1 if code & _SIGN else -1) for code in word_codes(word))
        weighed[word] = (weight, match.start(), match.end())
    ranked = sorted(weighed.values(), key=lambda item: (-item[0], item[1]))
    return [(start, end) for weight, start, end in ranked[:limit] if weight > 0]
