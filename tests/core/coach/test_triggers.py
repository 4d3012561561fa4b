"""The word index in triggers.py finds exactly what trying every whole rule at every token would."""

import json
import pathlib

import pytest

from nearer.core.coach import context, detection
from nearer.core.coach.rx import lower_same_length, word_prefixes

DATA = pathlib.Path(__file__).resolve().parents[2] / "data"
_EXTRA = [
    "Whatever.", "whateverman", "I'm done.", "fine. FINE.", "u never txt back 🙄", "'you never listen'",
    "Every time I ask, you sigh. Keep it up and I'm out.", "i i i you you you we we",
]


def _texts() -> list[str]:
    messages = [json.loads(line)["text"] for line in open(DATA / "coach_messages.jsonl", encoding="utf-8")]
    pairs = [json.loads(line) for line in open(DATA / "listening_pairs.jsonl", encoding="utf-8")]
    return messages + [p["reply"] for p in pairs] + [p["partner"] for p in pairs] + _EXTRA


def _reference(text: str) -> set[tuple[str, int, int]]:
    """Every whole rule tried at every token start whose first letters it can begin with."""
    found = set()
    for rule in detection._RULES:
        prefixes = word_prefixes(rule.pattern)
        for token in detection._TOKEN.finditer(text):
            pos = token.start()
            if any(text[pos:pos + size] in prefixes for size in (1, 2, 3)):
                match = rule.pattern.match(text, pos)
                if match:
                    found.add((rule.category, pos, match.end()))
    return found


def test_every_rule_is_indexed():
    assert all(rule.indexed for rule in detection._RULES)


@pytest.mark.parametrize("text", _texts())
def test_indexed_matches_equal_whole_rule_matches(text):
    normal = lower_same_length(context.normalise(text))
    harsh, gentle = detection._matches(normal)
    assert set(harsh) | set(gentle) == _reference(normal)
