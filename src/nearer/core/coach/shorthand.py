"""Texting shorthand spelled out ("u never txt back" -> "you never text back") before the rules run.

People draft hard messages on their phones. The rules are written in full words, so a draft in
shorthand is expanded first, and every span found in the expanded text is mapped back to the
characters the user actually typed (`Expansion.span`). Works on lower-cased text.
"""

from __future__ import annotations

import re

_WORDS = {
    "u": "you", "ya": "you", "yu": "you", "r": "are", "y": "why", "im": "i'm", "ive": "i've",
    "youre": "you're", "youve": "you've", "youll": "you'll", "youd": "you'd", "dont": "don't",
    "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't", "isnt": "isn't",
    "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't",
    "wouldnt": "wouldn't", "shouldnt": "shouldn't", "couldnt": "couldn't", "thats": "that's",
    "whats": "what's", "theres": "there's", "idk": "i don't know", "rn": "right now", "cuz": "because",
    "coz": "because", "cos": "because", "bc": "because", "bcuz": "because", "pls": "please", "plz": "please",
    "thx": "thanks", "thanx": "thanks", "ty": "thank you", "nvm": "never mind", "tho": "though",
    "abt": "about", "nvr": "never", "alwys": "always", "allways": "always", "evry": "every",
    "every1": "everyone", "some1": "someone", "any1": "anyone", "no1": "no one", "2nite": "tonight",
    "tonite": "tonight", "2day": "today", "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow",
    "b4": "before", "wat": "what", "wut": "what", "wen": "when", "luv": "love", "ppl": "people",
    "txt": "text", "msg": "message", "sth": "something", "smth": "something", "jus": "just", "everytime": "every time",
}
# "ur" is "you're" before a description or a verb in -ing, and "your" before a thing.
_YOU_ARE_NEXT = frozenset(
    "always never so such just not being the a an really literally acting seriously gonna going too "
    "probably obviously clearly still ever kidding right welcome late wrong done impossible unbelievable "
    "ridiculous selfish lazy cold mean rude amazing sweet kind beautiful cute back home here there busy "
    "tired sorry ok okay fine on in at with out off only honestly totally completely very".split()
)
# Every word `expand` spells out, as a whole word (no "'" just before or after it).
_TOKEN = re.compile(r"\b(?<!')(?:" + "|".join(sorted([*_WORDS, "ur"], key=lambda w: (-len(w), w))) + r")(?![\w'])")
_NEXT_WORD = re.compile(r"\s+([\w']+)")


class Expansion:
    """The expanded text and how to map its offsets back to the original."""

    __slots__ = ("text", "_starts", "_ends")

    def __init__(self, text: str, starts: list[int] | None, ends: list[int] | None) -> None:
        self.text = text
        self._starts = starts
        self._ends = ends

    @property
    def changed(self) -> bool:
        """True when some shorthand was spelled out (offsets then differ from the original)."""
        return self._starts is not None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original [start, end) for a span of the expanded text (whole words kept)."""
        if self._starts is None:
            return start, end
        if end <= start:
            return self._starts[start], self._starts[start]
        return self._starts[start], self._ends[end - 1]


def _replacement(text: str, match: re.Match[str]) -> str:
    word = match.group()
    if word != "ur":
        return _WORDS[word]
    following = _NEXT_WORD.match(text, match.end())
    after = following.group(1) if following else ""
    return "you're" if after in _YOU_ARE_NEXT or after.endswith("ing") else "your"


def expand(text: str) -> Expansion:
    """Return `text` (lower-cased) with shorthand words spelled out, plus the offset map back."""
    first = _TOKEN.search(text)
    if first is None:
        return Expansion(text, None, None)  # the usual case: nothing to expand, offsets unchanged
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for match in _TOKEN.finditer(text, first.start()):
        start, end = match.span()
        pieces.append(text[done:start])
        starts.extend(range(done, start))
        ends.extend(range(done + 1, start + 1))
        spelled = _replacement(text, match)
        pieces.append(spelled)
        starts.extend([start] * len(spelled))
        ends.extend([end] * len(spelled))
        done = end
    pieces.append(text[done:])
    starts.extend(range(done, len(text) + 1))  # one past the end maps to the end
    ends.extend(range(done + 1, len(text) + 1))
    return Expansion("".join(pieces), starts, ends)
