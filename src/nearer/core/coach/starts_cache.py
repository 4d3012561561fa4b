"""What starts.py works out for each rule part, saved beside it so that importing the coach is quick.

Parsing the ~500 rule parts (starts.starts and starts.required_texts) takes most of the coach's
import time, and `nearer coach` should answer in well under a third of a second. The results
depend only on each part's text, so they are stored in `starts_cache.json`, keyed by the part.
A part missing from the file (a rule changed since it was written) is simply parsed at import:
the file only ever saves time, it never changes an answer. A test fails when the file is out of
date; rewrite it with `.venv/bin/python -m nearer.core.coach.starts_cache`.
"""

from __future__ import annotations

import json
import pathlib
import sys

from nearer.core.coach.starts import Start, Token, required_texts, starts

FILE = pathlib.Path(__file__).with_name("starts_cache.json")


def _load() -> dict[str, list]:
    try:
        with open(FILE, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return {}


_SAVED = _load()


def _encode(found: frozenset[Start] | None) -> list | None:
    if found is None:
        return None
    return sorted([[token.text, token.is_stem] for token in start] for start in found)


def _decode(saved: list | None) -> frozenset[Start] | None:
    if saved is None:
        return None
    return frozenset(tuple(Token(text, stem) for text, stem in start) for start in saved)


def entry(part: str) -> tuple[frozenset[Start] | None, frozenset[str]]:
    """Return (starts(part), required_texts(part)), from the saved file when it has them."""
    saved = _SAVED.get(part)
    if saved is not None:
        return _decode(saved[0]), frozenset(saved[1])
    return starts(part), required_texts(part)


def fresh(parts: list[str]) -> dict[str, list]:
    """Return the file's content worked out anew for `parts`."""
    return {part: [_encode(starts(part)), sorted(required_texts(part))] for part in sorted(set(parts))}


def all_parts() -> list[str]:
    """Return every part of the harsh and gentle rules."""
    from nearer.core.coach import detection  # imported here: detection itself uses this module

    return [part for rule in detection.RULES for part in rule.parts]


def main() -> int:
    """Rewrite starts_cache.json for the current rules."""
    content = fresh(all_parts())
    lines = (f"{json.dumps(part)}: {json.dumps(saved, separators=(',', ':'))}" for part, saved in sorted(content.items()))
    FILE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")  # one part per line
    print(f"Wrote {len(content)} parts to {FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
