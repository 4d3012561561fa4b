"""How a match of one regex part can begin: its first few tokens, worked out by parsing the part.

Tokens are read from the lower-cased draft the way `FIRST` and `NEXT` below read them: the first
is a word or a single sign; each next one skips white space, then takes any signs and the word
right after them. So "you're so" is "you", "'re", "so"; "you are" is "you", "are"; "you." is
"you", ".". The same regexes read the draft at match time (triggers.py).

`starts(part)` walks the parsed pattern from its left end, spelling out every way a match can
begin, until each spelling holds DEPTH whole tokens or reaches something it cannot spell (an
open class such as `\\w+` or `[^.!?]{1,30}`, or the end of the part). Each spelling gives one
`Start`: the tokens it holds whole, then possibly a stem (a word that may run on, such as
"whatever" in "whateverman"); after the last, anything may follow. The answer may allow more
than the part can really match, never less: zero-width items (look-arounds, anchors) are
skipped, and spellings that grow too many or too long are cut short and treated as open.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from typing import NamedTuple

FIRST = r"\w+|[^\w\s]"
NEXT = r"\s*([^\w\s]*\w*)"
DEPTH = 3  # how many tokens a Start can name
_BOUNDARY = "\x02"  # a word boundary right after a letter: the word ends here
# FIRST and NEXT over a spelling (where white space is always one space)
_FIRST = re.compile("\\w+|[^\\w\\s\x02]")
_NEXT = re.compile("\x02? ?([^\\w\\s\x02]*\\w*)")
_MOST_SPELLINGS = 1000
_LONGEST = 80
_MOST_REPEATS = 8
_UNSUPPORTED_FLAGS = _c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_ASCII | _c.SRE_FLAG_LOCALE


class Token(NamedTuple):
    """One token a match begins with; a stem when the token in the draft may run on past it."""

    text: str
    is_stem: bool


# The first tokens a match begins with, in order; anything may follow the last one. A stem is
# always last (what follows a word that may run on cannot be told).
Start = tuple[Token, ...]


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
    return None if () in found else frozenset(found)


def required_texts(part: str) -> frozenset[str]:
    """Return texts one of which every match of `part` contains (empty when none can be told).

    Runs of plain characters in the pattern's own sequence are required (look-arounds and
    anchors match no characters, so a run goes on across them), and so is one text of each
    branch of an alternation when every branch has some. Of those, the strongest is returned:
    the one whose shortest text is longest, so that few drafts contain it.
    """
    parsed = _parser.parse(part)
    if parsed.state.flags & _UNSUPPORTED_FLAGS:
        return frozenset()
    return _required(list(parsed.data))


def _required(items: list) -> frozenset[str]:
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        if op is _c.SUBPATTERN and not av[1] & _UNSUPPORTED_FLAGS:
            found.append(_required(list(av[3].data)))
        elif op is _c.BRANCH:
            branches = [_required(list(alternative.data)) for alternative in av[1]]
            if all(branches):
                found.append(frozenset().union(*branches))
        elif (op is _c.MAX_REPEAT or op is _c.MIN_REPEAT) and av[0] >= 1:
            found.append(_required(list(av[2].data)))
    if run:
        found.append(frozenset({run}))
    found = [texts for texts in found if texts]
    return max(found, key=lambda texts: (min(map(len, texts)), -len(texts)), default=frozenset())


def _tokens(spelling: str) -> list[tuple[str, bool]]:
    """Return (token, whole) for the first DEPTH tokens spelled; a token is not whole when the
    spelling ends inside it."""
    found = _FIRST.match(spelling)
    if not found:
        return []
    tokens = []
    token, pos = found.group(), found.end()
    whole = pos < len(spelling) or not _is_word_char(token[0])  # a first sign is one character
    while True:
        tokens.append((token, whole))
        if not whole or len(tokens) == DEPTH:
            return tokens
        found = _NEXT.match(spelling, pos)
        token, pos = found.group(1), found.end()
        if not token:
            return tokens
        whole = pos < len(spelling)  # a later token may be a run of signs: only what follows ends it


def _start(spelling: str) -> Start:
    """Return the Start one spelling gives (empty when it does not begin with a token)."""
    return tuple(Token(token, not whole) for token, whole in _tokens(spelling))


def _first_only(spelling: str) -> str:
    """Return the spelling cut after its first token (so what follows is left unknown)."""
    found = _FIRST.match(spelling)
    if not found or found.end() == len(spelling):
        return spelling
    return _add(spelling[:found.end()], _BOUNDARY)  # the first word did end there


def _is_word_char(ch: str) -> bool:
    """Return True when `ch` is what `\\w` matches (str.isalnum is the same test, plus "_")."""
    return ch.isalnum() or ch == "_"


def _settled(spelling: str) -> bool:
    """Return True when the spelling already holds DEPTH whole tokens."""
    if not spelling or _is_word_char(spelling[-1]):
        return False  # only a space, a sign or a boundary can end a token (each is checked)
    tokens = _tokens(spelling)
    return len(tokens) == DEPTH and tokens[-1][1]


def _add(spelling: str, ch: str) -> str:
    """Return `spelling` followed by `ch`, written so that equal token pairs are spelled alike.

    White space becomes one space; a boundary mark is kept only right after a letter, until the
    next character (which, after a letter, shows that the word ended anyway).
    """
    if ch.isspace():
        ch = " "
    if ch == _BOUNDARY:
        return spelling + ch if spelling and _is_word_char(spelling[-1]) else spelling
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
