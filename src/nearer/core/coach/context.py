"""Context that changes what a phrase means: quoted speech, negation, disclaimers and warm uses.

Everything here works on the normalised text (same length as the original, so spans carry over).
"""

from __future__ import annotations

import re

# Curly quotes and apostrophes become straight ones; each replacement is one character for one,
# so every offset found in the normalised text is valid in the original.
_NORMALISE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'"})

_DOUBLE_QUOTED = re.compile(r'"[^"\n]{1,300}"')
# A single-quoted passage must open after a space or start and close before a non-letter, so that
# apostrophes in "don't" or "Sam's" never open a quotation. The quote comes first in the pattern,
# and what may stand before it is checked by the look-behind, so that `re` can skip straight to
# each quote in the text instead of testing every position.
_SINGLE_QUOTED = re.compile(r"'(?<![^\s(:]')(?=\w)[^'\n]{1,300}?(?<=[\w.!?,])'(?!\w)")

_CLAUSE_BREAK_SOURCE = r"[.!?;:,\n]|\b(?:but|though|however|so)\b|\band (?=(?:you|i|we|it|that|then)\b)"
_NEGATION_SOURCE = (
    r"\b(?:not|never|no|hardly|nobody|neither|nor|without)\b"
    r"|\b\w+n't\b(?!\s+you\b)"
    r"|\bsorry\b|\bshouldn't have\b|\bapologi[sz]e\b|\bregret\b|\bwrong to say\b"
)
# What ends the clause after a phrase: [.!?;\n], a comma before but/and/so, or "but" as a word.
# Every branch starts with a plain character (the `\b` of "but" is checked behind its "b"), so
# `re` can skip straight to the few places where one of them could start.
_CLAUSE_END = re.compile(r"\.|!|\?|;|\n|,\s*(?:but|and|so)\b|b(?<!\wb)ut\b")
# "why don't you" / "can't you" carry the negation into a question aimed at them; not a disclaimer.
_QUESTION_NEGATION_TAIL_SOURCE = r"\b\w+n't\s*$"
_CLAUSE_BREAK = re.compile(_CLAUSE_BREAK_SOURCE, re.IGNORECASE)
_NEGATION = re.compile(_NEGATION_SOURCE, re.IGNORECASE)
_QUESTION_NEGATION_TAIL = re.compile(_QUESTION_NEGATION_TAIL_SOURCE, re.IGNORECASE)
# The same patterns for ASCII text once lower-cased, where they find exactly what the ones above
# find in the original (case is the only thing re.IGNORECASE changes there), several times faster.
_CLAUSE_BREAK_LOWER = re.compile(_CLAUSE_BREAK_SOURCE)
_NEGATION_LOWER = re.compile(_NEGATION_SOURCE)
_QUESTION_NEGATION_TAIL_LOWER = re.compile(_QUESTION_NEGATION_TAIL_SOURCE)
# Every negation above contains one of these, so a window without any cannot be negated.
_NEGATION_CUE = re.compile(r"no|never|neither|hardly|without|n't|sorry|apologi|regret|wrong to say")


def normalise(text: str) -> str:
    """Return the text with curly quotes straightened; the length is unchanged."""
    return text if text.isascii() else text.translate(_NORMALISE)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) ranges of quoted passages in normalised text."""
    spans = [m.span() for m in _DOUBLE_QUOTED.finditer(text)] if '"' in text else []
    if "'" in text:  # most drafts have no quotes at all; skip the slower scan then
        spans.extend(m.span() for m in _SINGLE_QUOTED.finditer(text))
    return spans


def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Return True when [start, end) lies within one of the spans."""
    return any(s <= start and end <= e for s, e in spans)


def clause_prefix(text: str, start: int, limit: int = 60) -> str:
    """Return the words before `start` that belong to the same clause (at most `limit` chars)."""
    low = max(0, start - limit)
    # Look a few characters past `start` so "and" + the subject at `start` counts as a break.
    cut = 0
    for end in _clause_break_ends(text, low, start + 6):
        if end <= start:
            cut = end - low
    return text[low:start][cut:]


def _clause_break_ends(text: str, low: int, high: int) -> list[int]:
    """Return where each clause break found in text[low:high] ends (offsets into `text`)."""
    # One character before `low` is kept so that `\b` at `low` still sees what precedes it.
    before = max(0, low - 1)
    region = text[before:high]
    if not region.isascii():
        return [found.end() for found in _CLAUSE_BREAK.finditer(text, low, high)]
    return [found.end() + before for found in _CLAUSE_BREAK_LOWER.finditer(region.lower(), low - before)]


def is_negated(text: str, start: int) -> bool:
    """Return True when the clause before `start` negates, disclaims or apologises for it."""
    if not start:
        return False  # nothing comes before it
    window = text[max(0, start - 60):start]
    if window.isascii() and not _NEGATION_CUE.search(window.lower()):
        return False  # the clause is part of this window, and nothing in it can negate
    prefix = clause_prefix(text, start)
    if not prefix.strip():
        return False
    negation, tail = _NEGATION, _QUESTION_NEGATION_TAIL
    if prefix.isascii():
        prefix, negation, tail = prefix.lower(), _NEGATION_LOWER, _QUESTION_NEGATION_TAIL_LOWER
    if tail.search(prefix) and not negation.search(tail.sub("", prefix)):
        return False
    return bool(negation.search(prefix))


def clause_after(text: str, end: int, limit: int = 80) -> str:
    """Return the words after `end` up to the end of the clause (at most `limit` chars)."""
    window = text[end:end + limit]
    cut = _CLAUSE_END.search(window)
    return window[:cut.start()] if cut else window
