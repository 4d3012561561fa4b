"""Small helpers that pull the user's own words out of a draft for rewrites and the I-statement."""

from __future__ import annotations

import re

from nearer.core.coach import context
from nearer.core.coach.gentle_rules import EMOTIONS
from nearer.core.coach.model import Finding

_EMOTION = re.compile(r"\b" + EMOTIONS + r"\b", re.IGNORECASE)
_EMOTION_LOWER = re.compile(_EMOTION.pattern)  # the same on lower-cased ASCII text, found faster
_FILLERS = ("anymore", "any more", "at all", "ever", "ever again", "either", "lol")
_FILLER_TAIL = re.compile(r"\s*\b(?:" + "|".join(_FILLERS) + r")\b\s*$", re.IGNORECASE)
_LEADING_FILLER = re.compile(r"^(?:even|ever|really|just|actually|seem to|bother to)\s+", re.IGNORECASE)
_BE_FORM = re.compile(r"\byou(?:'re| are)\b", re.IGNORECASE)
_PAST_TENSE = re.compile(r"^\w{2,}ed\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_REQUEST_LEAD = re.compile(
    r"^(?:could|can|would|will|shall) we\s+|^let's\s+|^maybe we (?:could|can|should|might)\s+|"
    r"^how about (?:we|if we)\s+|^what if we\s+", re.IGNORECASE)
_I_WOULD_LIKE = re.compile(r"^i(?:'d| would) (?:really )?(?:like|love)\s+(?:it if\s+)?", re.IGNORECASE)


def verb_phrase_after(text: str, end: int) -> str:
    """Return the words after `end` up to the end of the clause, minus trailing filler ('anymore')."""
    phrase = context.clause_after(text, end, limit=70).strip(" ,")
    phrase = _LEADING_FILLER.sub("", phrase)
    if phrase.isascii() and not phrase.strip(" ,").rstrip().lower().endswith(_FILLERS):
        return phrase.strip(" ,")  # no filler at the end, so the loop below would only strip
    previous = None
    while previous != phrase:
        previous, phrase = phrase, _FILLER_TAIL.sub("", phrase).strip(" ,")
    return phrase


def is_be_form(matched: str) -> bool:
    """Return True when the matched words use 'you're/you are' (so the rest is not a verb)."""
    return bool(_BE_FORM.search(matched))


def is_past_tense(phrase: str) -> bool:
    """Return True when the phrase starts with a regular past-tense verb ('called', 'noticed')."""
    return bool(_PAST_TENSE.match(phrase))


def feeling_in(text: str, findings: list[Finding]) -> str | None:
    """Return the first feeling word the user named about themselves, if any."""
    for finding in findings:
        if finding.category == "own_feeling":
            if text.isascii():  # lower-casing ASCII keeps every offset: same match, same words
                found = _EMOTION_LOWER.search(text.lower(), finding.start, finding.end)
            else:
                found = _EMOTION.search(text, finding.start, finding.end)
            if found:
                return found.group(0).lower()
    return None


def sentence_at(text: str, start: int) -> str:
    """Return the sentence of `text` that contains offset `start`, trimmed."""
    for match in _SENTENCE.finditer(text):
        if match.start() <= start < match.end():
            return match.group(0).strip()
    return text.strip()


def request_wording(text: str, finding: Finding) -> str:
    """Return the user's request as the object of "I'd like ..." ('us to eat together')."""
    sentence = sentence_at(text, finding.start)
    tail = sentence[finding.start - text.find(sentence, max(0, finding.start - len(sentence))):]
    tail = tail.strip().rstrip("?.! ")
    if _REQUEST_LEAD.match(tail):
        return "us to " + _REQUEST_LEAD.sub("", tail)
    if _I_WOULD_LIKE.match(tail):
        return _I_WOULD_LIKE.sub("", tail)
    return "to ask: " + tail[:1].lower() + tail[1:]

