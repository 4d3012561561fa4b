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
# apostrophes in "don't" or "Sam's" never open a quotation.
_SINGLE_QUOTED = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(:]))'(?=\w)[^'\n]{1,300}?(?<=[\w.!?,])'(?!\w)")

_CLAUSE_BREAK = re.compile(
    r"[.!?;:,\n]|\bbut\b|\bthough\b|\bhowever\b|\bso\b|\band (?=(?:you|i|we|it|that|then)\b)",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|hardly|nobody|neither|nor|without)\b"
    r"|\b\w+n't\b(?!\s+you\b)"
    r"|\bsorry\b|\bshouldn't have\b|\bapologi[sz]e\b|\bregret\b|\bwrong to say\b",
    re.IGNORECASE,
)
# "why don't you" / "can't you" carry the negation into a question aimed at them; not a disclaimer.
_QUESTION_NEGATION_TAIL = re.compile(r"\b\w+n't\s*$", re.IGNORECASE)


def normalise(text: str) -> str:
    """Return the text with curly quotes straightened; the length is unchanged."""
    return text.translate(_NORMALISE)


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
    for found in _CLAUSE_BREAK.finditer(text, low, start + 6):
        if found.end() <= start:
            cut = found.end() - low
    return text[low:start][cut:]


def is_negated(text: str, start: int) -> bool:
    """Return True when the clause before `start` negates, disclaims or apologises for it."""
    prefix = clause_prefix(text, start)
    if not prefix.strip():
        return False
    if _QUESTION_NEGATION_TAIL.search(prefix) and not _NEGATION.search(
        _QUESTION_NEGATION_TAIL.sub("", prefix)
    ):
        return False
    return bool(_NEGATION.search(prefix))


def clause_after(text: str, end: int, limit: int = 80) -> str:
    """Return the words after `end` up to the end of the clause (at most `limit` chars)."""
    window = text[end:end + limit]
    cut = re.search(r"[.!?;\n]|,\s*(?:but|and|so)\b|\bbut\b", window)
    return window[:cut.start()] if cut else window
