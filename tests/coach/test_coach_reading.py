"""Cutting a draft into highlighted segments for the page (no database)."""

from nearer.coach.reading import Segment, read, segments
from nearer.core.coach.model import Finding


def _finding(category, start, end, tone):
    return Finding(category, start, end, "message", "suggestion", tone)


def test_overlapping_findings_merge_into_one_highlight_that_is_harsh_if_any_part_is():
    text = "You never listen to me."
    found = segments(text, [_finding("blame", 0, 16, "harsh"), _finding("absolute", 0, 9, "harsh")])
    assert found == [Segment("You never listen", "harsh", ("Absolute about them", "Blaming 'you' statement")),
                     Segment(" to me.")]


def test_separate_findings_keep_the_plain_text_between_them_and_their_own_tone():
    text = "I miss you. You never call."
    found = segments(text, [_finding("own_feeling", 0, 10, "gentle"), _finding("absolute", 12, 21, "harsh")])
    assert [(s.text, s.tone) for s in found] == [("I miss you", "gentle"), (". ", ""), ("You never", "harsh"),
                                                 (" call.", "")]
    assert "".join(s.text for s in found) == text


def test_spans_beyond_the_text_are_clipped_and_empty_spans_ignored():
    found = segments("Hello there", [_finding("intention", 6, 99, "gentle"), _finding("request", 3, 3, "gentle")])
    assert found == [Segment("Hello "), Segment("there", "gentle", ("Intention to reconnect",))]


def test_every_character_of_a_real_draft_survives_the_cut():
    text = "You always do this. I feel lonely, and I'd love a walk with you on Sunday."
    reading = read(text)
    assert "".join(s.text for s in reading.segments) == text and reading.verdict


def test_a_reading_of_unreadable_text_carries_the_coach_message():
    assert "empty" in read("   ").error and read("   ").segments == []
