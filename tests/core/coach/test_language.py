"""The quick check in language.is_english decides exactly as counting every word would."""

from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.core.coach import language

_PIECES = st.sampled_from([
    "you", "never", "I", "feel", "que", "QUE", "el", "pero", "c'est", "C'EST", "est", "nicht", "und",
    "ik", "niet", "l'est", "2que", "que2", "_que", "quel", "siempre", "always", "the", "'", ",", ".",
    "-", " ", "é", "ça", "über",
])


def _counted(text: str) -> bool:
    """is_english without the quick check: count the words of each language."""
    if not text.isascii():
        return language.is_english(text)  # the quick check only ever runs on ASCII text
    words = language._WORD.findall(text.lower())
    english = sum(1 for w in words if w in language._ENGLISH)
    other = sum(1 for w in words if w in language._OTHER)
    return not (other >= 2 and other > english)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join) | st.lists(_PIECES, max_size=30).map("".join))
def test_quick_check_agrees_with_counting(text):
    assert language.is_english(text) == _counted(text)
