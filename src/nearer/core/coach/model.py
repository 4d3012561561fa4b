"""The coach's result types: plain frozen dataclasses that serialise to the documented JSON shape.

Each writes its own `__init__`: the one a frozen dataclass generates sets every field through
`object.__setattr__`, which made building these objects a tenth of the cost of a review. Writing
the fields straight into the instance dict gives the same object (frozen, compared and printed
by the dataclass machinery as before) several times faster.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Finding:
    """One thing the coach noticed: a category, the character span [start, end) and advice."""

    category: str
    start: int
    end: int
    message: str
    suggestion: str
    tone: str  # "harsh" or "gentle"

    def __init__(self, category: str, start: int, end: int, message: str, suggestion: str,
                 tone: str) -> None:
        fields = self.__dict__
        fields["category"] = category
        fields["start"] = start
        fields["end"] = end
        fields["message"] = message
        fields["suggestion"] = suggestion
        fields["tone"] = tone

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as the JSON object the CLI and API emit."""
        return {
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
            "tone": self.tone,
        }


@dataclass(frozen=True)
class IStatement:
    """An 'I feel ... when ... and I'd like ...' sentence, pre-filled from the draft."""

    feeling: str
    when: str
    request: str
    text: str

    def __init__(self, feeling: str, when: str, request: str, text: str) -> None:
        fields = self.__dict__
        fields["feeling"] = feeling
        fields["when"] = when
        fields["request"] = request
        fields["text"] = text

    def to_dict(self) -> dict[str, str]:
        """Return the four parts as a JSON object."""
        return {"feeling": self.feeling, "when": self.when, "request": self.request, "text": self.text}


@dataclass(frozen=True)
class Listening:
    """Whether a reply reflects what the partner said; `kind` names what the reply mostly does."""

    reflects: bool
    feedback: str
    kind: str

    def __init__(self, reflects: bool, feedback: str, kind: str) -> None:
        fields = self.__dict__
        fields["reflects"] = reflects
        fields["feedback"] = feedback
        fields["kind"] = kind

    def to_dict(self) -> dict[str, Any]:
        """Return the listening check as a JSON object."""
        return {"reflects": self.reflects, "feedback": self.feedback, "kind": self.kind}


@dataclass(frozen=True)
class CoachResult:
    """Everything the coach says about one draft (and, optionally, one reply)."""

    verdict: str
    score: int
    findings: list[Finding] = field(default_factory=list)
    rewrites: list[str] = field(default_factory=list)
    i_statement: IStatement | None = None
    listening: Listening | None = None

    def __init__(self, verdict: str, score: int, findings: list[Finding] | None = None,
                 rewrites: list[str] | None = None, i_statement: IStatement | None = None,
                 listening: Listening | None = None) -> None:
        fields = self.__dict__
        fields["verdict"] = verdict
        fields["score"] = score
        fields["findings"] = [] if findings is None else findings
        fields["rewrites"] = [] if rewrites is None else rewrites
        fields["i_statement"] = i_statement
        fields["listening"] = listening

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape; the "listening" key is present only when a reply was checked."""
        data: dict[str, Any] = {
            "verdict": self.verdict,
            "score": self.score,
            "findings": [finding.to_dict() for finding in self.findings],
            "rewrites": list(self.rewrites),
            "i_statement": self.i_statement.to_dict() if self.i_statement else None,
        }
        if self.listening is not None:
            data["listening"] = self.listening.to_dict()
        return data
