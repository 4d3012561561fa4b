"""The practice's pure rules: agreement kinds, schedules and their due occurrences, the catalogue."""

from nearer.core.practice.catalogue import catalogue_filter, catalogue_item
from nearer.core.practice.kinds import KINDS, KindSpec, clean_details
from nearer.core.practice.recurrence import (
    FREQUENCIES,
    Occurrence,
    Schedule,
    check_schedule,
    is_occurrence,
    next_occurrence,
    occurrences,
)

__all__ = [
    "FREQUENCIES", "KINDS", "KindSpec", "Occurrence", "Schedule", "catalogue_filter", "catalogue_item",
    "check_schedule", "clean_details", "is_occurrence", "next_occurrence", "occurrences",
]
