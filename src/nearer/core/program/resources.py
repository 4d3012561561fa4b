"""Safety resources by region."""

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
