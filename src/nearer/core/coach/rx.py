"""How the coach compiles its word patterns so that scanning stays fast.

Patterns run on lower-cased text without re.IGNORECASE, and a leading `\\b` is dropped so the
regex engine can jump straight to the possible first letters; `word_start` restores the boundary
check when a match is found.
"""

from __future__ import annotations

import functools
import re
import re._constants as _c
import re._parser as _parser

_LEADING_BOUNDARY = re.compile(r"^\\b(?=[a-z(])")
def _cleaned(parts: tuple[str, ...]) -> list[str]:
    return [_LEADING_BOUNDARY.sub("", part.lower()) for part in parts]


def compile_parts(*parts: str) -> re.Pattern[str]:
    """Return one compiled alternation of the lower-case pattern parts."""
    return _compile_cleaned(_cleaned(parts))


class RuleParts:
    """One rule: its cleaned parts, and the whole alternation compiled only when first asked for.

    Detection tries the parts through the index (triggers.py) and never needs the whole rule, so
    compiling it at import would only slow down the start of `nearer coach`.
    """

    def __init__(self, *parts: str) -> None:
        self.parts = tuple(_cleaned(parts))

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The whole rule as one compiled alternation."""
        return _compile_cleaned(list(self.parts))


def _compile_cleaned(cleaned: list[str]) -> re.Pattern[str]:
    body = "|".join(part if not _has_top_level_bar(part) else f"(?:{part})" for part in cleaned)
    # A one-character look-ahead on the possible first letters lets the engine reject most
    # positions with one test instead of trying every alternative there.
    first = _first_chars(body)
    if first:
        body = "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])(?:" + body + ")"
    return re.compile(body)


def _first_chars(pattern: str) -> set[str] | None:
    """Return every character a match can start with, or None when that cannot be worked out."""
    try:
        return _first_of(list(_parser.parse(pattern).data))
    except _Unknown:
        return None


class _Unknown(Exception):
    pass


def _first_of(items: list) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            return chars | {chr(av)}
        if op is _c.SUBPATTERN:
            sub = _first_of(list(av[3].data))
            if not _can_be_empty(list(av[3].data)):
                return chars | sub
            chars |= sub
        elif op is _c.BRANCH:
            subs = [list(alt.data) for alt in av[1]]
            chars |= set().union(*(_first_of(sub) for sub in subs))
            if not any(_can_be_empty(sub) for sub in subs):
                return chars
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            chars |= _first_of(list(av[2].data))
            if av[0] > 0:
                return chars
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av):
            return chars | {chr(v) for _, v in av}
        elif op is _c.AT and av is _c.AT_BOUNDARY:
            continue
        else:
            raise _Unknown
    raise _Unknown  # the whole pattern could match the empty string


def _can_be_empty(items: list) -> bool:
    try:
        _first_of(items)
    except _Unknown:
        return True
    return False


def _has_top_level_bar(pattern: str) -> bool:
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return True
    return False


def word_start(text: str, start: int) -> bool:
    """Return True when `start` is at the start of a word (or the match does not start on a letter)."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "'") or not text[start].isalnum()


def lower_same_length(text: str) -> str:
    """Return the text lower-cased, guaranteed to keep every character at the same offset."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def trie(words: dict[str, list[str]]) -> str:
    """Return a regex matching any of `words`, each followed by one of its own regexes, nested by
    shared prefixes so that `re` follows one branch per character instead of trying every word."""
    tree: dict = {}
    for word, ends in words.items():
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node.setdefault(None, []).extend(ends)

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items(), key=_by_char)
                if ch is not None]
        alts.extend(node.get(None, ()))
        if not alts:
            return "(?!)"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return emit(tree)


def _by_char(item: tuple) -> str:
    return item[0] or ""
