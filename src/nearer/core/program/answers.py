"""Checking the answers of the check against the content ids before anything is assessed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nearer.core.errors import InvalidInputError
from nearer.core.program.specs_program import ProgramSpec
from nearer.core.text_limits import LONG_TEXT_MAX, too_long_message

MAX_FREE_TEXT = LONG_TEXT_MAX


@dataclass(frozen=True)
class CheckedAnswers:
    """Answers that passed validation, split by kind."""

    safety_yes: tuple[str, ...]
    safety_no: tuple[str, ...]
    signs: tuple[str, ...]
    contexts: tuple[str, ...]
    readiness_no: tuple[str, ...]


def check_answers(program: ProgramSpec, answers: Mapping[str, Any]) -> CheckedAnswers:
    """Return the answers sorted by kind; raise InvalidInputError for unknown keys, ids or values.

    Safety and readiness questions take True, False or None (not answered).
    """
    if not isinstance(answers, Mapping):
        raise InvalidInputError("answers must be a mapping of question id to answer")
    safety_ids = [q.id for q in program.safety.questions]
    readiness_ids = [q.id for q in program.readiness.questions]
    known = {*safety_ids, *readiness_ids, "signs", "contexts"}
    unknown = sorted(str(k) for k in answers if k not in known)
    if unknown:
        raise InvalidInputError(f"unknown answer key {unknown[0]!r}")
    return CheckedAnswers(
        safety_yes=tuple(q for q in safety_ids if _yes_no(answers, q) is True),
        safety_no=tuple(q for q in safety_ids if _yes_no(answers, q) is False),
        signs=_id_list(answers, "signs", [s.id for s in program.signs.signs]),
        contexts=_id_list(answers, "contexts", [c.id for c in program.contexts.contexts]),
        readiness_no=tuple(q for q in readiness_ids if _yes_no(answers, q) is False),
    )


def check_free_text(free_text: Any) -> str:
    """Return the free text if it is a string of acceptable length; raise InvalidInputError otherwise."""
    if not isinstance(free_text, str):
        raise InvalidInputError("free text must be a string")
    if len(free_text) > MAX_FREE_TEXT:
        raise InvalidInputError(f"free text is too long: {too_long_message(len(free_text), MAX_FREE_TEXT)}")
    return free_text


def _yes_no(answers: Mapping[str, Any], key: str) -> bool | None:
    value = answers.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise InvalidInputError(f"answer {key!r} must be true, false or empty")


def _id_list(answers: Mapping[str, Any], key: str, known: list[str]) -> tuple[str, ...]:
    value = answers.get(key) or []
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple, set, frozenset)):
        raise InvalidInputError(f"answer {key!r} must be a list of ids")
    for item in value:
        if item not in known:
            raise InvalidInputError(f"answer {key!r} has unknown id {item!r}")
    return tuple(k for k in known if k in value)
