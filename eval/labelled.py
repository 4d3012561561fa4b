"""The labelled sets in tests/data that the eval scripts read, and their splits."""

from __future__ import annotations

import json
import pathlib

DATA = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data"
SPLITS = ("dev", "heldout", "unseen", "untouched")
NOT_GENTLE = ("harsh", "needs_softening")


def load(*names: str) -> list[dict]:
    """Return the records of the named JSONL files in tests/data (missing files are skipped)."""
    rows = []
    for name in names:
        if (DATA / name).exists():
            with open(DATA / name, encoding="utf-8") as handle:
                rows += [json.loads(line) for line in handle if line.strip()]
    return rows
