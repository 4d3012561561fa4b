"""How a match of one regex part can begin: its first two tokens, worked out by parsing the part.

The two tokens are read from the lower-cased draft the way `FIRST` and `NEXT` below read them:
the first is a word or a single sign; the next skips white space, then takes any signs and the
word right after them, so "you're" is "you" then "'re", "you are" is "you" then "are", and
"you." is "you" then ".". The same two regexes run over the draft at match time (triggers.py).

`starts(part)` walks the parsed pattern from its left end, spelling out every way a match can
begin, until each spelling holds both tokens whole or reaches something it cannot spell (an
open class such as `\\w+` or `[^.!?]{1,30}`, or the end of the part). Each spelling gives one
`Start`: the first token, or a stem when the first word may run on ("whatever" in
"whateverman"); and the next token, a stem of it, or ANY when it cannot be told. The answer may
allow more than the part can really match, never less: zero-width items (look-arounds, anchors)
are skipped, and spellings that grow too many or too long are cut short and treated as open.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from typing import NamedTuple

FIRST = r"\w+|[^\w\s]"
NEXT = r"\s*([^\w\s]*\w*)"
ANY = None  # the next token can be anything, or absent (the match may end after the first)
_BOUNDARY = "\x02"  # a word boundary right after a letter: the word ends here
_SPELLED = re.compile(  # FIRST and NEXT over a spelling (white space is one space there)
    "(?P<first>\\w+|[^\\w\\s\x02])\x02? ?(?P<next>[^\\w\\s\x02]*\\w*)(?P<after>[\\s\\S]?)")
_WORD_CHAR = re.compile(r"\w")
_MOST_SPELLINGS = 1000
_LONGEST = 60
_MOST_REPEATS = 8
_UNSUPPORTED_FLAGS = _c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_ASCII | _c.SRE_FLAG_LOCALE


class Start(NamedTuple):
    """How a match can begin: the first token and the next (or ANY), and which are stems."""

    first: str
    first_is_stem: bool
    next: str | None
    next_is_stem: bool


class _Unknown(Exception):
    """The part can begin in more ways than are worth listing."""


def starts(part: str) -> frozenset[Start] | None:
    """Return every way a match of `part` can begin, or None when its first token is unknown."""
    parsed = _parser.parse(part)
    if parsed.state.flags & _UNSUPPORTED_FLAGS:
        return None
    walk = _Walk()
    try:
        walk.finish(walk.items(list(parsed.data), {""}))  # the match may end after the last item
    except _Unknown:
        return None
    found = {_start(spelling) for spelling in walk.done}
    return None if None in found else frozenset(found)


def _start(spelling: str) -> Start | None:
    """Return the Start one spelling gives, or None when it does not begin with a token."""
    found = _SPELLED.match(spelling)
    if not found:
        return None
    first, following, after = found.group("first", "next", "after")
    if found.end("first") == len(spelling) and _WORD_CHAR.match(first):
        return Start(first, True, ANY, False)  # the first word may run on: only a stem
    if not following:
        return Start(first, False, ANY, False)
    return Start(first, False, following, not after)


def _first_only(spelling: str) -> str:
    """Return the spelling cut after its first token (so the next token is left unknown)."""
    found = _SPELLED.match(spelling)
    if not found or found.end("first") == len(spelling):
        return spelling
    return _add(spelling[:found.end("first")], _BOUNDARY)  # the first word did end there


def _settled(spelling: str) -> bool:
    """Return True when the spelling already holds the first and the next token whole."""
    found = _SPELLED.match(spelling)
    return bool(found and found.group("next") and found.group("after"))


def _add(spelling: str, ch: str) -> str:
    """Return `spelling` followed by `ch`, written so that equal token pairs are spelled alike.

    White space becomes one space; a boundary mark is kept only right after a letter, until the
    next character (which, after a letter, shows that the word ended anyway).
    """
    if ch.isspace():
        ch = " "
    if ch == _BOUNDARY:
        return spelling + ch if spelling and _WORD_CHAR.match(spelling[-1]) else spelling
    if spelling.endswith(_BOUNDARY):
        spelling = spelling[:-1]
    if ch == " " and spelling.endswith(" "):
        return spelling
    return spelling + ch


def _chars(op, av) -> set[str] | None:
    """Return the characters one item can match, or None when they cannot be listed."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN and all(o is _c.LITERAL or (o is _c.CATEGORY and a is _c.CATEGORY_SPACE)
                           for o, a in av):
        return {chr(a) if o is _c.LITERAL else " " for o, a in av}
    return None


class _Walk:
    """Spellings of how a match begins, grown item by item over the parsed pattern.

    Spellings still growing are passed along; those that hold both tokens, or that reach an item
    whose characters cannot be listed (what follows is then unknown), end up in `done`.
    """

    def __init__(self) -> None:
        self.done: set[str] = set()

    def finish(self, spellings: set[str]) -> None:
        self.done |= spellings
        if len(self.done) > 10 * _MOST_SPELLINGS:
            raise _Unknown

    def items(self, items: list, spellings: set[str]) -> set[str]:
        """Return the spellings still growing after `items`."""
        for op, av in items:
            if not spellings:
                break
            spellings = self.item(op, av, spellings)
            settled = {spelling for spelling in spellings if _settled(spelling)}
            self.finish(settled)
            spellings -= settled
            if len(spellings) > _MOST_SPELLINGS or any(len(s) > _LONGEST for s in spellings):
                self.finish({_first_only(s) for s in spellings})  # too many to follow
                return set()
        return spellings

    def item(self, op, av, spellings: set[str]) -> set[str]:
        """Return the spellings after one parsed item (settled ones included)."""
        if op is _c.AT:
            return {_add(s, _BOUNDARY) for s in spellings} if av is _c.AT_BOUNDARY else spellings
        if op is _c.ASSERT or op is _c.ASSERT_NOT:
            return spellings  # zero-width: skipping it can only allow more starts, never fewer
        if op is _c.SUBPATTERN and not av[1] & _UNSUPPORTED_FLAGS:
            return self.items(list(av[3].data), spellings)
        if op is _c.BRANCH:
            return set().union(*(self.items(list(alt.data), spellings) for alt in av[1]))
        if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
            return self.repeat(av[0], av[1], list(av[2].data), spellings)
        chars = _chars(op, av)
        if chars is None:
            self.finish(spellings)
            return set()
        return {_add(spelling, ch) for spelling in spellings for ch in chars}

    def repeat(self, low: int, high: int, body: list, spellings: set[str]) -> set[str]:
        """Return the spellings after `low` to `high` rounds of `body`."""
        after = set(spellings) if low == 0 else set()
        current = spellings
        for count in range(1, high + 1):
            current = self.items(body, current)
            if count >= low:
                current = current - after  # spellings seen before lead nowhere new
                after |= current
            if not current:
                break
            if count >= max(low, _MOST_REPEATS) and count < high:
                self.finish(current)  # more rounds could follow: what comes next is unknown
                break
        return after
