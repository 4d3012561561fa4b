"""Reading the micro-connection catalogue: filter its items by minutes, energy, context and form of care."""

from __future__ import annotations

from nearer.core.errors import NotFoundError
from nearer.core.program.specs_program import MicroConnectionSpec, MicroConnectionsSpec

ENERGY_ORDER = ("low", "medium", "high")


def catalogue_filter(
    spec: MicroConnectionsSpec, *, max_minutes: int | None = None, energy: str | None = None,
    context: str | None = None, care: str | None = None,
) -> list[MicroConnectionSpec]:
    """The catalogue items that fit every filter given, in content order. An item with no contexts
    fits every context; `energy` is the most energy the person has ("medium" includes "low")."""
    ceiling = ENERGY_ORDER.index(energy) if energy in ENERGY_ORDER else len(ENERGY_ORDER)
    return [
        item for item in spec.items
        if (max_minutes is None or item.minutes <= max_minutes)
        and ENERGY_ORDER.index(item.energy) <= ceiling
        and (not context or not item.contexts or context in item.contexts)
        and (not care or care in item.care)
    ]


def catalogue_item(spec: MicroConnectionsSpec, item_id: str) -> MicroConnectionSpec:
    """The catalogue item with this id; NotFoundError for an unknown id."""
    for item in spec.items:
        if item.id == item_id:
            return item
    raise NotFoundError("That moment is not in the catalogue.")
