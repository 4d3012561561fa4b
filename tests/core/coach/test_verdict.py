"""The verdict combines the rules with the tone models; a draft with no evidence either way is "ok"."""

import pytest

from nearer.core.coach import review
from tests.core.coach.test_everyday_harsh import test_friendly_use_of_the_same_words_stays_gentle as everyday
from tests.core.coach.test_subtle_harsh import test_warm_or_plain_wording_stays_gentle as subtle

FRIENDLY = [*everyday.pytestmark[0].args[1], *subtle.pytestmark[0].args[1]]


@pytest.mark.parametrize("text", ["ok", "sure", "Parking's round the back.", "The plumber comes at ten tomorrow."])
def test_a_draft_with_no_harsh_or_gentle_evidence_is_ok(text):
    result = review(text)
    assert result.verdict == "ok" and 60 <= result.score <= 69
    assert not [f for f in result.findings if f.tone == "harsh"]


def test_a_harsh_rule_finding_decides_the_verdict():
    result = review("You're pathetic. Whatever.")
    assert result.verdict == "harsh" and "harsh_tone" not in {f.category for f in result.findings}


def test_gentle_wording_stays_gentle_when_no_model_is_sure():
    assert review("Thank you for cooking tonight, it meant a lot.").verdict == "gentle"


@pytest.mark.parametrize("text", [
    "wow so ur just gonna sit on ur phone all night again. classic",
    "nobody asked for your opinion on my mother",
])
def test_harshness_no_rule_names_still_gets_a_finding_that_says_what_reads_as_harsh(text):
    result = review(text)
    assert result.verdict in ("needs_softening", "harsh")
    (finding,) = [f for f in result.findings if f.category == "harsh_tone"]
    assert 0 <= finding.start < finding.end <= len(text)
    assert f"\u201c{text[finding.start:finding.end]}\u201d" in finding.message


def test_the_tone_models_misread_few_friendly_sentences():
    misread = [text for text in FRIENDLY if "harsh_tone" in {f.category for f in review(text).findings}]
    assert len(FRIENDLY) > 40
    assert len(misread) <= len(FRIENDLY) // 4, misread
