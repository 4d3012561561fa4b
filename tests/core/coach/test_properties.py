"""Property tests: any text up to the limit gives a valid result or a clear InvalidInputError."""

from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.core.coach import CATEGORIES, MAX_CHARS, review
from nearer.core.coach.categories import VERDICTS
from nearer.core.errors import InvalidInputError

WORDS = st.sampled_from(["you", "never", "always", "I", "feel", "like", "don't", "care", "\"", "'",
                         "whatever", "not", "sorry", ".", ",", "?", "love", "if", "leave", "time", "🙄"])


def assert_valid(text: str) -> None:
    try:
        result = review(text)
    except InvalidInputError as exc:
        assert str(exc)
        return
    assert result.verdict in VERDICTS
    assert 0 <= result.score <= 100
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.category in CATEGORIES and finding.tone == CATEGORIES[finding.category].tone
    harsh = [f for f in result.findings if f.tone == "harsh"]
    assert (result.verdict in ("gentle", "ok")) == (not harsh)
    by_rules = [f for f in harsh if f.category != "harsh_tone"]  # the tone models' finding has no rewrite
    assert len(result.rewrites) >= (1 if by_rules else 0)
    result.to_dict()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_gives_a_valid_result(text):
    assert_valid(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=60).map(" ".join))
def test_any_mix_of_loaded_words_gives_a_valid_result(text):
    assert_valid(text)


@settings(max_examples=20, deadline=None)
@given(st.text(min_size=1, max_size=300).map(lambda s: (s * (MAX_CHARS // len(s) + 1))[:MAX_CHARS]))
def test_long_text_up_to_the_limit_gives_a_valid_result(text):
    assert_valid(text)


def test_core_coach_does_not_import_django():
    import subprocess
    import sys
    code = "import sys, nearer.core.coach as c; c.review('You never call.'); print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
