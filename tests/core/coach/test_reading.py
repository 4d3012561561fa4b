"""detection.read gets from one pass of the finder what the long way gets from three searches."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.core.coach import context, detection, language, shorthand
from nearer.core.coach.rx import lower_same_length

_PIECES = st.sampled_from([
    "you", "never", "always", "I", "feel", "per", "as per", "que", "QUE", "el", "pero", "c'est", "est",
    "nicht", "und", "l'est", "2que", "que2", "_que", "quel", "siempre", "u", "U", "ur", "'u", "u'",
    "dont", "idk", "every1", "no1", "b4", "2day", "txt", "im", "r", "y", "whatever", "wow", "the",
    "'", ",", ".", "?", "!", "-", " ", "\n", "é", "ça", "über", "🙄",
])
_DRAFTS = st.lists(_PIECES, max_size=30).map(" ".join) | st.lists(_PIECES, max_size=30).map("".join)


def _the_long_way(text: str) -> tuple[bool, str, set]:
    expanded = shorthand.expand(lower_same_length(context.normalise(text))).text
    harsh, gentle = detection._matches(expanded)
    return language.is_english(text), expanded, set(harsh) | set(gentle)


@settings(max_examples=500, deadline=None)
@given(_DRAFTS)
def test_read_agrees_with_checking_language_and_shorthand_on_their_own(text):
    draft = detection.read(text)
    harsh, gentle = draft.hits
    assert (draft.english, draft.normal, set(harsh) | set(gentle)) == _the_long_way(text)


def test_no_word_the_finder_knows_hides_a_watched_word():
    # The finder reports the first of its words that fits at a place; a longer one that began
    # with a watched word and went on past its end would hide it there.
    tables = detection._INDEX.lean
    known = tables.first_words | set(tables._first_stems) | tables._watched
    for watched in tables._watched:
        for word in known:
            if word != watched and word.startswith(watched):
                assert word[len(watched)] in string.ascii_lowercase, (watched, word)
