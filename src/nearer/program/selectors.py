"""Reading a person's program: their sealed answers opened with their key, the facts they recorded,
and the engine's view of where they stand (nearer.core.program decides; this module only gathers)."""

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from nearer.core import dates
from nearer.core.errors import NotFoundError
from nearer.core.program import (
    FACTS,
    Assessment,
    PlanState,
    Progress,
    StepProgress,
    StepSpec,
    assess,
    load_program,
    progress,
)
from nearer.core.program.facts import parse_fact_ref
from nearer.core.program.specs_program import ProgramSpec
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services
from nearer.program import fact_sources, memo
from nearer.program.models import Check, Plan, Reflection, SafetyScreen, Talk

DEFAULT_REGION = "us"


def local_today(user, now: datetime) -> date:
    """The person's calendar date at `now`, in their own time zone."""
    return now.astimezone(ZoneInfo(user.time_zone)).date()


def own_item(model, *, user):
    """The person's single item of `model` (safety screen, check, plan, worksheet), or None."""
    return privacy_selectors.own(model, user=user).order_by("-created_at").first()


def opened(item, column: str, *, key) -> dict:
    """The JSON object stored sealed in `column` of `item`, opened with the person's key ({} when
    empty or not an object: such answers count as not given, so the person is simply asked again)."""
    if item is None:
        return {}
    return _json_object(privacy_services.item_read(item, key=key)[column])


def _json_object(text: str) -> dict:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _still_known(program: ProgramSpec, answers: dict, questions: list[str]) -> dict:
    """Answers saved earlier, keeping only what the current content still asks (ids can be retired)."""
    kept = {q: answers[q] for q in questions if isinstance(answers.get(q), bool)}
    for key, spec_ids in (("signs", [s.id for s in program.signs.signs]),
                          ("contexts", [c.id for c in program.contexts.contexts])):
        if key in answers and isinstance(answers[key], list):
            kept[key] = [i for i in answers[key] if i in spec_ids]
    return kept


@dataclass(frozen=True)
class TalkView:
    id: str
    title: str
    starts_at: datetime
    ends_at: datetime
    debrief: dict
    has_begun: bool


def _talk_view(talk, *, key, now: datetime, minutes: int) -> TalkView:
    texts = privacy_services.item_read(talk, key=key)
    starts_at = dates.showable(talk.starts_at)  # a far date stored before dates were bounded
    return TalkView(
        id=str(talk.pk), title=texts["title"], starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=minutes),
        debrief=_json_object(texts["debrief"]), has_begun=talk.starts_at <= now,
    )


def talk_list(*, user, key, now: datetime) -> list[TalkView]:
    """The person's talks, latest first, with their titles and debriefs opened."""
    minutes = load_program().readiness.protected_talk.minutes
    talks = privacy_selectors.own(Talk, user=user)[:100]
    return [_talk_view(talk, key=key, now=now, minutes=minutes) for talk in talks]


def talk_get(*, user, talk_id, key, now: datetime) -> TalkView:
    """One of the person's own talks; NotFoundError for anyone else's, missing or malformed ids."""
    talk = privacy_selectors.own_item_get(Talk, user=user, item_id=talk_id)
    return _talk_view(talk, key=key, now=now, minutes=load_program().readiness.protected_talk.minutes)


def recorded_counts(record: dict) -> dict[str, int]:
    """The facts the person ticked on step pages: only those no feature records, and only once each
    (counts kept by the tap counters of earlier versions are ignored)."""
    return {fact: 1 for fact in record.get("marked", []) if fact in FACTS and fact not in fact_sources.TOOLS}


def _derived_counts(*, screen, worksheet: dict, talks: list[TalkView]) -> dict[str, int]:
    debriefs = [talk.debrief for talk in talks if talk.debrief]
    return {
        "safety_screen_done": int(screen is not None),
        "reflection_done": int(bool(worksheet.get("triggers") and worksheet.get("own_part"))),
        "grounding_practised": int(bool(worksheet.get("grounding_tried"))),
        "talk_scheduled": int(bool(talks)),
        "talk_held": len(debriefs),
        "debrief_done": len(debriefs),
        "needs_named": int(any(d.get("needs") for d in debriefs)),
        "space_agreed": int(any(d.get("space_asked") and d.get("return_at") for d in debriefs)),
    }


@dataclass(frozen=True)
class ProgramState:
    """Everything the program pages show, for one person on one day."""

    program: ProgramSpec
    screen_done: bool
    region: str
    safety_answers: dict
    check_done: bool
    check_answers: dict
    free_text: str
    worksheet: dict
    assessment: Assessment
    progress: Progress
    facts: dict[str, int]
    talks: list[TalkView] = field(default_factory=list)

    @property
    def concern(self) -> bool:
        return self.assessment.safety.concern

    @property
    def track(self):
        return self.program.track(self.progress.track)

    @property
    def focus_areas(self) -> list:
        """The focus areas the assessment named, as content (title and description), in its order."""
        areas = {area.id: area for area in self.program.focus.areas}
        return [areas[area_id] for area_id in self.assessment.focus_areas]

    @property
    def contexts(self) -> list:
        """The contexts found by the check, as content, in content order."""
        found = {hit.id for hit in self.assessment.contexts}
        return [context for context in self.program.contexts.contexts if context.id in found]

    def step(self, step_id: str) -> tuple[StepSpec, StepProgress]:
        """The step's content and state on this person's track; NotFoundError for an unknown id."""
        track = self.program.track(self.progress.track)
        for spec, state in zip(track.steps, self.progress.steps, strict=True):
            if spec.id == step_id:
                return spec, state
        raise NotFoundError("Not found.")


def _settling_answers(answers: dict, *, screen, check) -> dict:
    """The screen answers the engine should weigh against the check's free text.

    The engine treats a "no" as settling what the text says about that danger (the confirming
    question was asked and answered). A "no" given before the text was written answered no such
    question, so then only the "yes" answers count, and the text can still raise a concern and the
    confirming question until the person answers the screen again."""
    if screen is None or check is None or screen.updated_at >= check.updated_at:
        return answers
    return {question: answer for question, answer in answers.items() if answer}


def program_state(*, user, key, now: datetime) -> ProgramState:
    """The person's program: answers, assessment (safety, track, focus) and progress on their track.
    Worked out once per request (nearer.program.memo)."""
    return memo.remembered(user.pk, key, lambda: _program_state(user=user, key=key, now=now))


@dataclass(frozen=True)
class Reading:
    """The person's answers, opened, and the engine's assessment of them: all a safety check needs,
    without the facts and progress of the plan."""

    screen: object
    check: object
    screen_data: dict
    check_answers: dict
    free_text: str
    safety_answers: dict
    assessment: Assessment


def program_reading(*, user, key) -> Reading:
    """The person's answers and their assessment, worked out once per request (nearer.program.memo)."""
    return memo.remembered(user.pk, key, lambda: _reading(user=user, key=key), part="reading")


def _reading(*, user, key) -> Reading:
    program = load_program()
    screen, check = own_item(SafetyScreen, user=user), own_item(Check, user=user)
    screen_data = opened(screen, "answers", key=key)
    check_answers = _still_known(program, opened(check, "answers", key=key),
                                 [q.id for q in program.readiness.questions])
    free_text = privacy_services.item_read(check, key=key)["free_text"] if check else ""
    safety_answers = _still_known(program, screen_data.get("answers") or {}, [q.id for q in program.safety.questions])
    counted = _settling_answers(safety_answers, screen=screen, check=check)
    assessment = assess(program, {**counted, **check_answers}, free_text)
    return Reading(screen, check, screen_data, check_answers, free_text, safety_answers, assessment)


def _program_state(*, user, key, now: datetime) -> ProgramState:
    program = load_program()
    reading = program_reading(user=user, key=key)
    plan = own_item(Plan, user=user)
    worksheet = opened(own_item(Reflection, user=user), "worksheet", key=key)
    talks = talk_list(user=user, key=key, now=now)
    facts = recorded_counts(opened(plan, "record", key=key))
    derived = _derived_counts(screen=reading.screen, worksheet=worksheet, talks=talks)
    for fact, count in [*derived.items(), *fact_sources.gathered(user=user, key=key, now=now).items()]:
        facts[fact] = max(facts.get(fact, 0), count)
    assessment = reading.assessment
    today = local_today(user, now)
    started_on = min(plan.started_on, today) if plan else today
    state = PlanState(track=assessment.track, started_on=started_on, safety_concern=assessment.safety.concern)
    return ProgramState(
        program=program, screen_done=reading.screen is not None,
        region=reading.screen_data.get("region", DEFAULT_REGION), safety_answers=reading.safety_answers,
        check_done=reading.check is not None, check_answers=reading.check_answers, free_text=reading.free_text,
        worksheet=worksheet, assessment=assessment, progress=progress(program, state, facts, today), facts=facts,
        talks=talks,
    )


@dataclass(frozen=True)
class ActionView:
    """An action of a step and how it is recorded: by the tool that does it (`tool`: URL name,
    query string, link text), by a tick on the step page, or not at all."""

    id: str
    text: str
    fact: str | None
    met: bool
    how: str | None  # "tool" | "tick" | None (nothing to record)
    count: int = 0
    needed: int = 1
    tool: tuple[str, str, str] | None = None


def step_actions(state: ProgramState, spec: StepSpec) -> list[ActionView]:
    """The step's actions with whether their fact holds and how the person records them."""
    views = []
    for action in spec.actions:
        if action.done_when is None:
            views.append(ActionView(action.id, action.text, None, False, None))
            continue
        ref = parse_fact_ref(action.done_when)
        count = state.facts.get(ref.name, 0)
        tool = fact_sources.TOOLS.get(ref.name)
        how = "tool" if tool else (None if FACTS[ref.name].countable else "tick")
        views.append(ActionView(action.id, action.text, ref.name, count >= ref.count, how, count, ref.count, tool))
    return views

