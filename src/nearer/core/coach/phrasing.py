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
    phrase = _without_lead(_LEADING_FILLER, context.clause_after(text, end, limit=70).strip(" ,"))
    if phrase.isascii() and not phrase.strip(" ,").rstrip().lower().endswith(_FILLERS):
        return phrase.strip(" ,")  # no filler at the end, so the loop below would only strip
    previous = None
    while previous != phrase:
        previous, phrase = phrase, _FILLER_TAIL.sub("", phrase).strip(" ,")
    return phrase


def _without_lead(lead: re.Pattern[str], text: str) -> str:
    """Return `text` without what `lead` matches at its start (`lead` can match nowhere else,
    as each of its branches starts with `^`: the same as lead.sub("", text), one search fewer)."""
    found = lead.match(text)
    return text[found.end():] if found else text


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
    lead = _REQUEST_LEAD.match(tail)
    if lead:
        return "us to " + tail[lead.end():]  # the lead can only match at the start (see _without_lead)
    lead = _I_WOULD_LIKE.match(tail)
    if lead:
        return tail[lead.end():]
    return "to ask: " + tail[:1].lower() + tail[1:]



# Verbs people use for what a partner does or doesn't do, in the base form "you would ..." takes.
_BASE_VERBS = frozenset(
    "talk listen call text ring message ask tell say share help plan cook clean tidy wash do make take "
    "bring come go get give put pick drop stay leave walk sit eat join hug kiss hold touch notice see "
    "look watch check remember forget think wonder offer thank visit spend try want like love show "
    "answer reply write read play work rest sleep wake drive pay book organise organize sort fix buy "
    "cancel interrupt ignore use spend agree apologise apologize explain mention invite include "
    "support cuddle laugh smile dance travel stop start finish keep let open close charge "
    "end turn hang wait".split()
)
# Verbs that undo or leave something: "you never stop X" cannot become "I'd love it if you would
# stop X more often".
_UNDOING = frozenset("stop keep end forget ignore interrupt cancel leave drop close".split())
# What may follow "you're" in a phrase the rewrites keep: a place or state, not a judgement.
_BE_STARTS = frozenset(
    "home here there around on in at out away with late busy off online up back available free ready "
    "glad happy".split()
)
# Words that mean the phrase holds a second clause, a question turned round, or wording that only
# reads right after "never" ("anything", "anymore"): such a phrase is not kept.
_NOT_KEPT = frozenset(
    "i i'm i've i'd i'll me? you you're you've you'd you'll we we're we've they he she it's that's and "
    "but so because or then if when while though like anymore any anything anyone anybody ever once "
    "even again either".split()
)
_PLAIN_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?(?: [a-z0-9]+(?:'[a-z]+)?){0,7}")


def keeps_as_behaviour(phrase: str, after_be: bool, wished: bool = False) -> bool:
    """Return True when `phrase` (the words after "you never"/"you're always") reads as one plain
    behaviour that a new sentence can carry: at most eight plain words, one clause, starting with
    a verb in the base form (or, after "you're", with a place or state). When the sentence will
    wish for more of it (`wished`), a verb that undoes something does not count."""
    lowered = phrase.lower()
    if not _PLAIN_WORDS.fullmatch(lowered):
        return False
    words = lowered.split()
    first = words[0]
    if after_be:
        starts_well = first in _BE_STARTS or (first.endswith("ing") and len(first) > 4)
    else:
        starts_well = first in _BASE_VERBS and not (wished and first in _UNDOING)
    return starts_well and _NOT_KEPT.isdisjoint(words)
