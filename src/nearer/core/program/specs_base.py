"""Shared building blocks of the content specs: the strict base model and the small value types."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

from nearer.core.program.facts import parse_fact_ref


class Spec(BaseModel):
    """Base of every content model: unknown keys are rejected and loaded content cannot change."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_pattern(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid phrase pattern {value!r}: {exc}") from None
    if value != value.lower():
        raise ValueError(f"phrase pattern {value!r} must be lower case (text is lower-cased before matching)")
    return value


def _check_fact(value: str) -> str:
    parse_fact_ref(value)
    return value


Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=700)]
Pattern = Annotated[str, StringConstraints(min_length=2, max_length=600), AfterValidator(_check_pattern)]
FactId = Annotated[str, AfterValidator(_check_fact)]


class TitledSpec(Spec):
    """Anything with an id, a short title and a sentence or two describing it."""

    id: Id
    title: Text
    description: Text
