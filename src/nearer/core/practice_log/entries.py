"""The kinds of log entry and what each one holds. Every field describes the person's own side:
who started a good moment, how *they* answered a bid, how defensive *they* felt. Nothing here
records a judgement of the partner."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from nearer.core.errors import InvalidInputError

# kind id -> how the log names it
KINDS: dict[str, str] = {
    "moment": "A moment that went well",
    "appreciation": "Appreciation I gave",
    "affection": "Affection",
    "bid": "A bid I noticed",
    "rough": "A rough moment",
    "weekly": "This week's safety and closeness",
}
INITIATORS: dict[str, str] = {"me": "I did", "partner": "My partner did", "both": "Both of us"}
# how a moment's start reads in a sentence of the one who logged it
INITIATED: dict[str, str] = {"me": "I started it", "partner": "my partner started it", "both": "we both started it"}
MOMENT_TOPICS: dict[str, str] = {
    "conversation": "A conversation",
    "their_day": "Sharing about the day",
    "activity": "Something we did together",
    "affection": "Affection",
    "other": "Something else",
}
RESPONSES: dict[str, str] = {
    "toward": "I turned toward it",
    "away": "I missed it or let it pass",
    "against": "I pushed it away",
}
DEFENSIVE_MIN, DEFENSIVE_MAX = 1, 5
RATING_MIN, RATING_MAX = 1, 7


@dataclass(frozen=True)
class LogFields:
    """The structured part of one log entry (the note is kept apart, sealed)."""

    kind: str
    occurred_at: datetime
    initiator: str = ""
    topic: str = ""
    response: str = ""
    defensiveness: int | None = None
    repaired_at: datetime | None = None
    safety: int | None = None
    closeness: int | None = None


def _choice(value: str, allowed: dict[str, str], what: str) -> str:
    if value not in allowed:
        raise InvalidInputError(f"Choose {what}: {', '.join(allowed)}.")
    return value


def _scale(value: int | None, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInputError(f"Give {what} as a whole number from {low} to {high}.")
    return value


def clean_log_fields(fields: LogFields) -> LogFields:
    """Return the fields of a valid entry of its kind, with the fields other kinds use emptied;
    InvalidInputError naming the first problem otherwise."""
    kind = _choice(fields.kind, KINDS, "what to log")
    blank = LogFields(kind=kind, occurred_at=fields.occurred_at)
    if kind == "moment":
        return replace(blank, initiator=_choice(fields.initiator, INITIATORS, "who started it"),
                       topic=_choice(fields.topic, MOMENT_TOPICS, "what kind of moment it was"))
    if kind == "bid":
        return replace(blank, response=_choice(fields.response, RESPONSES, "how you answered it"))
    if kind == "rough":
        return replace(blank, defensiveness=_scale(fields.defensiveness, DEFENSIVE_MIN, DEFENSIVE_MAX,
                                                   "how defensive you felt"),
                       repaired_at=_repair(fields))
    if kind == "weekly":
        return replace(blank, safety=_scale(fields.safety, RATING_MIN, RATING_MAX, "how safe you felt"),
                       closeness=_scale(fields.closeness, RATING_MIN, RATING_MAX, "how close you felt"))
    return blank


def _repair(fields: LogFields) -> datetime | None:
    if fields.repaired_at is not None and fields.repaired_at < fields.occurred_at:
        raise InvalidInputError("The repair cannot come before the rough moment itself.")
    return fields.repaired_at
