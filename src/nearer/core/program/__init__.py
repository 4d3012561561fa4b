"""The program as data and the rules that use it (framework-free: no Django here).

Public API (documented in docs/content.md):

- load_program(path=None) -> ProgramSpec
- assess(program, answers, free_text) -> Assessment
- progress(program, plan, facts, today) -> Progress
- resources_for(program, region) -> RegionSpec
- region_for_time_zone(program, time_zone) -> str; known_region(program, region) -> str | None
- rate_care_profile(program, ratings) -> list[CareRating]
- FACTS: the fact ids that completion criteria may use
"""

from nearer.core.program.assessment import Assessment, ContextHit, SafetyResult, assess, choose_track
from nearer.core.program.care import CareRating, rate_care_profile
from nearer.core.program.facts import FACTS, FactDef, FactRef, parse_fact_ref
from nearer.core.program.loader import DEFAULT_CONTENT_DIR, load_program
from nearer.core.program.progress import (
    SAFETY_STEP_ID,
    CriterionState,
    NextAction,
    PlanState,
    Progress,
    StepProgress,
    progress,
)
from nearer.core.program.resources import known_region, region_for_time_zone, resources_for
from nearer.core.program.specs_check import RegionSpec
from nearer.core.program.specs_program import ProgramSpec, StepSpec, TrackSpec

__all__ = [
    "DEFAULT_CONTENT_DIR",
    "FACTS",
    "SAFETY_STEP_ID",
    "Assessment",
    "CareRating",
    "ContextHit",
    "CriterionState",
    "FactDef",
    "FactRef",
    "NextAction",
    "PlanState",
    "ProgramSpec",
    "Progress",
    "RegionSpec",
    "SafetyResult",
    "StepProgress",
    "StepSpec",
    "TrackSpec",
    "assess",
    "choose_track",
    "load_program",
    "parse_fact_ref",
    "progress",
    "known_region",
    "rate_care_profile",
    "region_for_time_zone",
    "resources_for",
]
