"""Specs for the tracks and their steps, the catalogues, and the whole program."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from nearer.core.program.specs_base import FactId, Id, Spec, Text, TitledSpec
from nearer.core.program.specs_check import (
    ContextsSpec,
    FocusSpec,
    ReadinessSpec,
    SafetySpec,
    SignsSpec,
)
from nearer.core.program.specs_review import ReviewSpec


class ActionSpec(Spec):
    """One thing to do in a step; `done_when` names the fact that shows it was done."""

    id: Id
    text: Text
    done_when: FactId | None = None


class CriterionSpec(Spec):
    """A completion criterion: a checkable fact and the sentence that explains it."""

    fact: FactId
    says: Text


class StepSpec(Spec):
    """One of the seven steps of a track."""

    id: Id
    title: Text
    couple_facing: bool
    goal: Text
    why: Text
    actions: tuple[ActionSpec, ...] = Field(min_length=2)
    phrasings: tuple[Text, ...] = Field(min_length=2)
    avoid: tuple[Text, ...] = Field(min_length=2)
    completion: tuple[CriterionSpec, ...] = Field(min_length=1)
    when_unsafe: Text | None = None


class TrackSpec(Spec):
    """A track: seven steps in order, the last one being counseling."""

    id: Id
    title: Text
    summary: Text
    selected_when_context: Id | None = None
    maintenance_action: Text
    steps: tuple[StepSpec, ...] = Field(min_length=7, max_length=7)


class MicroConnectionSpec(Spec):
    """A small daily moment of connection from the catalogue."""

    id: Id
    text: Text
    minutes: int = Field(ge=1, le=30)
    energy: Literal["low", "medium", "high"]
    contexts: tuple[Id, ...] = ()
    care: tuple[Id, ...] = Field(min_length=1)


class MicroConnectionsSpec(Spec):
    """The micro-connection catalogue."""

    intro: Text
    items: tuple[MicroConnectionSpec, ...] = Field(min_length=40)


class TuneUpQuestionSpec(Spec):
    """One of the two fixed questions of the weekly tune-up."""

    id: Id
    text: Text


class TuneUpSpec(Spec):
    """The weekly tune-up: its length and its two fixed questions."""

    minutes: int = Field(ge=5, le=30)
    questions: tuple[TuneUpQuestionSpec, ...] = Field(min_length=2, max_length=2)


class QuestionsSpec(Spec):
    """Question banks: root cause per context, needs, whether space is wanted, and the tune-up."""

    root_cause: dict[Id, tuple[Text, ...]]
    open_root_cause: tuple[Text, ...] = Field(min_length=2)
    needs: tuple[Text, ...] = Field(min_length=3)
    space: tuple[Text, ...] = Field(min_length=2)
    tune_up: TuneUpSpec


class MistakeSpec(Spec):
    """A common mistake: how to notice it in yourself and what to do instead."""

    id: Id
    title: Text
    notice: Text
    instead: Text


class MistakesSpec(Spec):
    """The common mistakes for the weekly self-check."""

    intro: Text
    mistakes: tuple[MistakeSpec, ...] = Field(min_length=8)


class EscalationSpec(Spec):
    """When to seek counseling, how to propose it and what to bring."""

    default_weeks: int = Field(ge=2, le=26)
    min_weeks: int = Field(ge=1, le=26)
    max_weeks: int = Field(ge=2, le=52)
    when: tuple[Text, ...] = Field(min_length=1)
    sooner_if: tuple[Text, ...] = Field(min_length=1)
    how_to_propose: tuple[Text, ...] = Field(min_length=2)
    what_to_bring: tuple[Text, ...] = Field(min_length=3)
    finding_help: tuple[Text, ...] = Field(min_length=1)


class CareScaleSpec(Spec):
    """The rating scale of the care profile, with a label for every point."""

    min: int = Field(ge=0, le=1)
    max: int = Field(ge=3, le=10)
    labels: dict[int, Text]


class CareFormSpec(TitledSpec):
    """One form of care, rated on the scale (never chosen as a single type)."""

    prompt: Text
    examples: tuple[Text, ...] = Field(min_length=2)


class CareProfileSpec(Spec):
    """The ways-of-showing-care profile: every form is rated, none is picked as 'the' type."""

    intro: Text
    scale: CareScaleSpec
    forms: tuple[CareFormSpec, ...] = Field(min_length=4)


class ProgramSpec(Spec):
    """The whole program as loaded from the content packs."""

    safety: SafetySpec
    signs: SignsSpec
    contexts: ContextsSpec
    focus: FocusSpec
    readiness: ReadinessSpec
    questions: QuestionsSpec
    micro_connections: MicroConnectionsSpec
    mistakes: MistakesSpec
    escalation: EscalationSpec
    care_profile: CareProfileSpec
    review: ReviewSpec
    tracks: tuple[TrackSpec, ...] = Field(min_length=1)

    def track(self, track_id: str) -> TrackSpec:
        """Return the track with this id; raise KeyError when there is none."""
        for track in self.tracks:
            if track.id == track_id:
                return track
        raise KeyError(track_id)

    @property
    def default_track(self) -> TrackSpec:
        """Return the track chosen when no context selects another (the loader ensures one)."""
        return next(t for t in self.tracks if t.selected_when_context is None)
