"""The coach's reading of a draft, shaped for templates: the draft cut into plain and highlighted
segments, each finding with its label, and the coach's own message when it cannot read the text.

Templates escape every piece of text themselves; nothing here builds HTML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nearer.core.coach import CATEGORIES, CoachResult, review
from nearer.core.coach.model import Finding
from nearer.core.errors import InvalidInputError

VERDICT_LABELS = {"gentle": "Gentle", "ok": "Neutral", "needs_softening": "Needs softening", "harsh": "Harsh"}
TONE_LABELS = {"harsh": "May sound harsh", "gentle": "Gentle"}
LISTENING_LABELS = {
    "reflecting": "giving back what they said", "defending": "defending yourself",
    "dismissing": "playing down their feeling", "advising": "giving advice", "fixing": "jumping to a fix",
    "changing_subject": "changing the subject", "asking": "asking a question",
    "missing": "answering without echoing their words",
}
_PROMPT = re.compile(r"^\[.*\]$")
_SAFE_ID = re.compile(r"^[a-z][a-z0-9-]{0,29}$")


@dataclass(frozen=True)
class Segment:
    """A run of the draft: plain (tone "") or highlighted, with the category labels behind it."""

    text: str
    tone: str = ""
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class FindingView:
    tone: str
    tone_label: str
    label: str
    quote: str
    message: str
    suggestion: str


@dataclass(frozen=True)
class BuilderPart:
    """One editable part of the I-statement: a value taken from the draft, or a prompt to fill in."""

    value: str
    prompt: str


@dataclass(frozen=True)
class Reading:
    text: str
    reply_to: str = ""
    error: str = ""
    verdict: str = ""
    verdict_label: str = ""
    score: int = 0
    segments: list[Segment] = field(default_factory=list)
    findings: list[FindingView] = field(default_factory=list)
    rewrites: list[str] = field(default_factory=list)
    i_statement: dict[str, BuilderPart] = field(default_factory=dict)
    listening: dict | None = None


def segments(text: str, findings: list[Finding]) -> list[Segment]:
    """Cut `text` into segments; overlapping findings merge into one highlight (harsh if any is)."""
    spans = sorted(
        ((max(0, f.start), min(len(text), f.end), f) for f in findings if f.end > f.start),
        key=lambda span: span[:2],
    )
    merged: list[list] = []
    for start, end, finding in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(finding)
        else:
            merged.append([start, end, [finding]])
    pieces, cursor = [], 0
    for start, end, group in merged:
        if start > cursor:
            pieces.append(Segment(text[cursor:start]))
        tone = "harsh" if any(f.tone == "harsh" for f in group) else "gentle"
        labels = tuple(dict.fromkeys(CATEGORIES[f.category].label for f in group))
        pieces.append(Segment(text[start:end], tone, labels))
        cursor = end
    if cursor < len(text):
        pieces.append(Segment(text[cursor:]))
    return pieces


def _builder(result: CoachResult) -> dict[str, BuilderPart]:
    parts = result.i_statement.to_dict() if result.i_statement else {}
    return {
        name: BuilderPart("", value.strip("[]")) if _PROMPT.match(value) else BuilderPart(value, "")
        for name, value in parts.items() if name != "text"
    }


def read(text: str, reply_to: str = "") -> Reading:
    """Return the coach's reading of `text` (and of it as a reply to `reply_to`, when given)."""
    partner_words = reply_to if reply_to.strip() else None
    try:
        result = review(text, reply_to=partner_words)
    except InvalidInputError as error:
        return Reading(text=text, reply_to=reply_to, error=str(error))
    findings = [
        FindingView(f.tone, TONE_LABELS[f.tone], CATEGORIES[f.category].label, text[f.start:f.end],
                    f.message, f.suggestion)
        for f in sorted(result.findings, key=lambda f: (f.tone != "harsh", f.start))
    ]
    listening = result.listening.to_dict() if result.listening else None
    if listening:
        listening["kind_label"] = LISTENING_LABELS.get(listening["kind"], listening["kind"].replace("_", " "))
    return Reading(
        text=text, reply_to=reply_to, verdict=result.verdict,
        verdict_label=VERDICT_LABELS.get(result.verdict, result.verdict), score=result.score,
        segments=segments(text, result.findings), findings=findings, rewrites=result.rewrites,
        i_statement=_builder(result), listening=listening,
    )


def live_context(*, text: str = "", reply_to: str = "", coach_id: str = "coach", analyse: bool = False) -> dict:
    """Context for coach/_live.html: the fields' values and, when `analyse`, the coach's reading."""
    return {
        "coach_id": coach_id if _SAFE_ID.match(coach_id or "") else "coach",
        "coach_text": text,
        "coach_reply_to": reply_to,
        "coach": read(text, reply_to) if analyse else None,
    }
