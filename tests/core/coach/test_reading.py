"""The language check's quick look for foreign words agrees with counting every word."""

from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.core.coach import detection, language

_PIECES = st.sampled_from([
    "you", "never", "always", "I", "feel", "per", "as per", "que", "QUE", "el", "pero", "c'est", "est",
    "nicht", "und", "l'est", "2que", "que2", "_que", "quel", "siempre", "u", "U", "ur", "'u", "u'",
    "dont", "idk", "every1", "no1", "b4", "2day", "txt", "im", "r", "y", "whatever", "wow", "the",
    "'", ",", ".", "?", "!", "-", " ", "\n", "é", "ça", "über", "🙄",
])
_DRAFTS = st.lists(_PIECES, max_size=30).map(" ".join) | st.lists(_PIECES, max_size=30).map("".join)


def _by_counting(text: str) -> bool:
    if not text.isascii():
        return language.is_english(text)  # the quick look only serves ASCII text
    words = language._WORD.findall(text.lower())
    english = sum(1 for w in words if w in language._ENGLISH)
    other = sum(1 for w in words if w in language._OTHER)
    return not (other >= 2 and other > english)


@settings(max_examples=500, deadline=None)
@given(_DRAFTS)
def test_quick_language_check_agrees_with_counting_every_word(text):
    assert language.is_english(text) == _by_counting(text)


def test_read_reports_language_spelled_out_text_and_rule_matches():
    draft = detection.read("u NEVER txt back")
    assert draft.english and draft.normal == "you never text back"
    harsh, _ = draft.hits
    assert ("absolute", 0, 9) in harsh
