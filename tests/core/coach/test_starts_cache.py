"""The saved parse of the rule parts (starts_cache.json) matches what parsing them gives now."""

from nearer.core.coach import starts_cache
from nearer.core.coach.starts import required_texts, starts

REFRESH = "starts_cache.json is out of date: run .venv/bin/python -m nearer.core.coach.starts_cache"


def test_saved_parse_is_current_for_every_rule_part():
    parts = starts_cache.all_parts()
    saved = starts_cache._load()
    assert saved == starts_cache.fresh(parts), REFRESH


def test_saved_entries_decode_to_what_parsing_gives():
    for part in starts_cache.all_parts()[:60]:
        assert starts_cache.entry(part) == (starts(part), required_texts(part))


def test_a_part_missing_from_the_file_is_parsed_instead():
    part = r"\bno rule has this part\b"
    assert starts_cache.entry(part) == (starts(part), required_texts(part))
