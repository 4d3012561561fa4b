"""Texting shorthand is spelled out for the rules, and spans map back to what the user typed."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nearer.core.coach.shorthand import expand


@pytest.mark.parametrize(("typed", "spelled"), [
    ("u never txt back", "you never text back"),
    ("ur always on ur phone", "you're always on your phone"),
    ("ur being so cold", "you're being so cold"),
    ("y r u like this", "why are you like this"),
    ("idk what u want", "i don't know what you want"),
    ("im done tbh", "i'm done tbh"),
    ("dont bother", "don't bother"),
])
def test_shorthand_is_spelled_out(typed, spelled):
    assert expand(typed).text == spelled


@pytest.mark.parametrize("text", ["you're lovely", "your turn", "y'all", "run", "ugh", "menu"])
def test_full_words_and_longer_words_are_left_alone(text):
    expansion = expand(text)
    assert expansion.text == text
    assert expansion.span(0, len(text)) == (0, len(text))


def test_spans_map_back_to_the_typed_words():
    typed = "ok so u never txt back"
    expansion = expand(typed)
    start = expansion.text.index("you never text")
    mapped = expansion.span(start, start + len("you never text"))
    assert typed[mapped[0]:mapped[1]] == "u never txt"


@given(st.lists(st.sampled_from(["u", "ur", "r", "never", "txt", "idk", " ", ".", "you", "rn", "x"]),
                max_size=30).map("".join))
def test_every_expanded_span_maps_inside_the_original(typed):
    expansion = expand(typed)
    size = len(expansion.text)
    for start in range(size + 1):
        for end in (start, min(size, start + 3), size):
            begin, finish = expansion.span(start, max(start, end))
            assert 0 <= begin <= finish <= len(typed)
