"""Every change a person makes to their program. Each service loads the person's items, lets the
engine (nearer.core.program) judge, and saves the answers sealed with the person's key."""

import json
from datetime import datetime

from django.db import transaction

from nearer.core import dates
from nearer.core.errors import ConflictError, InvalidInputError
from nearer.core.program import assess, load_program
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services
from nearer.program import selectors
from nearer.program.models import Check, Plan, Reflection, SafetyScreen, Talk

TITLE_MAX = 120
NOTE_MAX = 5_000


def _save_json(item, column: str, data: dict, *, key, now: datetime) -> None:
    privacy_services.item_write(item, key=key, now=now, **{column: json.dumps(data, sort_keys=True)})


def _own_or_new(model, *, user, now: datetime, **fields):
    return selectors.own_item(model, user=user) or model(author=user, created_at=now, **fields)


def _refuse_if_unsafe(state: selectors.ProgramState) -> None:
    if not state.screen_done:
        raise ConflictError("Answer the private safety questions first.")
    if state.concern:
        raise ConflictError(state.program.safety.couples_exercises_note)


@transaction.atomic
def safety_screen_save(*, user, answers: dict[str, bool], region: str, key, now: datetime) -> SafetyScreen:
    """Save the safety screen (every question answered yes or no) and start the plan record if needed."""
    program = load_program()
    ids = [question.id for question in program.safety.questions]
    if set(answers) != set(ids) or not all(isinstance(answers[q], bool) for q in ids):
        raise InvalidInputError("Answer every question with yes or no.")
    if region not in {r.id for r in program.safety.regions}:
        raise InvalidInputError("Choose a region from the list.")
    screen = _own_or_new(SafetyScreen, user=user, now=now)
    _save_json(screen, "answers", {"answers": answers, "region": region}, key=key, now=now)
    if selectors.own_item(Plan, user=user) is None:
        plan = Plan(author=user, created_at=now, started_on=selectors.local_today(user, now))
        _save_json(plan, "record", {}, key=key, now=now)
    return screen


@transaction.atomic
def check_save(*, user, answers: dict, free_text: str, key, now: datetime) -> Check:
    """Save the check after the engine accepted it (InvalidInputError for unknown ids or over-long text)."""
    screen = selectors.own_item(SafetyScreen, user=user)
    if screen is None:
        raise ConflictError("Answer the private safety questions first.")
    program = load_program()
    if not set(answers) <= {"signs", "contexts", *(q.id for q in program.readiness.questions)}:
        raise InvalidInputError("The check has no such question.")
    assess(program, answers, free_text)
    check = _own_or_new(Check, user=user, now=now)
    privacy_services.item_write(check, key=key, now=now, answers=json.dumps(answers, sort_keys=True),
                                free_text=free_text)
    return check


def _actionable_step(*, user, step_id: str, key, now: datetime):
    state = selectors.program_state(user=user, key=key, now=now)
    spec, step = state.step(step_id)
    if step.state == "locked_by_safety":
        raise ConflictError(state.program.safety.couples_exercises_note)
    if not step.can_act:
        raise ConflictError("This step opens once the steps before it are done. You can read it already.")
    return state, spec


def _plan(*, user) -> Plan:
    plan = selectors.own_item(Plan, user=user)
    if plan is None:
        raise ConflictError("Answer the private safety questions first.")
    return plan


@transaction.atomic
def step_mark(*, user, step_id: str, done: list[str], key, now: datetime) -> None:
    """Record which of the step's tick-off actions are done (the ones not ticked are set back)."""
    state, spec = _actionable_step(user=user, step_id=step_id, key=key, now=now)
    tickable = {a.id: a.fact for a in selectors.step_actions(state, spec) if a.how == "tick"}
    if not set(done) <= set(tickable):
        raise InvalidInputError("Choose only actions listed on this step.")
    plan = _plan(user=user)
    record = selectors.opened(plan, "record", key=key)
    marked = set(record.get("marked", [])) - set(tickable.values())
    record["marked"] = sorted(marked | {tickable[action] for action in done})
    _save_json(plan, "record", record, key=key, now=now)


def _bounded(moment: datetime, *, user, now: datetime) -> datetime:
    """The moment, when its day (as entered) is in the range a person may enter (InvalidInputError
    otherwise); the range runs from the person's own today."""
    message = dates.day_out_of_range(moment.date(), today=selectors.local_today(user, now))
    if message:
        raise InvalidInputError(message)
    return moment


def _text(value: str, *, name: str, limit: int, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise InvalidInputError(f"Write something for {name}.")
    if len(value) > limit:
        raise InvalidInputError(f"Keep {name} to {limit:,} characters or fewer.")
    return value


@transaction.atomic
def reflection_save(*, user, triggers: str, own_part: str, grounding_note: str, grounding_tried: bool,
                    key, now: datetime) -> Reflection:
    """Save the private self-reflection worksheet."""
    _refuse_if_unsafe(selectors.program_state(user=user, key=key, now=now))
    worksheet = {
        "triggers": _text(triggers, name="your triggers", limit=NOTE_MAX),
        "own_part": _text(own_part, name="your own part", limit=NOTE_MAX),
        "grounding_note": _text(grounding_note, name="the grounding note", limit=NOTE_MAX),
        "grounding_tried": bool(grounding_tried),
    }
    if not any(worksheet.values()):
        raise InvalidInputError("Fill in at least one part of the worksheet.")
    reflection = _own_or_new(Reflection, user=user, now=now)
    _save_json(reflection, "worksheet", worksheet, key=key, now=now)
    return reflection


@transaction.atomic
def talk_schedule(*, user, title: str, starts_at: datetime, key, now: datetime) -> Talk:
    """Put a protected talk on the calendar; it must start in the future."""
    _refuse_if_unsafe(selectors.program_state(user=user, key=key, now=now))
    if _bounded(starts_at, user=user, now=now) <= now:
        raise InvalidInputError("Choose a time that is still ahead.")
    talk = Talk(author=user, created_at=now, starts_at=starts_at)
    privacy_services.item_write(talk, key=key, now=now, title=_text(title, name="the title", limit=TITLE_MAX),
                                debrief="")
    return talk


@transaction.atomic
def talk_debrief(*, user, talk_id, learned: str, needs: str, space_asked: bool, return_at: datetime | None,
                 key, now: datetime) -> Talk:
    """Write the debrief of a talk that has begun; a request for space needs a return time after the talk."""
    talk = privacy_selectors.own_item_get(Talk, user=user, item_id=talk_id)
    _refuse_if_unsafe(selectors.program_state(user=user, key=key, now=now))
    if talk.starts_at > now:
        raise ConflictError("The debrief opens once the talk has begun.")
    if space_asked and return_at is None:
        raise InvalidInputError("When space was asked for, write down when you agreed to come back together.")
    if space_asked and _bounded(return_at, user=user, now=now) <= talk.starts_at:
        raise InvalidInputError("The time to come back together has to be after the talk began.")
    debrief = {
        "learned": _text(learned, name="what you learned", limit=NOTE_MAX, required=True),
        "needs": _text(needs, name="what they need", limit=NOTE_MAX),
        "space_asked": bool(space_asked),
        "return_at": return_at.isoformat() if space_asked else None,
    }
    title = privacy_services.item_read(talk, key=key)["title"]
    privacy_services.item_write(talk, key=key, now=now, title=title, debrief=json.dumps(debrief, sort_keys=True))
    return talk



@transaction.atomic
def talk_delete(*, user, talk_id) -> None:
    """Delete one of the person's own talks with its debrief; NotFoundError for anyone else's."""
    privacy_selectors.own_item_get(Talk, user=user, item_id=talk_id).delete()
    privacy_services.forget_removed_text()
