"""phrasing.verb_phrase_after's shortcut gives what its filler-stripping loop gives."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.core.coach import context, phrasing

_PIECES = st.sampled_from([
    "you", "call", "me", "anymore", "ANYMORE", "any more", "at all", "ever", "ever again", "either",
    "lol", "LoL", "just", "even", "really", "seem to", "again", "clever", "never", " ", ",", ", ",
    "\t", ".", "!", "but", "ı", "é",
])
_FILLER_TAIL = re.compile(r"\s*\b(?:anymore|any more|at all|ever|ever again|either|lol)\b\s*$", re.IGNORECASE)


def _looped(text: str, end: int) -> str:
    phrase = context.clause_after(text, end, limit=70).strip(" ,")
    phrase = phrasing._LEADING_FILLER.sub("", phrase)
    previous = None
    while previous != phrase:
        previous, phrase = phrase, _FILLER_TAIL.sub("", phrase).strip(" ,")
    return phrase


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=20).map(" ".join) | st.lists(_PIECES, max_size=20).map("".join))
def test_verb_phrase_after_matches_the_loop(text):
    for end in range(len(text) + 1):
        assert phrasing.verb_phrase_after(text, end) == _looped(text, end)
