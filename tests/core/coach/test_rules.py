"""Each rule finds, at every word or sign of a draft, what one alternation of all its parts would."""

import json
import pathlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.core.coach import context, detection
from nearer.core.coach.rx import cleaned, lead, lower_same_length

DATA = pathlib.Path(__file__).resolve().parents[2] / "data"
_TOKEN = re.compile(r"\w+|[^\w\s]")
_EXTRA = [
    "Whatever.", "whateverman", "I'm done.", "fine. FINE.", "u never txt back 🙄", "'you never listen'",
    "Every time I ask, you sigh. Keep it up and I'm out.", "i i i you you you we we",
    "You idiot!!", "what a loser...", "Answer me now!!", "wow!!! wow", "whatevers, fine.", "i'mnot",
    "I love you every day.", "thank you yet again", "Yet again.", "just cheer up", "cheer up",
]


def _texts() -> list[str]:
    messages = [json.loads(line)["text"] for line in open(DATA / "coach_messages.jsonl", encoding="utf-8")]
    pairs = [json.loads(line) for line in open(DATA / "listening_pairs.jsonl", encoding="utf-8")]
    return messages + [p["reply"] for p in pairs] + [p["partner"] for p in pairs] + _EXTRA


_WHOLE = {rule.category: re.compile("|".join(f"(?:{part.source})" for part in rule.parts))
          for rule in detection.RULES}


def _reference(text: str) -> set[tuple[str, int, int]]:
    """Every rule, as one alternation of its parts, tried at the start of every word and sign."""
    found = set()
    for token in _TOKEN.finditer(text):
        for category, whole in _WHOLE.items():
            match = whole.match(text, token.start())
            if match:
                found.add((category, token.start(), match.end()))
    return found


def _hits(text: str) -> set[tuple[str, int, int]]:
    harsh, gentle = detection._matches(text)
    assert len(harsh) + len(gentle) == len(set(harsh) | set(gentle))  # one hit per rule and place
    return set(harsh) | set(gentle)


@pytest.mark.parametrize("text", _texts())
def test_rules_find_what_one_alternation_per_rule_finds(text):
    normal = lower_same_length(context.normalise(text))
    assert _hits(normal) == _reference(normal)


_PIECES = st.sampled_from(sorted({word for rule in detection.RULES for part in rule.parts
                                  for word in re.findall(r"[a-z']+", part.lead)})
                          + [" ", "  ", "\n", ",", ".", "?", "!", "'", '"', "-", "🙄", "x", "ing", "just"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join))
def test_rules_find_what_one_alternation_finds_in_drafts_made_of_rule_words(text):
    assert _hits(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_rules_find_what_one_alternation_finds_when_words_run_together(text):
    assert _hits(text) == _reference(text)


@pytest.mark.parametrize(("part", "expected"), [
    (r"\bhow could you\b", "how could you"),
    (r"\byours?\b", "your"),
    (r"\b(?:just )?cheer up\b", "cheer up"),
    (r"\byet again\b(?<!thanks yet again)", "yet again"),
    (r"\byou\b[^.!?,;]{1,30}\bas usual\b", "as usual"),
    (r"\b(?:you|we) never\b", " never"),
    (r"\b(?:i(?:'m| am) )?all in\b", "all in"),
    (r"[^]x]{2}abc", "abc"),
    (r"i \w+ed (?:twice|\d+ times)", "ed "),
    (r"\bsorry|\bapologise", ""),
    ("\U0001f644", ""),
])
def test_a_lead_is_the_longest_plain_text_outside_every_group(part, expected):
    assert lead(cleaned(part)) == expected


@pytest.mark.parametrize("text", _texts()[::7])
def test_every_match_of_every_part_holds_its_lead(text):
    normal = lower_same_length(context.normalise(text))
    for rule in detection.RULES:
        for part in rule.parts:
            for match in re.finditer(part.source, normal):
                assert part.lead in match.group(), (part.source, match.group())
