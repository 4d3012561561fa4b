"""Which rules can start at which word, so that each word of a draft tries only those rules.

Every rule is an alternation of parts (see rx.compile_parts). Parsing each part tells us the
words a match of it can start with: "you(?:'re| are) ..." can only start at the word "you".
Detection walks the words of a draft once and, at each one, tries a small pattern made of only
the parts that can start there, in their original order. That gives the same match as trying
the whole rule at that word (the left-out parts cannot match there), for a fraction of the cost.
"""

from __future__ import annotations

import functools
import re
import re._constants as _c
import re._parser as _parser

from nearer.core.coach.rx import compile_parts, parts_of, word_prefixes

_OPEN = "\x00"  # marks a start whose word may run on past what the parse could tell
_LONGEST = 24
_MOST = 2000
_WORD_CHAR = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w*")


class _Unknown(Exception):
    pass


def _item_strings(op, av) -> set[str]:
    """Return the strings one parsed item can start with (cut after a non-word character)."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN and av == [(_c.CATEGORY, _c.CATEGORY_SPACE)]:
        return {" "}
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}
    if op is _c.SUBPATTERN:
        return _strings(list(av[3].data), nested=True)
    if op is _c.BRANCH:
        return set().union(*(_strings(list(alt.data), nested=True) for alt in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        body = _strings(list(av[2].data), nested=True)
        if av[1] > 1:  # a repeated word could run on
            body = {s if _ends_word(s) else s + _OPEN for s in body}
        return body | {""} if av[0] == 0 else body
    raise _Unknown


def _ends_word(string: str) -> bool:
    return string.endswith(_OPEN) or (string != "" and not _WORD_CHAR.match(string[-1]))


def _strings(items: list, nested: bool = False) -> set[str]:
    """Return how a match of the parsed items can start, up to and including its first non-word
    character; a start ending in _OPEN may continue with more word characters."""
    done: set[str] = set()
    frontier = {""}
    for op, av in items:
        if op is _c.AT and av is _c.AT_BOUNDARY:
            # A word boundary right after letters closes the word: the next character is not one.
            done |= {head + " " for head in frontier if head}
            frontier = {head for head in frontier if not head}
            if not frontier:
                return done
            continue
        if op is _c.ASSERT or op is _c.ASSERT_NOT or op is _c.AT:
            continue  # zero-width: skipping it can only allow more, never fewer, starts
        try:
            options = _item_strings(op, av)
        except _Unknown:
            return done | {head + _OPEN for head in frontier}
        grown = set()
        for head in frontier:
            for tail in options:
                word = head + tail
                (done if _ends_word(word) else grown).add(word)
                if len(word) > _LONGEST:
                    raise _Unknown
        frontier = grown
        if len(done) + len(frontier) > _MOST:
            raise _Unknown
        if not frontier:
            return done
    if nested:
        return done | frontier
    return done | {head + _OPEN for head in frontier}  # the match may end inside a longer word


def _first_words(part: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """Return (whole first words, stems a longer first word starts with), or None if unknown."""
    try:
        starts = _strings(list(_parser.parse(part).data))
    except _Unknown:
        return None
    words, stems = set(), set()
    for start in starts:
        run = _WORD_RUN.match(start).group(0)
        if start.endswith(_OPEN) and len(run) == len(start) - 1:
            if not run:
                return None
            stems.add(run)
        elif run:
            words.add(run)
        elif not start[0].isspace():
            words.add(start[0])  # a sign is a token of its own
    return frozenset(words), tuple(sorted(stems))


class Rule:
    """One category's rule, with the first words each of its parts can start at."""

    def __init__(self, category: str, pattern: re.Pattern[str], harsh: bool) -> None:
        self.category = category
        self.harsh = harsh
        self.pattern = pattern
        self.parts = parts_of(pattern)
        self.starts = [_first_words(part) for part in self.parts]
        # A rule whose start cannot be enumerated is scanned over the whole text (detection.py).
        self.indexed = word_prefixes(pattern) is not None and None not in self.starts

    def parts_at(self, token: str) -> tuple[int, ...]:
        """Return the indexes of the parts that can start at `token`."""
        return tuple(i for i, (words, stems) in enumerate(self.starts)
                     if token in words or any(token.startswith(stem) for stem in stems))


@functools.lru_cache(maxsize=None)
def _sub_pattern(rule: Rule, indexes: tuple[int, ...]) -> re.Pattern[str]:
    return compile_parts(*(rule.parts[i] for i in indexes))


def rules_at(rules: tuple[Rule, ...]):
    """Return a function: token -> ((rule, pattern of its parts that can start there), ...).

    Every whole word a part can start with is looked up in a table built here, once, so the
    cost per token does not depend on having seen the text before. Only tokens that begin with
    an open stem (a part whose first word may run on, such as "whatever...") are worked out at
    call time.
    """
    def candidates(token: str) -> tuple[tuple[Rule, re.Pattern[str]], ...]:
        found = []
        for rule in rules:
            indexes = rule.parts_at(token)
            if indexes:
                found.append((rule, _sub_pattern(rule, indexes)))
        return tuple(found)

    words = set().union(*(start[0] for rule in rules for start in rule.starts))
    table = {word: found for word in sorted(words) if (found := candidates(word))}
    stems = tuple(sorted({stem for rule in rules for start in rule.starts for stem in start[1]}))

    def at(token: str) -> tuple[tuple[Rule, re.Pattern[str]], ...]:
        found = table.get(token)
        if found is None and stems and token.startswith(stems):
            return candidates(token)
        return found or ()

    return at
