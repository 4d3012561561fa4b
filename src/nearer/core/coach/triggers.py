"""Which rule parts can match where, so that each place in a draft tries only those parts.

Every rule is an alternation of parts (see rx.compile_parts), and rules are only ever tried at
the start of a token (a word or a single sign of the lower-cased draft). Parsing each part
(starts.py) tells us the first tokens a match of it can begin with: "you(?:'re| are) never"
can only begin "you", "'re" or "are", "never". The index turns that into a table keyed by the
first three tokens at a place: under ("you", "'re", "so") it holds, for each rule, a pattern
made of only the parts that can begin that way, in their original order. Trying that pattern
gives the same match as trying the whole rule (the left-out parts cannot match there) for a
fraction of the cost: most parts begin with "you" or "i", and fail on the next word or two.

One regex, the finder, walks the draft and stops only where some part can begin: at a first word
some part names, followed by a second token it names (or by anything, for a part such as
`you\\b[^.!?]{1,30}...` whose second token cannot be told). It starts with the character before
the word, `[^\\w]`, so `re` skips over the letters of words without trying it there; parts that
start with a sign have a finder of their own, run only when such a sign is in the draft. It also
stops at words a caller watches for (see Tables). Look-aheads read the next two tokens, so a stop
costs a look-up or two: a key the parts do not list in full falls back to its listed beginning
("you", "'re" and any third token). Stems (a token that may run on, as "whatever" in "whateverman") are resolved in
`_stemmed`, through a cache keyed by the stems themselves, so no input can make the tables grow.
Parts that would make every "you" a stop but need a rarer text further on are left out of the
tables most drafts use (see Index).

Everything comes from the patterns, never from a hand-kept list, so new rules need nothing here.
Allowing too much is always safe (one more part tried that does not match); test_triggers.py
checks the index against trying every whole rule at every token.
"""

from __future__ import annotations

import re
from itertools import chain

from nearer.core.coach.rx import RuleParts, compile_parts, trie
from nearer.core.coach import starts_cache
from nearer.core.coach.starts import DEPTH, NEXT, Start

Tries = tuple[tuple["Rule", "_Pattern"], ...]
Key = tuple[str, ...]  # the first DEPTH tokens at a place in the draft ("" past the end)
Hit = tuple[str, int, int]  # category, start, end
_WORD = re.compile(r"\w+")
if DEPTH != 3:
    raise ImportError("Index.hits reads three tokens; change it with starts.DEPTH")


class Rule:
    """One category's rule, with how each of its parts can start."""

    def __init__(self, category: str, source: RuleParts, harsh: bool) -> None:
        self.category = category
        self.harsh = harsh
        self.source = source
        self.parts = source.parts
        found = [starts_cache.entry(part) for part in self.parts]  # parsed once, saved beside us
        self.starts = [start for start, _ in found]
        self.required = [required for _, required in found]
        # A rule whose start cannot be worked out is scanned over the whole text (detection.py).
        self.indexed = None not in self.starts

    @property
    def pattern(self) -> re.Pattern[str]:
        """The whole rule, compiled on first use (tests and unindexed rules need it)."""
        return self.source.pattern


def fits(start: Start, key: Key) -> bool:
    """Return True when a match beginning as `start` can be found where the tokens are `key`."""
    for token, found in zip(start, key):
        if token.is_stem:
            return found.startswith(token.text)
        if found != token.text:
            return False
    return True


class _Pattern:
    """The parts of one rule that can match at some key, compiled when first tried.

    Compiling them all at import would take longer than everything else the coach does there;
    `match` is the compiled pattern's own method after the first call.
    """

    __slots__ = ("match", "_parts")

    def __init__(self, parts: tuple[str, ...]) -> None:
        self._parts = parts
        self.match = self._compile_and_match

    def _compile_and_match(self, text: str, pos: int) -> re.Match[str] | None:
        self.match = compile_parts(*self._parts).match
        return self.match(text, pos)


_PATTERNS: dict[tuple[Rule, tuple[int, ...]], _Pattern] = {}  # as many as the rules allow


def _pattern(rule: Rule, indexes: tuple[int, ...]) -> _Pattern:
    found = _PATTERNS.get((rule, indexes))
    if found is None:
        found = _PATTERNS[rule, indexes] = _Pattern(tuple(rule.parts[i] for i in indexes))
    return found


class Index:
    """Finds every rule match at a token of a draft (see the module docstring).

    A part that can start at its first word whatever follows (`you\\b[^.!?,;]{1,30}\\bas usual`)
    makes every "you" a stop, and is costly to try. When every match of such a part contains
    one of one or two texts that most drafts lack ("as usual"), a second, lean set of tables is
    built without it, and drafts that contain none of those texts use the lean one: there the
    left-out parts cannot match, so leaving them out changes nothing. Each text is looked for in
    every draft, so a part that would need more of them stays in the lean tables.
    """

    def __init__(self, rules: tuple[Rule, ...], watch: dict[str, str] | None = None) -> None:
        guarded: dict[tuple[int, int], frozenset[str]] = {}  # (rule, part) -> texts, one in every match
        for r, rule in enumerate(rules):
            for p, (required, found) in enumerate(zip(rule.required, rule.starts)):
                needed = _guard(required, found)
                if needed:
                    guarded[r, p] = needed
        self._rules = rules
        self._watch = watch or {}
        self._full: Tables | None = None
        self.lean = Tables(rules, frozenset(guarded), self._watch)
        self._guards = tuple(sorted(_shortest(frozenset().union(*guarded.values()))))

    @property
    def full(self) -> Tables:
        """The tables with every part, built when first needed (few drafts need them)."""
        if self._full is None:
            self._full = Tables(self._rules, frozenset(), self._watch)
        return self._full

    def tables_for(self, text: str) -> Tables:
        """Return the tables to use for `text`: the lean ones unless it holds a guard text."""
        return self.full if _holds_any(text, self._guards) else self.lean

    def hits(self, text: str, watching: bool = False) -> tuple[list[Hit], list[Hit]] | None:
        """Return the (category, start, end) of every rule match at a token of `text`, those of
        harsh rules first, then those of gentle ones; when `watching`, None as soon as a watched
        word is met (see Tables)."""
        return self.tables_for(text).hits(text, watching)


_MOST_GUARDS = 2


def _guard(required: frozenset[str], found: frozenset[Start]) -> frozenset[str]:
    """Return the texts (one in every match of a part) that let it be left out of the lean tables, or an
    empty set when leaving it out would not pay."""
    anywhere = [start[0].text for start in found if len(start) == 1 and not start[0].is_stem]
    if not anywhere:
        return frozenset()  # the part needs a listed second token, so it makes no extra stops
    needed = _shortest(required)
    if not needed or len(needed) > _MOST_GUARDS or min(map(len, needed)) < 3:
        return frozenset()  # too many, or too common, to look for in every draft
    if any(text in first or text.startswith(first) for text in needed for first in anywhere):
        return frozenset()  # wherever the part can start, the text is (nearly always) there too
    return needed


def _shortest(texts: frozenset[str]) -> frozenset[str]:
    """Return the texts that contain none of the others (a text holding one holds the other)."""
    return frozenset(t for t in texts if not any(o != t and o in t for o in texts))


def _holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    """Return True when `text` contains one of `pieces` (a plain loop: any(map(...)) is slower)."""
    for piece in pieces:
        if piece in text:
            return True
    return False


# A part's start, with the rule and the part's place in it: (rule number, part number, start).
_Candidate = tuple[int, int, Start]


class Tables:
    """For one set of rule parts: where in a draft some of them can match, and what to try there.

    The finder also stops at each watched word (`watch` maps it to a regex for what must follow
    it), so a caller can learn from the same pass that a draft holds one (detection.py watches
    for shorthand and for words of other languages). Their tries are kept out of `_hot`, the
    table the loop in `hits` reads first, so only its slow path ever meets them.
    """

    def __init__(self, rules: tuple[Rule, ...], leave_out: frozenset[tuple[int, int]] = frozenset(),
                 watch: dict[str, str] | None = None) -> None:
        self._rules = rules
        self._watched = frozenset(watch or ())
        self._every = [(r, p, start) for r, rule in enumerate(rules)
                       for p, found in enumerate(rule.starts) if (r, p) not in leave_out
                       for start in found]
        by_first: dict[str, list[_Candidate]] = {}
        stemmed = [c for c in self._every if c[2][0].is_stem]
        for c in self._every:
            if not c[2][0].is_stem:
                by_first.setdefault(c[2][0].text, []).append(c)
        for first, found in by_first.items():
            found.extend(c for c in stemmed if first.startswith(c[2][0].text))
        self._first_stems = tuple(sorted({c[2][0].text for c in stemmed}))
        self._by_first = by_first
        # Every run of tokens the parts name under a first token is worked out the first time the
        # finder stops at that token (building them all would slow every start of `nearer coach`).
        # `_table` holds what to try under each: for a full key, at that key; for a shorter one,
        # when the next token is not listed under it; `_next_stems` the stems such a next token may
        # start with instead, which `_stemmed` resolves. `_hot` is `_table` without watched words.
        self._table: dict[Key, Tries] = {}
        self._next_stems: dict[Key, tuple[str, ...]] = {}
        self._hot: dict[Key, Tries] = {}
        self._filled: set[str] = set()
        self._shared: dict[tuple[Key, tuple[str, ...]], Tries] = {}
        # The finder stops after a first token only where a listed second token (or a stem of
        # one) follows, unless some part starting there allows any second token at all.
        stop_after = {}
        for first, found in by_first.items():
            seconds = {start[1].text for _, _, start in found if len(start) > 1}
            stop_after[first] = None if any(len(start) == 1 for _, _, start in found) else seconds
        self._finder, self._sign_finder = _finders(stop_after, self._first_stems, watch or {})
        # Signs some part starts with are rare in drafts: the sign finder runs only when one is there.
        self._signs = tuple(first for first in stop_after if not _WORD.fullmatch(first))

    @property
    def first_words(self) -> frozenset[str]:
        """The first tokens some part names (stems aside)."""
        return frozenset(self._by_first)

    def _fill_first(self, first: str) -> None:
        """Work out the tables under `first`, then publish them in one step each, so that a
        thread reading them never sees part of a first token's keys."""
        table: dict[Key, Tries] = {}
        next_stems: dict[Key, tuple[str, ...]] = {}
        self._fill((first,), self._by_first[first], table, next_stems)
        self._next_stems.update(next_stems)
        self._table.update(table)
        if first not in self._watched:
            self._hot.update(table)
        self._filled.add(first)

    def _fill(self, key: Key, found: list[_Candidate], table: dict[Key, Tries],
              next_stems: dict[Key, tuple[str, ...]]) -> None:
        """Fill `table` and `next_stems` for `key` and the longer keys it begins, from the
        candidates that fit it."""
        level = len(key)
        wild: list[_Candidate] = []  # allow any token next
        stems: dict[str, list[_Candidate]] = {}
        listed: dict[str, list[_Candidate]] = {}
        for c in found:
            if len(c[2]) <= level:
                wild.append(c)
            else:
                token = c[2][level]
                (stems if token.is_stem else listed).setdefault(token.text, []).append(c)
        table[key] = self._tries(wild)
        if stems:
            next_stems[key] = tuple(sorted(stems))
        for token in sorted(listed):
            fitting = listed[token] + wild + [c for stem, with_stem in stems.items()
                                              if token.startswith(stem) for c in with_stem]
            if level + 1 == DEPTH:
                table[key + (token,)] = self._tries(fitting)
            else:
                self._fill(key + (token,), fitting, table, next_stems)

    def _tries(self, found: list[_Candidate]) -> Tries:
        """Return (rule, pattern of the parts found) for each rule with parts found, in order."""
        parts: dict[int, set[int]] = {}
        for r, p, _ in found:
            parts.setdefault(r, set()).add(p)
        return tuple((self._rules[r], _pattern(self._rules[r], tuple(sorted(parts[r]))))
                     for r in sorted(parts))

    def tries_at(self, key: Key) -> Tries:
        """Return (rule, pattern) for every rule that can match where the tokens are `key`
        (DEPTH tokens, "" for each one past the end of the text)."""
        if key[0] not in self._filled and key[0] in self._by_first:  # never remember other words
            self._fill_first(key[0])
        found = self._table.get(key)
        if found is not None:
            return found
        level, found = 2, self._table.get(key[:2])  # not listed in full: its listed beginning
        if found is None:
            level, found = 1, self._table.get(key[:1])
            if found is None:  # a stop made by a first-token stem ("whateverman")
                return self._stemmed(key, 0, self._first_stems)
        stems = self._next_stems.get(key[:level])
        if stems and key[level].startswith(stems):
            return self._stemmed(key, level, stems)
        return found

    def _stemmed(self, key: Key, level: int, stems: tuple[str, ...]) -> Tries:
        """Return what to try where the token after `key[:level]` may start with one of `stems`."""
        # Nothing after a stem counts, so the tokens before it and the stems it fits decide.
        shared = (key[:level], tuple(stem for stem in stems if key[level].startswith(stem)))
        found = self._shared.get(shared)
        if found is None:  # keyed by stems, so this cache stays as small as the rules
            found = self._shared[shared] = self._tries([c for c in self._every if fits(c[2], key)])
        return found

    def hits(self, text: str, watching: bool = False) -> tuple[list[Hit], list[Hit]] | None:
        """Return the (category, start, end) of every rule match at a token of `text`, those of
        harsh rules first, then those of gentle ones; when `watching`, None instead as soon as
        the finder stops at a watched word."""
        harsh: list[Hit] = []
        gentle: list[Hit] = []
        table = self._hot
        next_stems = self._next_stems
        stops = self._finder.finditer(" " + text)  # the space it reads before a first word
        if _holds_any(text, self._signs):
            stops = chain(stops, self._sign_finder.finditer(text))
        for stop in stops:
            key = stop.group(1, 2, 3)
            tries = table.get(key)  # as in tries_at, written out here for speed
            if tries is None:
                short = key[:2]
                tries = table.get(short)
                if tries is None:
                    short = key[:1]
                    tries = table.get(short)
                if tries is None or short in next_stems:
                    if watching and key[0] in self._watched:
                        return None
                    tries = self.tries_at(key)
            if not tries:
                continue
            pos = stop.start()
            for rule, pattern in tries:
                match = pattern.match(text, pos)
                if match:
                    (harsh if rule.harsh else gentle).append((rule.category, pos, match.end()))
        return harsh, gentle


def _finders(stop_after: dict[str, set[str] | None], first_stems: tuple[str, ...],
             watch: dict[str, str]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Return the finder for words and the one for signs (None when no part starts with a sign).

    Each matches a first token some part can begin with, only when a second token such a part
    names follows (`stop_after`, None for any), or a watched word followed by what `watch` says;
    it puts the first token in group 1 and the next ones (as NEXT reads them) in groups 2 to
    DEPTH. The word finder matches the character before the word, so it must run on the text
    after one added space; it starts with a character class, which lets `re` skip over the
    letters of each word without trying the pattern there. Signs have a finder of their own.
    """
    def then(first: str) -> str:
        allowed = stop_after[first]
        return "" if allowed is None else r"(?=\s*" + trie({w: [""] for w in allowed}) + ")"

    words = {w: [r"(?!\w)" + then(w)] for w in stop_after if _WORD.fullmatch(w)}
    for stem in first_stems:
        words.setdefault(stem, []).append(r"\w*")
    for word, end in watch.items():
        words.setdefault(word, []).append(end)
    signs = {w: [then(w)] for w in stop_after if not _WORD.fullmatch(w)}
    following = "(?=" + NEXT * (DEPTH - 1) + ")"
    word_finder = re.compile(r"[^\w](" + trie(words) + ")" + following if words else "(?!)")
    return word_finder, re.compile("(" + trie(signs) + ")" + following) if signs else None
