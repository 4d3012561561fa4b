"""Turn findings and the learned tone models into a verdict and a 0-100 gentleness score.

The rules point at exact words and name the category; the two tone models (one trained on the
project's couple messages, one on GoEmotions comments) read the wording as a whole. The verdict:

- a harsh rule finding decides as before: "harsh" or "needs_softening" from the weights below;
- no harsh rule finding, but a tone model fires: "needs_softening" ("harsh" when a model is sure),
  with a "harsh_tone" finding that names the words weighing most towards harsh; gentle wording
  found by the rules outweighs the models unless they are sure;
- gentle wording and no harshness: "gentle"; so is a draft the `warm` model finds warm when the
  rules found nothing and the tone models are not sure it is harsh;
- neither harsh nor gentle evidence: "ok", a neutral verdict that says there was nothing to judge.
"""

from __future__ import annotations

from typing import NamedTuple

from nearer.core.coach.categories import CATEGORIES, GENTLE, HARSH
from nearer.core.coach.model import Finding

# How much each kind of harsh wording costs. Contempt, threats and attacks on character weigh
# most because they predict a talk going badly even when the rest of the message is kind.
HARSH_WEIGHTS: dict[str, int] = {
    "contempt": 40,
    "ultimatum": 40,
    "character_attack": 35,
    "stonewalling": 30,
    "harsh_tone": 25,
    "blame": 22,
    "demand": 22,
    "mind_reading": 20,
    "absolute": 18,
    "old_grievance": 18,
    "scorekeeping": 18,
    "assumed_solution": 15,
}
GENTLE_BONUS = 8
GENTLE_BONUS_CAP = 32
BASELINE = 72
HARSH_MARGIN = 30  # penalty minus bonus at which the draft reads as harsh, not just sharp
_BANDS = {"gentle": (70, 100), "ok": (60, 69), "needs_softening": (35, 59), "harsh": (0, 34)}


class Judgement(NamedTuple):
    """The verdict, the score, and the model's finding when the tone models (not the rules) saw harshness."""

    verdict: str
    score: int
    tone_finding: Finding | None


def judge(text: str, findings: list[Finding]) -> Judgement:
    """Return the verdict and score of `text` from the rule findings and the tone models."""
    from nearer.core.coach import tone  # the models are read on first use

    if any(finding.tone == HARSH for finding in findings):
        verdict, score = verdict_and_score(findings)
        return Judgement(verdict, score, None)
    vector = tone.features(text)  # worked out once, read by every model below
    reading = tone.read(text, vector, sure_only=bool(findings))
    warmth = None if findings else tone.warm(vector)
    if reading is not None and warmth is not None and warmth >= reading.probability and not reading.sure:
        reading = None  # both models fire: the warmer reading wins unless the harsh one is sure
    if reading is not None:
        finding = tone.finding(text, reading)
        verdict, score = verdict_and_score([*findings, finding])
        if reading.sure and verdict == "needs_softening":
            verdict, score = "harsh", _BANDS["harsh"][1]
        return Judgement(verdict, score, finding)
    if findings:
        verdict, score = verdict_and_score(findings)
        return Judgement(verdict, score, None)
    if warmth is not None:
        return Judgement("gentle", _BANDS["gentle"][0] + round(10 * warmth), None)
    return Judgement("ok", _BANDS["ok"][0] + round(9 * tone.calm(text, vector)), None)


def verdict_and_score(findings: list[Finding]) -> tuple[str, int]:
    """Return (verdict, score) from rule findings alone: "gentle" / "needs_softening" / "harsh"."""
    if not findings:
        return _NO_FINDING
    if len(findings) == 1:  # the usual case, worked out once for each category (below)
        known = _ONE_FINDING.get((findings[0].category, findings[0].tone))
        if known is not None:
            return known
    return _verdict_and_score(findings)


def _verdict_and_score(findings: list[Finding]) -> tuple[str, int]:
    harsh: dict[str, int] = {}  # category -> how many of its findings count (at most two)
    gentle: set[str] = set()
    for finding in findings:
        if finding.tone == HARSH:
            # A second finding of the same kind costs half; more than two add nothing new.
            count = harsh.get(finding.category, 0)
            if count < 2:
                harsh[finding.category] = count + 1
        else:
            gentle.add(finding.category)
    penalty = 0
    if harsh:
        cost = 0.0
        for category, count in harsh.items():
            cost += HARSH_WEIGHTS[category] * (1.0 if count == 1 else 1.5)
        penalty = round(cost)
    bonus = min(GENTLE_BONUS_CAP, GENTLE_BONUS * len(gentle)) if gentle else 0
    if not harsh:
        verdict = "gentle"
    elif penalty - bonus >= HARSH_MARGIN:
        verdict = "harsh"
    else:
        verdict = "needs_softening"
    low, high = _BANDS[verdict]
    raw = BASELINE + bonus - penalty
    return verdict, low if raw < low else high if raw > high else raw


class _Only(NamedTuple):
    """Stands in for a finding of a category, to score it alone."""

    category: str
    tone: str


_NO_FINDING = _verdict_and_score([])
_ONE_FINDING = {(category, tone): _verdict_and_score([_Only(category, tone)])
                for category in CATEGORIES for tone in (HARSH, GENTLE)
                if tone == GENTLE or category in HARSH_WEIGHTS}
