"""The ways-of-showing-care profile: every form rated on the scale, never a single type."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from nearer.core.errors import InvalidInputError
from nearer.core.program.specs_program import ProgramSpec


@dataclass(frozen=True)
class CareRating:
    """One form of care and its rating."""

    form: str
    rating: int


def rate_care_profile(program: ProgramSpec, ratings: Mapping[str, int]) -> list[CareRating]:
    """Return every form of care with its rating, highest first (ties keep content order).

    A rating is required for every form, so the profile can never collapse into one "type"; raises
    InvalidInputError for a missing form, an unknown form or a rating off the scale.
    """
    spec = program.care_profile
    known = [f.id for f in spec.forms]
    unknown = sorted(set(ratings) - set(known))
    if unknown:
        raise InvalidInputError(f"unknown form of care {unknown[0]!r}")
    missing = [f for f in known if f not in ratings]
    if missing:
        raise InvalidInputError(f"rate every form of care; missing {missing[0]!r}")
    for form in known:
        value = ratings[form]
        if isinstance(value, bool) or not isinstance(value, int) or not spec.scale.min <= value <= spec.scale.max:
            raise InvalidInputError(f"rating for {form!r} must be a whole number from {spec.scale.min} to {spec.scale.max}")
    rated = [CareRating(form, ratings[form]) for form in known]
    return sorted(rated, key=lambda r: -r.rating)
