"""Specs for the check: the safety screen and resources, signs, contexts, focus areas, readiness."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from nearer.core.program.specs_base import Id, Pattern, Spec, Text, TitledSpec


class SafetyQuestionSpec(Spec):
    """A private yes/no question; a yes raises the named signal as a safety concern."""

    id: Id
    text: Text
    signal: Id


class SafetySignalSpec(Spec):
    """A kind of danger (fear, violence, control, threats, self-harm) and the words that suggest it.

    `phrases` raise a concern when stated about the person themselves; `mention_phrases` only ever
    lead to the gentle confirming question.
    """

    id: Id
    title: Text
    phrases: tuple[Pattern, ...] = Field(min_length=1)
    mention_phrases: tuple[Pattern, ...] = ()
    confirm_question: Text


class ContactSpec(Spec):
    """One way to reach a service."""

    kind: Literal["call", "text", "chat", "web"]
    value: Text
    note: Text | None = None


class ServiceSpec(Spec):
    """A help service with the ways to reach it."""

    name: Text
    helps_with: Text
    contacts: tuple[ContactSpec, ...] = Field(min_length=1)


class RegionSpec(Spec):
    """Safety resources for one region: named services and general guidance."""

    id: Id
    name: Text
    services: tuple[ServiceSpec, ...] = ()
    guidance: tuple[Text, ...] = Field(min_length=1)
    # IANA time zone names that place a person in this region when they have not chosen one.
    time_zones: tuple[Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$",
                                                       max_length=60)], ...] = ()


class SafetySpec(Spec):
    """The safety screen, the resources by region and the words shown when there is a concern."""

    intro: Text
    privacy_note: Text
    questions: tuple[SafetyQuestionSpec, ...] = Field(min_length=3)
    signals: tuple[SafetySignalSpec, ...] = Field(min_length=1)
    couples_exercises_note: Text
    partner_tools_note: Text
    coach_note: Text
    concern_message: Text
    next_action: Text
    default_region: Id
    regions: tuple[RegionSpec, ...] = Field(min_length=1)


class SignSpec(TitledSpec):
    """An observable sign of withdrawal, the words that suggest it and the focus area it points to."""

    phrases: tuple[Pattern, ...] = Field(min_length=1)
    focus: Id


class SignsSpec(Spec):
    """The list of signs of withdrawal."""

    intro: Text
    signs: tuple[SignSpec, ...] = Field(min_length=5)


class ContextSpec(TitledSpec):
    """A possible context of the distance, the words that suggest it, and its focus areas."""

    phrases: tuple[Pattern, ...] = Field(min_length=3)
    focus: tuple[Id, ...] = Field(min_length=1)


class ContextsSpec(Spec):
    """The contexts with fixed ids and the evidence text used when the person ticked one."""

    intro: Text
    ticked_evidence: Text
    contexts: tuple[ContextSpec, ...] = Field(min_length=1)


class FocusAreaSpec(TitledSpec):
    """Something the plan should pay particular attention to."""


class FocusSpec(Spec):
    """The focus areas an assessment can name."""

    safety_focus: Id
    areas: tuple[FocusAreaSpec, ...] = Field(min_length=1)


class ReadinessQuestionSpec(Spec):
    """A yes/no readiness question; a no adds the named focus area."""

    id: Id
    text: Text
    focus_if_no: Id


class PromptSpec(Spec):
    """A reflection prompt with examples."""

    prompt: Text
    examples: tuple[Text, ...] = Field(min_length=2)


class GroundingSpec(Spec):
    """A short grounding practice."""

    title: Text
    minutes: int = Field(ge=1, le=15)
    steps: tuple[Text, ...] = Field(min_length=3)


class ProtectedTalkSpec(Spec):
    """The protected talk: its length, when not to hold it, and what to put away."""

    minutes: int = Field(ge=15, le=90)
    prompt: Text
    avoid_times: tuple[Text, ...] = Field(min_length=1)
    distractions: tuple[Text, ...] = Field(min_length=2)


class ReadinessSpec(Spec):
    """Prerequisites before the first talk: triggers, grounding, own part and the protected talk."""

    intro: Text
    questions: tuple[ReadinessQuestionSpec, ...] = Field(min_length=2)
    triggers: PromptSpec
    grounding: GroundingSpec
    own_part: PromptSpec
    protected_talk: ProtectedTalkSpec
