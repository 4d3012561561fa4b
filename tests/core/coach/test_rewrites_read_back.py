"""Every rewrite the coach proposes for a dev-split draft is a whole, plain sentence that the coach
itself reads as gentle."""

import json
import pathlib
import re

import pytest

from nearer.core.coach import review

DATA = pathlib.Path(__file__).resolve().parents[2] / "data"
_DEV = [row["text"] for row in map(json.loads, open(DATA / "coach_messages.jsonl", encoding="utf-8"))
        if row["split"] == "dev"]
_REWRITES = sorted({rewrite for text in _DEV for rewrite in review(text).rewrites})

_SUBORDINATE = re.compile(r"\s*(?:when|if|because|while|since|although|though|after|before)\b", re.IGNORECASE)
_PRONOUN_AFTER_COMMA = re.compile(r"^\s*(?:you|we|i|they|he|she|it)\b", re.IGNORECASE)
_PROBLEMS = {
    "a sentence that does not start with a capital letter": re.compile(r"(?:^|[.?!]\s+)[a-z]"),
    "no full stop or question mark at the end": re.compile(r"[^.?!]$"),
    "a word said twice in a row": re.compile(r"\b(\w+) \1\b", re.IGNORECASE),
    "'more often' after a second clause": re.compile(
        r"\bif\b[^.?!]*(?:,|\b(?:and|but) (?:you|we|i)\b)[^.?!]*\bmore often\b", re.IGNORECASE),
    "'more often' after a word that only reads right after 'never'": re.compile(
        r"\b(?:anymore|anything|anyone|anybody|ever|once)\b[^.?!]*\bmore often\b", re.IGNORECASE),
    "'would' before a past or a finite verb": re.compile(
        r"\bwould (?:is|are|was|were|am|once|could|got|did|has|had|\w+ed)\b", re.IGNORECASE),
    "a one-off past event where a habit belongs": re.compile(
        r"\b(?:when|if) (?:you|we) (?:once|got|went|said|did|was|\w+ed)\b", re.IGNORECASE),
    "the pronoun 'i' in lower case": re.compile(r"(?<![\w'])i(?![\w'])"),
    "something other than plain text (shorthand signs, emoji)": re.compile(r"[^\x20-\x7e]"),
}


def grammar_problems(sentence: str) -> list[str]:
    """Return what reads as broken in `sentence` (empty when nothing does)."""
    problems = [name for name, pattern in _PROBLEMS.items() if pattern.search(sentence)]
    for part in re.split(r"(?<=[.?!])\s+", sentence):
        clauses = part.split(",")
        if len(clauses) > 3:
            problems.append("more than two commas in one sentence (clauses strung together)")
        for before, after in zip(clauses, clauses[1:]):
            if _PRONOUN_AFTER_COMMA.match(after) and not _SUBORDINATE.match(before):
                problems.append("two sentences joined by a comma")
    return problems


@pytest.mark.parametrize("broken", [
    "I've been feeling lonely, and I'd love it if you would listen to me, you always put work first more often.",
    "I've been feeling lonely, and I'd love it if you would listen and you don't even try more often.",
    "Lately, when you're so selfish with your time, you never think of anyone else, I feel lonely.",
    "I've been feeling lonely, and I'd love it if you would is play that game more often.",
    "I've been feeling lonely, and I'd love it if you would tell me anything more often.",
    "Lately I've missed it when you once asked how I was. Could we make time for that?",
    "I miss it when you talk to me, you never ask.",
    "Lately, when you like this, i feel lonely.",
])
def test_the_grammar_check_catches_rewrites_spliced_from_clauses(broken):
    assert grammar_problems(broken)


def test_the_dev_set_gives_rewrites_to_check():
    assert len(_REWRITES) >= 20


@pytest.mark.parametrize("rewrite", _REWRITES)
def test_every_rewrite_of_a_dev_draft_reads_as_gentle(rewrite):
    result = review(rewrite)
    assert result.verdict == "gentle", [(f.category, rewrite[f.start:f.end]) for f in result.findings]
    assert all(finding.tone != "harsh" for finding in result.findings)


@pytest.mark.parametrize("rewrite", _REWRITES)
def test_every_rewrite_of_a_dev_draft_is_a_whole_plain_sentence(rewrite):
    assert grammar_problems(rewrite) == []


def test_a_clause_after_a_comma_is_left_out_of_the_rewrite():
    rewrites = review("You never listen to me, you always put work first.").rewrites
    assert "I've been feeling lonely, and I'd love it if you would listen to me more often." in rewrites
    assert not any("first more often" in rewrite for rewrite in rewrites)


def test_every_time_is_read_as_always_not_as_never():
    rewrites = review("Every time I bring up the holidays you walk out of the room.").rewrites
    assert "Lately, when you walk out of the room, I feel lonely. Could we talk about it?" in rewrites
    assert not any("more often" in rewrite for rewrite in rewrites)


def test_what_we_never_do_becomes_a_wish_about_us():
    assert "I've been feeling lonely, and I'd love it if we could go out more often." in review(
        "We never go out.").rewrites


def test_a_behaviour_that_does_not_fit_a_new_sentence_gets_a_whole_sentence_of_its_own():
    rewrites = review("All you ever do is play that game.").rewrites
    assert rewrites and not any("play that game" in rewrite for rewrite in rewrites)


def test_what_they_never_stop_doing_is_not_wished_for_more_often():
    rewrites = review("You never stop talking about work.").rewrites
    assert rewrites and not any("more often" in rewrite for rewrite in rewrites)
