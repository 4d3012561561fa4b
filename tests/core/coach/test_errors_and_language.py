"""Bad input gets a clear InvalidInputError; non-English text is refused, not misjudged."""

import pytest

from nearer.core.coach import MAX_CHARS, UnsupportedLanguageError, review
from nearer.core.errors import InvalidInputError


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_is_refused(text):
    with pytest.raises(InvalidInputError, match="empty"):
        review(text)


def test_text_over_the_limit_is_refused_and_the_message_states_the_limit():
    with pytest.raises(InvalidInputError, match="10,000"):
        review("a" * (MAX_CHARS + 1))


def test_text_at_the_limit_is_accepted():
    assert review("I miss you. " * (MAX_CHARS // 12)).verdict == "gentle"


@pytest.mark.parametrize("text", ["No quiero hablar contigo, siempre haces lo mismo.",
                                  "Je ne sais pas pourquoi tu es toujours comme ça.",
                                  "Ich weiß nicht, warum du immer so bist.",
                                  "Почему ты всегда молчишь?", "你为什么总是不说话"])
def test_non_english_text_is_refused(text):
    with pytest.raises(UnsupportedLanguageError):
        review(text)


def test_an_english_draft_with_a_foreign_pet_name_is_accepted():
    assert review("I love you, mi amor, and I miss our walks.").verdict == "gentle"


def test_an_empty_reply_to_is_refused():
    with pytest.raises(InvalidInputError):
        review("I hear you.", reply_to=" ")
