"""Which rule parts can match where, so that each place in a draft tries only those parts.

Every rule is an alternation of parts (see rx.compile_parts), and rules are only ever tried at
the start of a token (a word or a single sign of the lower-cased draft). Parsing each part
(starts.py) tells us the first two tokens a match of it can begin with: "you(?:'re| are) never"
can only begin with "you" then "'re" or "are". The index turns that into a table keyed by those
two tokens: under ("you", "never") it holds, for each rule, a pattern made of only the parts
that can begin "you never", in their original order. Trying that pattern gives the same match as
trying the whole rule (the left-out parts cannot match there) for a fraction of the cost: the
words most parts start with ("you", "i") are followed by many different words, and most parts
would fail on the second one.

One regex, `finder`, walks the draft and stops only where some part can begin: at a first token
some part names, followed by a second token it names (or by anything, for a part whose second
token cannot be told, such as `you\\b[^.!?]{1,30}...`). A look-ahead in it reads the second token,
so each stop costs one table look-up. Stems (a first word such as "whatever" that may run on into
"whateverman", a second token that may run on) are handled in `_other`, from a small cache keyed
by the stems, so no input can make the table grow. Everything is derived from the patterns, never
from a hand-kept list, so new rules need nothing here. Allowing too much is always safe (one more
part tried that does not match); tests/core/coach/test_triggers.py checks the index against
trying every whole rule at every token.
"""

from __future__ import annotations

import functools
import re

from nearer.core.coach.rx import compile_parts, parts_of
from nearer.core.coach.starts import ANY, NEXT, Start, starts

Tries = tuple[tuple["Rule", re.Pattern[str]], ...]
_WORD = re.compile(r"\w+")


class Rule:
    """One category's rule, with how each of its parts can start."""

    def __init__(self, category: str, pattern: re.Pattern[str], harsh: bool) -> None:
        self.category = category
        self.harsh = harsh
        self.pattern = pattern
        self.parts = parts_of(pattern)
        self.starts = [starts(part) for part in self.parts]
        # A rule whose start cannot be worked out is scanned over the whole text (detection.py).
        self.indexed = None not in self.starts

    def parts_at(self, first: str, following: str) -> tuple[int, ...]:
        """Return the indexes of the parts that can begin with the tokens `first`, `following`
        ("" when nothing follows)."""
        return tuple(i for i, found in enumerate(self.starts)
                     if any(_fits(start, first, following) for start in found))


def _fits(start: Start, first: str, following: str) -> bool:
    if not (first.startswith(start.first) if start.first_is_stem else first == start.first):
        return False
    if start.next is ANY:
        return True
    return following.startswith(start.next) if start.next_is_stem else following == start.next


@functools.lru_cache(maxsize=None)
def _sub_pattern(rule: Rule, indexes: tuple[int, ...]) -> re.Pattern[str]:
    return compile_parts(*(rule.parts[i] for i in indexes))


class Index:
    """Finds where in a draft some rule can match, and the small patterns to try there."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self._rules = rules
        every = [start for rule in rules for found in rule.starts for start in found]
        self._first_stems = tuple(sorted({s.first for s in every if s.first_is_stem}))
        nexts: dict[str, set[str]] = {}
        next_stems: dict[str, set[str]] = {}
        for s in every:
            if not s.first_is_stem:
                nexts.setdefault(s.first, set())
                next_stems.setdefault(s.first, set())
                if s.next is not ANY:
                    (next_stems if s.next_is_stem else nexts)[s.first].add(s.next)
        # Every pair of tokens a part names is worked out here, once. Any other pair shares the
        # entry for its first token (or, when a stem fits it, one from `_shared`).
        self._table: dict[tuple[str, str], Tries] = {}
        self._fallback: dict[str, tuple[Tries, tuple[str, ...]]] = {}
        for first in sorted(nexts):
            for following in sorted(nexts[first]):
                self._table[first, following] = self._tries(first, following)
            self._fallback[first] = (self._tries(first, ""), tuple(sorted(next_stems[first])))
        self._shared: dict[tuple[str, tuple[str, ...]], Tries] = {}
        # Where any second token will do, the finder must not look at it.
        stop_after = {first: None if self._fallback[first][0] else nexts[first] | next_stems[first]
                      for first in nexts}
        self._finder = re.compile(_finder_source(stop_after, self._first_stems))

    def _tries(self, first: str, following: str) -> Tries:
        found = []
        for rule in self._rules:
            indexes = rule.parts_at(first, following)
            if indexes:
                found.append((rule, _sub_pattern(rule, indexes)))
        return tuple(found)

    def tries_at(self, first: str, following: str) -> Tries:
        """Return (rule, pattern) for every rule that can match where the tokens `first` and
        `following` ("" for none) begin."""
        found = self._table.get((first, following))
        return self._other(first, following) if found is None else found

    def _other(self, first: str, following: str) -> Tries:
        """Return what to try at a pair of tokens that no part names outright."""
        fallback = self._fallback.get(first)
        if fallback is None:  # a stop made by a first-token stem ("whateverman")
            key = ("", tuple(stem for stem in self._first_stems if first.startswith(stem)))
        else:
            tries, stems = fallback
            if not stems:
                return tries
            key = (first, tuple(stem for stem in stems if following.startswith(stem)))
            if not key[1]:
                return tries
        found = self._shared.get(key)
        if found is None:  # the key holds only stems, so this cache stays as small as the rules
            found = self._shared[key] = self._tries(first, following)
        return found

    def hits(self, text: str) -> list[tuple[Rule, int, int]]:
        """Return (rule, start, end) for every rule match that starts at a token of `text`."""
        found = []
        table = self._table
        for stop in self._finder.finditer(text):
            key = stop.group(0, 1)
            tries = table.get(key)
            if tries is None:
                tries = self._other(*key)
            pos = stop.start()
            for rule, pattern in tries:
                match = pattern.match(text, pos)
                if match:
                    found.append((rule, pos, match.end()))
        return found


def _finder_source(stop_after: dict[str, set[str] | None], first_stems: tuple[str, ...]) -> str:
    """Return the finder regex: it matches a first token some part can begin with, only when a
    second token that part names follows (`stop_after`, None for any), and puts the second token
    (as NEXT reads it) in group 1."""
    def then(first: str) -> str:
        allowed = stop_after[first]
        return "" if allowed is None else r"(?=\s*" + _trie({w: [""] for w in allowed}) + ")"

    words = {w: [r"(?!\w)" + then(w)] for w in stop_after if _WORD.fullmatch(w)}
    for stem in first_stems:
        words.setdefault(stem, []).append(r"\w*")
    signs = {w: [then(w)] for w in stop_after if not _WORD.fullmatch(w)}
    # `\b` first: most places in a draft are inside a word and fail on that one test.
    stops = [r"\b" + _trie(words)] if words else []
    if signs:
        stops.append(_trie(signs))
    return "(?:" + ("|".join(stops) or "(?!)") + ")(?=" + NEXT + ")"


def _trie(words: dict[str, list[str]]) -> str:
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
