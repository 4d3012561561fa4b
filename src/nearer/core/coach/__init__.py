"""The coach: reads a draft of what the user means to say and helps them say it gently.

Public API: `review(text, reply_to=None) -> CoachResult`. Category ids and labels are in
`nearer.core.coach.categories.CATEGORIES`. Pure standard library; no Django, no downloads.
"""

from __future__ import annotations

from nearer.core.coach import detection, language, phrasing, rewrites, scoring
from nearer.core.coach.categories import CATEGORIES, GENTLE_CATEGORIES, HARSH, HARSH_CATEGORIES, LABELS
from nearer.core.coach.errors import UnsupportedLanguageError
from nearer.core.coach.model import CoachResult, Finding, IStatement, Listening
from nearer.core.errors import InvalidInputError

MAX_CHARS = 10_000

__all__ = [
    "CATEGORIES", "GENTLE_CATEGORIES", "HARSH_CATEGORIES", "LABELS", "MAX_CHARS", "CoachResult",
    "Finding", "IStatement", "InvalidInputError", "Listening", "UnsupportedLanguageError", "review",
]


def _check_size(text: object, what: str) -> str:
    if not isinstance(text, str):
        raise InvalidInputError(f"The {what} must be text.")
    if not text or text.isspace():
        raise InvalidInputError(f"The {what} is empty; write a few words to review.")
    if len(text) > MAX_CHARS:
        raise InvalidInputError(
            f"The {what} is {len(text):,} characters long; the limit is {MAX_CHARS:,} characters."
        )
    return text


def _not_english(what: str) -> UnsupportedLanguageError:
    return UnsupportedLanguageError(
        f"The {what} does not look like English. The coach only understands English, so it "
        "would give misleading feedback on this text."
    )


def _validate(text: object, what: str) -> str:
    text = _check_size(text, what)
    if not language.is_english(text):
        raise _not_english(what)
    return text


def _listening(partner: str, reply: str) -> Listening:
    # Imported on first use: most calls check no reply, and its patterns take a while to compile.
    from nearer.core.coach.listening import check_listening

    return check_listening(partner, reply)


def review(text: str, reply_to: str | None = None) -> CoachResult:
    """Return the coach's reading of `text`: verdict, score, findings, rewrites, I-statement.

    With `reply_to` (what the partner said), `text` is treated as the user's reply to it and the
    result also carries a listening check. Raises InvalidInputError (or its subclass
    UnsupportedLanguageError) for empty, too long or non-English input.
    """
    text = _check_size(text, "message")
    draft = detection.read(text)  # also tells whether the text is English, from the same pass
    if not draft.english:
        raise _not_english("message")
    if reply_to is not None:
        reply_to = _validate(reply_to, "partner's message")
    findings = detection.findings(draft)
    harsh = [f for f in findings if f.tone == HARSH]
    verdict, score, tone_finding = scoring.judge(text, findings)
    feeling = phrasing.feeling_in(text, findings) if findings else None
    phrases: dict[int, str] = {}  # verb phrases after findings, shared by rewrites and I-statement
    return CoachResult(
        verdict,
        score,
        [*findings, tone_finding] if tone_finding else findings,
        rewrites.rewrites_for(text, harsh, feeling, phrases) if harsh else [],
        rewrites.i_statement_from(text, findings, harsh, feeling, phrases),
        _listening(reply_to, text) if reply_to is not None else None,
    )
