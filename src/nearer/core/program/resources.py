"""Safety resources by region, and the region a time zone suggests."""

from __future__ import annotations

from nearer.core.program.specs_check import RegionSpec
from nearer.core.program.specs_program import ProgramSpec


def resources_for(program: ProgramSpec, region: str | None) -> RegionSpec:
    """Return the resources for `region` (an id such as "us"), or the default region's guidance when
    the region is unknown or not given."""
    regions = {r.id: r for r in program.safety.regions}
    if region is not None and region.lower() in regions:
        return regions[region.lower()]
    return regions[program.safety.default_region]


def region_for_time_zone(program: ProgramSpec, time_zone: str | None) -> str:
    """Return the id of the region whose content lists `time_zone` (an IANA name such as
    "America/Chicago"), else the default region's id."""
    for region in program.safety.regions:
        if time_zone and time_zone in region.time_zones:
            return region.id
    return program.safety.default_region


def known_region(program: ProgramSpec, region: str | None) -> str | None:
    """Return `region` as a region id when the content has it (any letter case), else None."""
    wanted = (region or "").strip().lower()
    return wanted if wanted in {r.id for r in program.safety.regions} else None
