"""The index in triggers.py finds exactly what trying every whole rule at every token would."""

import json
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.core.coach import context, detection
from nearer.core.coach.rx import lower_same_length
from nearer.core.coach.starts import DEPTH, Token, required_texts, starts
from nearer.core.coach.triggers import fits

DATA = pathlib.Path(__file__).resolve().parents[2] / "data"
_EXTRA = [
    "Whatever.", "whateverman", "I'm done.", "fine. FINE.", "u never txt back 🙄", "'you never listen'",
    "Every time I ask, you sigh. Keep it up and I'm out.", "i i i you you you we we",
    "You idiot!!", "what a loser...", "Answer me now!!", "wow!!! wow", "whatevers, fine.", "i'mnot",
]


def _texts() -> list[str]:
    messages = [json.loads(line)["text"] for line in open(DATA / "coach_messages.jsonl", encoding="utf-8")]
    pairs = [json.loads(line) for line in open(DATA / "listening_pairs.jsonl", encoding="utf-8")]
    return messages + [p["reply"] for p in pairs] + [p["partner"] for p in pairs] + _EXTRA


def _reference(text: str) -> set[tuple[str, int, int]]:
    """Every whole rule tried at every token start."""
    found = set()
    for token in detection._TOKEN.finditer(text):
        pos = token.start()
        for rule in detection.RULES:
            match = rule.pattern.match(text, pos)
            if match:
                found.add((rule.category, pos, match.end()))
    return found


def test_every_rule_is_indexed():
    assert all(rule.indexed for rule in detection.RULES)


@pytest.mark.parametrize("text", _texts())
def test_indexed_matches_equal_whole_rule_matches(text):
    normal = lower_same_length(context.normalise(text))
    harsh, gentle = detection._matches(normal)
    assert set(harsh) | set(gentle) == _reference(normal)


def _rule_words() -> list[str]:
    """Every first and second token the rules name, so generated drafts hit the index often."""
    return sorted({token.text for rule in detection.RULES for found in rule.starts for start in found
                   for token in start})


_PIECES = st.sampled_from(_rule_words() + [" ", "  ", "\n", ",", ".", "?", "!", "'", '"', "-", "🙄", "x", "ing"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(lambda pieces: " ".join(pieces)))
def test_index_equals_whole_rules_on_drafts_made_of_rule_words(text):
    harsh, gentle = detection._matches(text)
    assert set(harsh) | set(gentle) == _reference(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_index_equals_whole_rules_when_words_run_together(text):
    harsh, gentle = detection._matches(text)
    assert set(harsh) | set(gentle) == _reference(text)


def _start(*tokens: str) -> tuple[Token, ...]:
    """Write a start as its tokens, a stem marked with a trailing "~"."""
    return tuple(Token(token.rstrip("~"), token.endswith("~")) for token in tokens)


@pytest.mark.parametrize(("part", "expected"), [
    (r"you(?:'re| are) never\b", {_start("you", "'re", "never"), _start("you", "are", "never")}),
    (r"whatever(?=\s)", {_start("whatever~")}),
    (r"you\b[^.!?]{1,30}\bas usual\b", {_start("you")}),
    (r"rolls? (?:my|his) eyes", {_start(first, second, "eyes~") for first in ("roll", "rolls")
                                  for second in ("my", "his")}),
    (r"i(?:'ve| have)? noticed", {_start("i", "'ve", "noticed~"), _start("i", "have", "noticed~"),
                                  _start("i", "noticed~")}),
    (r"i \w+ed", {_start("i")}),
    (r"\?\s*me[.!]", {_start("?", "me", ".~"), _start("?", "me", "!~")}),
    (r"i miss", {_start("i", "miss~")}),
])
def test_starts_lists_the_first_tokens_a_part_can_begin_with(part, expected):
    assert starts(part) == expected


def test_required_texts_are_what_every_match_contains_one_of():
    assert required_texts(r"you\b[^.!?,;]{1,30}\bas usual\b") == {"as usual"}
    assert required_texts(r"(?:what|how)\b[^.!?]{3,160}\?") == {"what", "how"}
    assert required_texts(r"(?:x)?ab(?=c)de") == {"abde"}  # a look-ahead matches no characters
    assert required_texts(r"a(?i:bc)d") == {"a"}
    assert required_texts(r"i \w+ed (?:twice|\d+ times|so many times)") == {"twice", " times", "so many times"}
    assert required_texts(r"\w+") == set()


def test_a_part_that_can_begin_anywhere_is_not_indexed():
    assert starts(r"\w+ed you") is None


def _variants(token: str) -> list[str]:
    """The token itself, longer words it begins, and a shorter piece of it."""
    return [token, token + "s", token + "x'y", token[:-1]]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_what_the_tables_say_equals_checking_every_start(data):
    words = _rule_words()
    key = tuple(data.draw(st.sampled_from(_variants(data.draw(st.sampled_from(words)))) | st.just(""))
                for _ in range(DEPTH))
    for tables in (detection._INDEX.full, detection._INDEX.lean):
        brute = tables._tries([c for c in tables._every if fits(c[2], key)])
        assert tables.tries_at(key) == brute
