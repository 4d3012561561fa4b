"""progress(): where a person stands on their track, and the next best thing to do.

Rules:
- Steps complete in order: a step is done when every completion criterion (a fact) holds and every
  step before it is done (a step locked by a safety concern does not hold later ones back).
  Counseling, the last step, is done when its criteria hold and either every step before it is done
  or escalation is due.
- The current step is the first step, in order, that is not done. Later steps are "upcoming": they
  can be read ahead but are not acted on yet.
- Counseling (the last step) is always open. It is also "current" when escalation is due: after
  `escalation_weeks` (default from escalation.yaml) without the fact `improvement_seen`, or at once
  when `things_worsened` holds.
- With a safety concern every couple-facing step is "locked_by_safety", escalation to couples
  counseling is never proposed, and the next action points to the safety resources.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Literal

from nearer.core.errors import InvalidInputError
from nearer.core.program.facts import fact_counts, is_met, parse_fact_ref
from nearer.core.program.specs_program import ProgramSpec, StepSpec, TrackSpec

StepState = Literal["done", "current", "upcoming", "locked_by_safety"]
SAFETY_STEP_ID = "safety"


@dataclass(frozen=True)
class PlanState:
    """What progress needs to know about a plan: its track, start date, safety flag and escalation."""

    track: str
    started_on: date
    safety_concern: bool = False
    escalation_weeks: int | None = None


@dataclass(frozen=True)
class CriterionState:
    """One completion criterion and whether it is met."""

    fact: str
    says: str
    met: bool


@dataclass(frozen=True)
class StepProgress:
    """The state of one step; `can_act` is False for upcoming and locked steps."""

    id: str
    number: int
    title: str
    state: StepState
    can_act: bool
    criteria: list[CriterionState]


@dataclass(frozen=True)
class NextAction:
    """The next best thing to do: a step id (or "safety") and the action text."""

    step_id: str
    text: str


@dataclass(frozen=True)
class Progress:
    """Progress on a track on a given day."""

    track: str
    weeks_in: int
    escalation_due: bool
    steps: list[StepProgress]
    next_action: NextAction

    def to_dict(self) -> dict[str, Any]:
        """Return the progress as plain JSON-ready data."""
        return asdict(self)


def progress(program: ProgramSpec, plan: PlanState,
             facts: Mapping[str, bool | int] | set[str] | frozenset[str], today: date) -> Progress:
    """Return the Progress of `plan` on `today` given the recorded facts.

    Raises InvalidInputError for an unknown track, unknown facts, a start date after `today`, or
    escalation weeks outside the range allowed by the content.
    """
    track = _track(program, plan.track)
    if today < plan.started_on:
        raise InvalidInputError("the plan cannot start after today")
    counts = fact_counts(facts)
    weeks_in = (today - plan.started_on).days // 7
    due = escalation_due(program, plan, counts, weeks_in)
    done = _done_in_order(track, counts, due=due, unsafe=plan.safety_concern)
    current = _current_index(done)
    last = len(track.steps) - 1
    steps = [_step_progress(i, step, i == last, done[i], current, due, plan.safety_concern, counts)
             for i, step in enumerate(track.steps)]
    return Progress(track=track.id, weeks_in=weeks_in, escalation_due=due, steps=steps,
                    next_action=_next_action(program, track, plan, counts, current, due))


def step_done(step: StepSpec, counts: Mapping[str, int]) -> bool:
    """Return True when every completion criterion of the step holds."""
    return all(is_met(parse_fact_ref(c.fact), counts) for c in step.completion)


def _done_in_order(track: TrackSpec, counts: Mapping[str, int], *, due: bool, unsafe: bool) -> list[bool]:
    done: list[bool] = []
    earlier_done = True
    last = len(track.steps) - 1
    for index, step in enumerate(track.steps):
        allowed = earlier_done or (index == last and due)
        done.append(allowed and step_done(step, counts))
        earlier_done = earlier_done and (done[-1] or (unsafe and step.couple_facing))
    return done


def escalation_due(program: ProgramSpec, plan: PlanState, counts: Mapping[str, int], weeks_in: int) -> bool:
    """Return True when counseling should be recommended now (never under a safety concern)."""
    if plan.safety_concern:
        return False
    if counts.get("things_worsened", 0):
        return True
    return weeks_in >= _escalation_weeks(program, plan) and not counts.get("improvement_seen", 0)


def _escalation_weeks(program: ProgramSpec, plan: PlanState) -> int:
    spec = program.escalation
    weeks = spec.default_weeks if plan.escalation_weeks is None else plan.escalation_weeks
    if not spec.min_weeks <= weeks <= spec.max_weeks:
        raise InvalidInputError(f"escalation weeks must be between {spec.min_weeks} and {spec.max_weeks}")
    return weeks


def _track(program: ProgramSpec, track_id: str) -> TrackSpec:
    try:
        return program.track(track_id)
    except KeyError:
        raise InvalidInputError(f"unknown track {track_id!r}") from None


def _current_index(done: list[bool]) -> int | None:
    """The first step before counseling that is not done; counseling is never the sequential step."""
    return next((i for i, is_done in enumerate(done[:-1]) if not is_done), None)


def _step_progress(index: int, step: StepSpec, is_counseling: bool, done: bool, current: int | None,
                   due: bool, unsafe: bool, counts: Mapping[str, int]) -> StepProgress:
    if unsafe and step.couple_facing:
        state: StepState = "locked_by_safety"
    elif done:
        state = "done"
    elif index == current or (is_counseling and due):
        state = "current"
    else:
        state = "upcoming"
    can_act = state in ("done", "current") or is_counseling
    criteria = [CriterionState(c.fact, c.says, is_met(parse_fact_ref(c.fact), counts)) for c in step.completion]
    return StepProgress(step.id, index + 1, step.title, state, can_act, criteria)


def _next_action(program: ProgramSpec, track: TrackSpec, plan: PlanState, counts: Mapping[str, int],
                 current: int | None, due: bool) -> NextAction:
    counseling = track.steps[-1]
    if plan.safety_concern:
        return NextAction(SAFETY_STEP_ID, program.safety.next_action)
    if due and not step_done(counseling, counts):
        return NextAction(counseling.id, first_open_action(counseling, counts))
    if current is None:
        return NextAction(track.steps[-2].id, track.maintenance_action)
    step = track.steps[current]
    return NextAction(step.id, first_open_action(step, counts))


def first_open_action(step: StepSpec, counts: Mapping[str, int]) -> str:
    """Return the text of the first action whose `done_when` fact does not hold yet (else the first)."""
    for action in step.actions:
        if action.done_when and not is_met(parse_fact_ref(action.done_when), counts):
            return action.text
    return step.actions[0].text
