"""Find harsh and gentle wording in a draft, taking quotes, negation and warm uses into account."""

from __future__ import annotations

import re

from nearer.core.coach import context, language, shorthand
from nearer.core.coach.categories import CATEGORIES, HARSH
from nearer.core.coach.gentle_rules import GENTLE_PATTERNS
from nearer.core.coach.harsh_rules import (
    COLD_AFTER_ALWAYS,
    HARSH_PATTERNS,
    RETURN_TIME,
    WARM_AFTER_ALWAYS,
    WARM_AFTER_NEVER,
)
from nearer.core.coach.model import Finding
from nearer.core.coach.rx import Rule, lower_same_length, word_start

Hit = tuple[str, int, int]  # category, start, end
RULES = tuple(Rule(category, parts, True) for category, parts in HARSH_PATTERNS.items()) + tuple(
    Rule(category, parts, False) for category, parts in GENTLE_PATTERNS.items())


def _matches(text: str) -> tuple[list[Hit], list[Hit]]:
    """Return the (harsh, gentle) hits of every rule in lower-cased, normalised text."""
    harsh: list[Hit] = []
    gentle: list[Hit] = []
    for rule in RULES:
        (harsh if rule.harsh else gentle).extend(rule.hits(text))
    return harsh, gentle


# Categories whose patterns never contain their own negation, so a "not" before them flips them.
_NEGATABLE = frozenset({
    "absolute", "character_attack", "contempt", "mind_reading", "ultimatum", "blame",
    "scorekeeping", "old_grievance", "assumed_solution", "demand",
    "appreciation", "intention", "validation", "space_respected", "request",
})
_DISGUISED_BLAME = re.compile(r"^i feel (?:like |that )?you", re.IGNORECASE)
_DISGUISED_MESSAGE = (
    "This opens like an I-statement, but what follows is a judgement about them, not a feeling "
    "of yours."
)
_NEVER = re.compile(r"\b(?:never|not once|don't ever|won't ever|can't ever)\b", re.IGNORECASE)
_NEVER_LOWER = re.compile(_NEVER.pattern)  # the same for lower-cased ASCII, without re.IGNORECASE
_SPACE_REASSURANCE = re.compile(r"\bnever (?:have|need) to\b", re.IGNORECASE)


def _absolute_is_warm(text: str, start: int, end: int) -> bool:
    """An absolute is warm when 'always' meets something good or 'never' meets something bad."""
    matched = text[start:end]
    after = context.clause_after(text, end)
    if (_NEVER_LOWER if matched.isascii() and matched.islower() else _NEVER).search(matched):
        return bool(WARM_AFTER_NEVER.match(after.lstrip()) or WARM_AFTER_NEVER.search(after[:40]))
    if COLD_AFTER_ALWAYS.search(after):
        return False
    return bool(WARM_AFTER_ALWAYS.search(after[:50]))


def _warm_category(text: str, start: int) -> str:
    return "space_respected" if _SPACE_REASSURANCE.search(text, start, start + 40) else "appreciation"


_ADVICE = {category: (info.message, info.suggestion, info.tone) for category, info in CATEGORIES.items()}


def find_harsh(text: str, quotes: list[tuple[int, int]], hits: list[Hit]) -> list[Finding]:
    """Return harsh findings (plus warm absolutes re-labelled as gentle) from the rule hits."""
    found: list[Finding] = []
    for category, start, end in hits:
        if start == end or not word_start(text, start) or (quotes and context.inside(start, end, quotes)):
            continue
        if start and category in _NEGATABLE and context.is_negated(text, start):
            continue
        message = None
        if category == "absolute":
            if _absolute_is_warm(text, start, end):
                category = _warm_category(text, start)
        elif category == "stonewalling":
            if RETURN_TIME.search(text, end, end + 70):
                continue
        elif category == "blame" and _DISGUISED_BLAME.match(text[start:end]):
            message = _DISGUISED_MESSAGE
        default_message, suggestion, tone = _ADVICE[category]
        found.append(Finding(category, start, end, message or default_message, suggestion, tone))
    return found


def find_gentle(text: str, harsh_spans: list[tuple[int, int]], hits: list[Hit]) -> list[Finding]:
    """Return gentle findings from the rule hits that do not sit on top of harsh wording."""
    found: list[Finding] = []
    for category, start, end in hits:
        while start < end and not text[start].isalnum():
            start += 1  # patterns may start at a sentence break; the span starts at the word
        if start == end or not word_start(text, start):
            continue
        for s, e in harsh_spans:
            if start < e and s < end:
                break
        else:
            if not (start and category in _NEGATABLE and context.is_negated(text, start)):
                message, suggestion, tone = _ADVICE[category]
                found.append(Finding(category, start, end, message, suggestion, tone))
    return found


def _merge(findings: list[Finding]) -> list[Finding]:
    """Keep one finding per category for overlapping spans, ordered by position."""
    if len(findings) < 2:
        return findings
    ordered = sorted(findings, key=lambda f: (f.start, -f.end, f.category))
    kept: list[Finding] = []
    for finding in ordered:
        for k in kept:
            if k.category == finding.category and finding.start < k.end and k.start < finding.end:
                break
        else:
            kept.append(finding)
    return kept


class Draft:
    """A draft as read by `read`: whether it is English, and where the rules matched in it."""

    __slots__ = ("english", "normal", "hits", "expansion")

    def __init__(self, english: bool, expansion: shorthand.Expansion) -> None:
        self.english = english
        self.normal = expansion.text  # lower-cased, normalised, spelled out: the text the rules ran on
        self.hits = _matches(self.normal)
        self.expansion = expansion


def read(text: str) -> Draft:
    """Return `text` read once: whether it is English, its shorthand spelled out, every rule match."""
    return Draft(language.is_english(text), shorthand.expand(lower_same_length(context.normalise(text))))


def findings(draft: Draft) -> list[Finding]:
    """Return every finding in the draft (offsets into the text as typed), ordered by start."""
    found = _detect_normal(draft.normal, *draft.hits)
    expansion = draft.expansion
    if expansion.changed:  # point the spans at what the user typed
        found = [Finding(f.category, start, end, f.message, f.suggestion, f.tone)
                 for f in found for start, end in [expansion.span(f.start, f.end)]]
    return found


def detect(text: str) -> list[Finding]:
    """Return every finding in `text` (original offsets), harsh and gentle, ordered by start."""
    return findings(read(text))


def _detect_normal(normal: str, harsh_hits: list[Hit], gentle_hits: list[Hit]) -> list[Finding]:
    """Return the findings in lower-cased, normalised, spelled-out text, ordered by start."""
    harsh = find_harsh(normal, context.quoted_spans(normal), harsh_hits) if harsh_hits else []
    if not gentle_hits:
        return _merge(harsh)
    harsh_spans = [(f.start, f.end) for f in harsh if f.tone == HARSH]
    return _merge(harsh + find_gentle(normal, harsh_spans, gentle_hits))
