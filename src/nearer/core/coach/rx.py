"""How the coach finds its rules in a draft.

A rule is a category's list of parts, each one way of wording it (harsh_rules.py, gentle_rules.py).
Rules run on lower-cased text without re.IGNORECASE, so every part is lower-cased here too. A rule
is tried only where a word or a sign begins; where several of its parts match at the same place,
the first one listed wins, as it would in one alternation of all of them.

Compiling all ~700 parts takes longer than `nearer coach` may take from launch to exit, so each
part is compiled the first time a draft needs it, and a part whose every match holds some plain
text (its lead: "how could you" in `\\bhow could you\\b`, "cheer up" in `(?:just )?cheer up`, "as
usual" in `you\\b[^.!?]{1,30}\\bas usual`) is only tried on drafts that contain that text.
"""

from __future__ import annotations

import re

_LEADING_BOUNDARY = re.compile(r"^\\b(?=[a-z(])")  # redundant where a word begins; dropped
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789' ,")  # characters that stand for themselves
# Where a word or a sign begins: a word character with none before it, or any other visible sign.
_TOKEN_START = re.compile(r"(?=\S)(?:(?<!\w)|(?!\w))")


def cleaned(part: str) -> str:
    """Return the part lower-cased, without a leading `\\b`."""
    return _LEADING_BOUNDARY.sub("", part.lower())


def compile_parts(*parts: str) -> re.Pattern[str]:
    """Return the parts as one compiled alternation, for lower-cased text."""
    return re.compile("|".join(cleaned(part) for part in parts))


def lead(part: str) -> str:
    """Return the longest plain text that stands outside every group of the (cleaned) part, which
    every match holds ("as usual" in `you\\b[^.!?]{1,30}\\bas usual`), or "" when there is none."""
    runs, run, depth, i = [], "", 0, 0
    while i < len(part):
        ch = part[i]
        if depth == 0 and ch in _PLAIN:
            run += ch
            i += 1
            continue
        if ch in "?*{" and depth == 0:
            run = run[:-1]  # "yours?": the letter before a quantifier may be missing
        runs.append(run)
        run = ""
        if ch == "|" and depth == 0:
            return ""  # one of several wordings: no text is in all of them
        depth += {"(": 1, ")": -1}.get(ch, 0)
        i = _after_unit(part, i)
    runs.append(run)
    return max(runs, key=len)


def _after_unit(part: str, i: int) -> int:
    """Return where the unit starting at `i` ends: an escape, a character class, a count, or one sign."""
    ch = part[i]
    if ch == "\\":
        return i + 2
    if ch in "[{":
        close = "]" if ch == "[" else "}"
        i += 1
        if ch == "[":  # "^" and a "]" right after the opening belong to the class
            i += 1 if part.startswith("^", i) else 0
            i += 1 if part.startswith("]", i) else 0
        while i < len(part) and part[i] != close:
            i += 2 if part[i] == "\\" else 1
    return i + 1


class Part:
    """One way of wording a rule: its pattern, compiled when first needed, and its lead."""

    __slots__ = ("source", "lead", "_pattern")

    def __init__(self, source: str) -> None:
        self.source = cleaned(source)
        self.lead = lead(self.source)
        self._pattern: re.Pattern[str] | None = None

    def ends(self, text: str) -> list[tuple[int, int]]:
        """Return (start, end) of its match at each place in `text` where a word or sign begins."""
        if self.lead not in text:  # "" is in every text
            return []
        if self._pattern is None:
            self._pattern = re.compile(self.source)
        found = []
        match = self._pattern.search(text)
        while match:
            start = match.start()
            if _TOKEN_START.match(text, start):
                found.append((start, match.end()))
            match = self._pattern.search(text, start + 1)  # the next place may lie inside this match
        return found


class Rule:
    """One category's rule: its parts, in the order they are tried."""

    __slots__ = ("category", "harsh", "parts")

    def __init__(self, category: str, parts: tuple[str, ...], harsh: bool) -> None:
        self.category = category
        self.harsh = harsh
        self.parts = tuple(Part(part) for part in parts)

    def hits(self, text: str) -> list[tuple[str, int, int]]:
        """Return (category, start, end) for each place in `text` where the rule matches."""
        ends: dict[int, int] = {}
        for part in self.parts:
            for start, end in part.ends(text):
                ends.setdefault(start, end)  # an earlier part matching here came first
        return [(self.category, start, end) for start, end in ends.items()]


def word_start(text: str, start: int) -> bool:
    """Return True when `start` is at the start of a word (or the match does not start on a letter)."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "'") or not text[start].isalnum()


def lower_same_length(text: str) -> str:
    """Return the text lower-cased, guaranteed to keep every character at the same offset."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
