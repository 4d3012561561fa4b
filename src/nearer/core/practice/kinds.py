"""The kinds of agreement and what each asks for. `clean_details` checks the kind's own answers
(a pause signal's length, a re-entry date after the stated end of the crunch) and returns them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nearer.core.errors import InvalidInputError
from nearer.core.practice.recurrence import Schedule

REPEATING = ("daily", "weekdays", "weekly", "once")
PHRASE_MAX = 200


@dataclass(frozen=True)
class KindSpec:
    id: str
    label: str
    hint: str
    frequencies: tuple[str, ...]
    default_frequency: str
    default_minutes: int
    min_minutes: int = 1
    max_minutes: int = 24 * 60
    asks_phrase: bool = False  # the agreed words (work-talk boundary, pause signal)
    asks_crunch_end: bool = False  # the stated end of a crunch (re-entry date)


KINDS: dict[str, KindSpec] = {kind.id: kind for kind in (
    KindSpec("micro_connection", "Micro-connection",
             "A small moment together, chosen from the catalogue or written yourselves.", REPEATING, "daily", 15),
    KindSpec("weekly_tune_up", "Weekly tune-up",
             "A fixed weekly slot for the two tune-up questions.", ("weekly",), "weekly", 30, min_minutes=10),
    KindSpec("work_talk_boundary", "Work-talk boundary",
             "Hours kept free of work talk; work topics that come up meanwhile wait in the parking lot.",
             ("daily", "weekdays", "weekly"), "daily", 120, min_minutes=15, asks_phrase=True),
    KindSpec("pause_signal", "Pause signal",
             "Words either of you can say to stop a heated talk, with a promise to come back to it.",
             ("as_needed",), "as_needed", 20, min_minutes=20, asks_phrase=True),
    KindSpec("space", "Space with a return time",
             "Time apart when one of you needs it, always with a time to come back.",
             ("as_needed", "once"), "as_needed", 60, min_minutes=10),
    KindSpec("practical_support", "Practical support",
             "A task one of you takes off the other's plate.", REPEATING, "weekly", 30),
    KindSpec("daily_appreciation", "Daily appreciation",
             "Saying one specific thing you value about your partner.", REPEATING, "daily", 2),
    KindSpec("affection", "Affection", "A moment of warm, non-sexual touch.", REPEATING, "daily", 5),
    KindSpec("reentry_date", "Re-entry date",
             "A date booked for after the crunch ends, to come back to each other.", ("once",), "once", 120,
             asks_crunch_end=True),
    KindSpec("shared_activity", "Shared activity or date", "Something you do together for fun.", REPEATING,
             "weekly", 90),
)}


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise InvalidInputError("Give the end of the crunch as a date.") from None


def clean_details(kind: KindSpec, schedule: Schedule, *, phrase: str = "", crunch_ends_on: str = "") -> dict:
    """The kind's own answers, checked against its rules; InvalidInputError naming the first problem."""
    if schedule.frequency not in kind.frequencies:
        allowed = ", ".join(f.replace("_", " ") for f in kind.frequencies)
        raise InvalidInputError(f"A {kind.label.lower()} can be scheduled: {allowed}.")
    if not kind.min_minutes <= schedule.duration_minutes <= kind.max_minutes:
        raise InvalidInputError(
            f"A {kind.label.lower()} lasts between {kind.min_minutes} and {kind.max_minutes} minutes.")
    details: dict = {}
    if kind.asks_phrase:
        phrase = (phrase or "").strip()
        if not phrase:
            raise InvalidInputError("Write the words you agree on.")
        if len(phrase) > PHRASE_MAX:
            raise InvalidInputError(f"Keep the agreed words under {PHRASE_MAX} characters.")
        details["phrase"] = phrase
    if kind.asks_crunch_end:
        crunch_end = _parse_day(crunch_ends_on)
        if schedule.starts_on <= crunch_end:
            raise InvalidInputError("Pick a re-entry date after the crunch ends.")
        details["crunch_ends_on"] = crunch_end.isoformat()
    return details
