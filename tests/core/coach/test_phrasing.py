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


def test_lead_patterns_can_only_match_at_the_start():
    """_without_lead and request_wording cut at the first match, as .sub("") did: right only
    while every branch of these patterns starts with `^`."""
    import re._constants as c
    import re._parser as parser
    for lead in (phrasing._LEADING_FILLER, phrasing._REQUEST_LEAD, phrasing._I_WOULD_LIKE):
        items = list(parser.parse(lead.pattern).data)
        branches = [list(b.data) for b in items[0][1][1]] if items[0][0] is c.BRANCH else [items]
        assert all(branch[0] == (c.AT, c.AT_BEGINNING) for branch in branches), lead.pattern
