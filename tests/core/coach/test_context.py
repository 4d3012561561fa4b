"""The fast paths in context.py find exactly what the plain, case-insensitive regexes find."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nearer.core.coach import context

# Words and characters that the clause, negation and quote patterns react to, in both cases and
# with the few non-ASCII letters that re.IGNORECASE matches to ASCII ones (ſ, K, ı).
_PIECES = st.sampled_from([
    "you", "YOU", "never", "Not", "no", "know", "don't", "DON'T", "can't you", "sorry", "regret",
    "apologise", "without", "but", "BUT", "so", "also", "though", "however", "and you", "And I",
    "and then", "shouldn't have", "wrong to say", "butter", "abut", ", so", ",but", ", and", "ſo", "Kk", "ı", "’", "'", "\"", "(", ":", ",", ".",
    "?", "!", ";", "\n", " ", "  ", "x", "é", "😀",
])
_TEXT = st.lists(_PIECES, max_size=40).map(" ".join) | st.lists(_PIECES, max_size=40).map("".join)

_CLAUSE_BREAK = re.compile(
    r"[.!?;:,\n]|\bbut\b|\bthough\b|\bhowever\b|\bso\b|\band (?=(?:you|i|we|it|that|then)\b)",
    re.IGNORECASE,
)
_SINGLE_QUOTED = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(:]))'(?=\w)[^'\n]{1,300}?(?<=[\w.!?,])'(?!\w)")


def _clause_prefix(text: str, start: int, limit: int = 60) -> str:
    low = max(0, start - limit)
    cut = 0
    for found in _CLAUSE_BREAK.finditer(text, low, start + 6):
        if found.end() <= start:
            cut = found.end() - low
    return text[low:start][cut:]


def _is_negated(text: str, start: int) -> bool:
    prefix = _clause_prefix(text, start)
    if not prefix.strip():
        return False
    if context._QUESTION_NEGATION_TAIL.search(prefix) and not context._NEGATION.search(
        context._QUESTION_NEGATION_TAIL.sub("", prefix)
    ):
        return False
    return bool(context._NEGATION.search(prefix))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
@example("I also" + " " * 60 + "never see you.")  # the 60-character window starts inside "also"
def test_clause_prefix_and_negation_match_the_plain_patterns(text):
    for start in range(len(text) + 1):
        assert context.clause_prefix(text, start) == _clause_prefix(text, start)
        assert context.is_negated(text, start) == _is_negated(text, start)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_single_quotes_match_the_plain_pattern(text):
    assert [m.span() for m in context._SINGLE_QUOTED.finditer(text)] == \
        [m.span() for m in _SINGLE_QUOTED.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_clause_after_matches_the_plain_pattern(text):
    for end in range(len(text) + 1):
        window = text[end:end + 80]
        cut = re.search(r"[.!?;\n]|,\s*(?:but|and|so)\b|\bbut\b", window)
        assert context.clause_after(text, end) == (window[:cut.start()] if cut else window)


def test_normalise_leaves_ascii_alone_and_straightens_curly_quotes():
    assert context.normalise("I don't") == "I don't"
    assert context.normalise("I don\u2019t \u201cknow\u201d") == "I don't \"know\""
