"""The facts the engine can check: the one place where fact ids are defined.

A fact is something the person did or agreed, recorded by the practice features (a talk was held, two
micro-connections were agreed). Content refers to facts by id in step completion criteria and in
`done_when` of actions; the loader rejects any id that is not listed here.

A reference is either `name` (the fact holds at least once) or `name:N` for a countable fact (it holds
at least N times, e.g. `micro_connections_agreed:2`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from nearer.core.errors import InvalidInputError


@dataclass(frozen=True)
class FactDef:
    """One known fact: its id, whether it counts occurrences, and what it means."""

    id: str
    countable: bool
    meaning: str


FACTS: dict[str, FactDef] = {
    fact.id: fact
    for fact in (
        FactDef("safety_screen_done", False, "The private safety screen was answered."),
        FactDef("reflection_done", False, "The self-reflection worksheet (triggers, own part) is filled in."),
        FactDef("grounding_practised", False, "A grounding practice was tried at least once."),
        FactDef("talk_scheduled", False, "A protected 30-minute talk is on the calendar."),
        FactDef("distractions_agreed", False, "Phones, screens and children are planned away for the talk."),
        FactDef("opening_planned", False, "The opening (observation, feeling, intention) is written."),
        FactDef("talk_held", True, "A talk took place."),
        FactDef("debrief_done", True, "A debrief was written after a talk."),
        FactDef("needs_named", False, "At least one need of the partner is written down."),
        FactDef("space_agreed", False, "Space was asked for and a return time was agreed."),
        FactDef("micro_connections_agreed", True, "Micro-connections agreed and put on the calendar."),
        FactDef("tune_up_scheduled", False, "A weekly tune-up has a fixed slot."),
        FactDef("tune_up_held", True, "A weekly tune-up took place."),
        FactDef("pause_signal_agreed", False, "A pause signal with a return time is agreed."),
        FactDef("appreciation_days", True, "Days on which a specific appreciation was said."),
        FactDef("affection_days", True, "Days with a moment of non-sexual touch."),
        FactDef("practical_support_given", True, "A task was taken off the partner's plate."),
        FactDef("work_talk_boundary_agreed", False, "A time without work talk is agreed."),
        FactDef("parking_lot_started", False, "A parking-lot list for work topics exists."),
        FactDef("reentry_date_set", False, "A re-entry date after the work crunch is booked."),
        FactDef("care_profile_done", False, "The ways-of-showing-care profile was rated."),
        FactDef("weekly_reviews_done", True, "Weekly reviews completed."),
        FactDef("mistakes_checked", False, "The common-mistakes self-check was done."),
        FactDef("counseling_proposed", False, "Counseling (or individual support) was proposed or booked."),
        FactDef("handoff_exported", False, "The hand-off summary for a counselor was exported."),
        FactDef("improvement_seen", False, "The weekly review shows things getting better."),
        FactDef("things_worsened", False, "The weekly review shows things getting worse."),
    )
}

_REF = re.compile(r"^(?P<name>[a-z][a-z0-9_]*)(?::(?P<count>[1-9][0-9]{0,2}))?$")


@dataclass(frozen=True)
class FactRef:
    """A parsed reference to a fact: the fact id and the minimum count that satisfies it."""

    name: str
    count: int = 1

    def __str__(self) -> str:
        return self.name if self.count == 1 else f"{self.name}:{self.count}"


def parse_fact_ref(ref: str) -> FactRef:
    """Return the FactRef for `name` or `name:N`; raise ValueError naming what is wrong."""
    match = _REF.match(ref)
    if not match:
        raise ValueError(f"malformed fact reference {ref!r} (expected name or name:N)")
    name = match["name"]
    fact = FACTS.get(name)
    if fact is None:
        raise ValueError(f"unknown fact id {name!r}")
    count = int(match["count"] or 1)
    if count > 1 and not fact.countable:
        raise ValueError(f"fact {name!r} is not countable, so {ref!r} cannot ask for a count")
    return FactRef(name, count)


def fact_counts(facts: Mapping[str, bool | int] | set[str] | frozenset[str]) -> dict[str, int]:
    """Return how often each known fact holds, from a set of refs or a mapping of id -> bool/int.

    Raises InvalidInputError for unknown fact ids or values that are neither bool nor a count >= 0.
    """
    counts: dict[str, int] = {}
    items = ((ref, True) for ref in facts) if isinstance(facts, (set, frozenset)) else facts.items()
    for key, value in items:
        try:
            ref = parse_fact_ref(str(key))
        except ValueError as exc:
            raise InvalidInputError(f"facts: {exc}") from None
        amount = _amount(ref, value)
        counts[ref.name] = max(counts.get(ref.name, 0), amount)
    return counts


def _amount(ref: FactRef, value: object) -> int:
    if isinstance(value, bool):
        return ref.count if value else 0
    if isinstance(value, int) and value >= 0:
        if ref.count != 1:
            raise InvalidInputError(f"facts: give either {ref.name}:N or a count, not both")
        return value
    raise InvalidInputError(f"facts: value for {ref} must be true/false or a count >= 0")


def is_met(ref: FactRef, counts: Mapping[str, int]) -> bool:
    """Return True when the counted facts satisfy the reference."""
    return counts.get(ref.name, 0) >= ref.count
