"""Reading free text: find phrase patterns and judge whether each find is negated, reported about
someone else, or hypothetical.

The rules are deliberately small and explainable (no model): a pattern is a lower-case regular
expression matched on whole words inside one clause. A find is

- negated when a negation word ("no", "not", "never", "n't", "nobody", ...) stands in the four
  words before it in the same clause, unless it is "not only", "not sure", "not just" or "no
  longer", or the clause says "anymore", "yet", "when", "unless", "except" or "if" after the find
  ("he never hits me when the kids are around" is not a denial);
- reported when, earlier in the sentence, someone else's relationship is named ("her husband", "my
  friend's boyfriend") or a story is being retold ("in the film", "on the news"), and no first-person
  word (I, me, my, we, us, our) stands between that mention and the find;
- hypothetical when the clause before it says "what if", "imagine", or "if he/she/they (...) ever",
  "if he were", "if she would" (a condition on the partner's act; "if I leave he will hurt the kids"
  is a threat, not a hypothetical).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

_SENTENCE = re.compile(r"[^.!?;\n]+")
_CLAUSE_BREAK = re.compile(r",?\s+\b(?:but|although|though|however|whereas)\b")
_WORD = re.compile(r"[a-z0-9']+")
_NEGATIONS = frozenset({"no", "not", "never", "nobody", "nothing", "neither", "nor", "without", "cannot"})
_NEGATION_UNDONE_BY_NEXT = frozenset({"only", "sure", "just", "longer"})
_NEGATION_UNDONE_AFTER = re.compile(r"\b(?:anymore|any more|yet|when|whenever|unless|except|if)\b")
_HYPOTHETICAL = re.compile(
    r"\bwhat if\b|\bimagine\b|\bif (?:he|she|they|my \w+)(?: \w+)? (?:ever|were|would)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine|we|we're|we've|us|our|ours)\b")
_THIRD_PARTY = re.compile(
    r"\b(?:her|his|their) (?:husband|wife|partner|boyfriend|girlfriend|ex|fianc\w*|spouse)\b"
    r"|\b(?:my|a|our)(?: best)? (?:friend|sister|brother|cousin|coworker|co-worker|colleague|neighbou?r"
    r"|aunt|uncle|niece|nephew|roommate|mother|mom|mum|father|dad|daughter|son|boss)(?:'s|s') "
    r"(?:husband|wife|partner|boyfriend|girlfriend|ex|fianc\w*|spouse|marriage|relationship)\b"
    r"|\b(?:in|on|from) (?:the|a|that|this) (?:movie|film|show|series|book|novel|episode|podcast"
    r"|documentary|play|news|article|story)\b"
    r"|\b(?:a|the) character\b"
)


@dataclass(frozen=True)
class Find:
    """One place where a pattern matched: the clause it sits in (original wording) and its reading."""

    pattern: str
    clause: str
    negated: bool
    reported: bool
    hypothetical: bool

    @property
    def asserted(self) -> bool:
        """True when the text states this about the writer's own life, now or in the past."""
        return not (self.negated or self.reported or self.hypothetical)


_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def lower_same_length(text: str) -> str:
    """Return `text` lower-cased with curly apostrophes made straight, keeping every offset."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter that lower-cases to two (rare): keep it as written
        lowered = "".join(_lower_char(ch) for ch in text)
    return lowered.translate(_STRAIGHT)


def _lower_char(ch: str) -> str:
    if ch in "\u2019\u2018\u02bc":
        return "'"
    low = ch.lower()
    return low if len(low) == 1 else ch


@functools.lru_cache(maxsize=2048)
def compile_phrase(pattern: str) -> re.Pattern[str]:
    """Return the compiled whole-word form of a content phrase pattern."""
    return re.compile(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])")


def find_phrases(text: str, patterns: Iterable[str]) -> list[Find]:
    """Return every find of the patterns in `text`, in text order, each judged as described above."""
    lowered = lower_same_length(text)
    compiled = [(p, compile_phrase(p)) for p in patterns]
    finds: list[Find] = []
    for sentence in _SENTENCE.finditer(lowered):
        for start, end in _clause_spans(sentence.group(), sentence.start()):
            clause = lowered[start:end]
            for pattern, regex in compiled:
                for match in regex.finditer(clause):
                    finds.append(_judge(pattern, text[start:end].strip(), clause, match, lowered, sentence.start(), start))
    return finds


def _clause_spans(sentence: str, offset: int) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for brk in _CLAUSE_BREAK.finditer(sentence):
        spans.append((offset + begin, offset + brk.start()))
        begin = brk.end()
    spans.append((offset + begin, offset + len(sentence)))
    return [(a, b) for a, b in spans if b > a]


def _judge(pattern: str, original: str, clause: str, match: re.Match[str],
           lowered: str, sentence_start: int, clause_start: int) -> Find:
    before, after = clause[: match.start()], clause[match.end():]
    reported = is_reported(lowered[sentence_start: clause_start + match.end()], clause_start + match.start() - sentence_start)
    return Find(
        pattern=pattern,
        clause=original,
        negated=is_negated(before, after),
        reported=reported,
        hypothetical=bool(_HYPOTHETICAL.search(before)),
    )


def is_negated(before: str, after: str) -> bool:
    """Return True when a negation in the four words of `before` denies what follows it."""
    words = _WORD.findall(before)[-4:]
    cue = max((i for i, w in enumerate(words) if w in _NEGATIONS or w.endswith("n't")), default=None)
    if cue is None:
        return False
    if cue + 1 < len(words) and words[cue + 1] in _NEGATION_UNDONE_BY_NEXT:
        return False
    return not _NEGATION_UNDONE_AFTER.search(after)


def is_reported(sentence_to_find: str, find_start: int) -> bool:
    """Return True when the find at `find_start` is about someone else's relationship or a story."""
    for mention in _THIRD_PARTY.finditer(sentence_to_find):
        if mention.end() > find_start:
            break
        if not _FIRST_PERSON.search(sentence_to_find[mention.end():find_start]):
            return True
    return False
