"""The issue-13 table: each figure the project's own labelled data can measure, split by split.

Usage: .venv/bin/python eval/judgement.py

Columns: "dev" (the rules were tuned and the models trained on it: optimistic), "heldout" and
"unseen" (older sets never tuned on), "untouched" (fresh examples in many voices, never read while
building; the honest column). Rows follow the issue's table:

- verdict P/R/F1: positive = "harsh" or "needs_softening"; "gentle", "ok" and the label "neutral"
  are negative;
- listening F1: positive = the reply reflects;
- safety caught: of the texts labelled with a safety concern, the share given a concern or a
  confirming question; concern outright: of those labelled "outright", the share given a concern;
- no concern left alone: of the texts labelled without one, the share with neither;
- contexts macro-F1 over the eight contexts.
The insult-pair ordering needs pairs of an insult and its polite rewrite, which the project's
data does not hold; it is not printed.
"""

from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from labelled import NOT_GENTLE, SPLITS, load  # noqa: E402
from nearer.core.coach import review  # noqa: E402
from nearer.core.coach.listening import check_listening  # noqa: E402
from nearer.core.program import assess, load_program  # noqa: E402



def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float] | None:
    """Return precision, recall, F1 over (gold, predicted) pairs, or None when there are none."""
    if not pairs:
        return None
    tp = sum(g and p for g, p in pairs)
    fp = sum(p and not g for g, p in pairs)
    fn = sum(g and not p for g, p in pairs)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def share(flags: list[bool]) -> tuple[float, int] | None:
    """Return the share of true flags and how many there were, or None for none."""
    return (sum(flags) / len(flags), len(flags)) if flags else None


def verdict_rows(messages: list[dict]) -> dict[str, list]:
    """Return per split the (gold, predicted) not-gentle pairs."""
    out: dict[str, list] = {split: [] for split in SPLITS}
    for record in messages:
        got = review(record["text"]).verdict in NOT_GENTLE
        out[record["split"]].append((record["verdict"] in NOT_GENTLE, got))
    return out


def listening_rows(pairs: list[dict]) -> dict[str, list]:
    """Return per split the (gold, predicted) reflects pairs."""
    out: dict[str, list] = {split: [] for split in SPLITS}
    for record in pairs:
        out[record["split"]].append((record["reflects"], check_listening(record["partner"], record["reply"]).reflects))
    return out


def situation_rows(situations: list[dict]) -> dict[str, dict]:
    """Return per split the safety flags and per-context (gold, predicted) pairs."""
    program = load_program()
    contexts = [c.id for c in program.contexts.contexts]
    out = {split: {"caught": [], "outright": [], "alone": [], **{c: [] for c in contexts}} for split in SPLITS}
    for record in situations:
        result = assess(program, {}, record["text"])
        row = out[record["split"]]
        asked = bool(result.safety.concern or result.safety.confirm_questions)
        if record["safety"]:
            row["caught"].append(asked)
        else:
            row["alone"].append(not asked)
        if record.get("severity") == "outright":
            row["outright"].append(result.safety.concern)
        got = {hit.id for hit in result.contexts}
        for context in contexts:
            row[context].append((context in record["contexts"], context in got))
    return out, contexts


def cell(value) -> str:
    return f"{'-':>16}" if value is None else value


def main() -> int:
    messages = load("coach_messages.jsonl", "coach_messages_new.jsonl")
    pairs = load("listening_pairs.jsonl", "listening_pairs_new.jsonl")
    situations = load("situations.jsonl", "situations_new.jsonl")
    verdicts, listening = verdict_rows(messages), listening_rows(pairs)
    reading, contexts = situation_rows(situations)
    print("Judgement on the project's own labelled data (issue 13). Untouched = never read while building.")
    print(f"{'figure':<34}" + "".join(f" {split:>15}" for split in SPLITS))
    lines = []
    for label, key in (("verdict P / R / F1", "v"), ("listening P / R / F1", "l")):
        source = verdicts if key == "v" else listening
        cells = []
        for split in SPLITS:
            got = prf(source[split])
            cells.append(cell(None if got is None else f"{got[0]:.2f}/{got[1]:.2f}/{got[2]:.2f} n{len(source[split])}"[:15]))
        lines.append(f"{label:<34}" + "".join(f" {c:>15}" for c in cells))
    for label, key in (("safety caught (concern or ask)", "caught"), ("safety concern outright", "outright"),
                       ("no concern left alone", "alone")):
        cells = []
        for split in SPLITS:
            got = share(reading[split][key])
            cells.append(cell(None if got is None else f"{got[0]:.2f} of {got[1]}"))
        lines.append(f"{label:<34}" + "".join(f" {c:>15}" for c in cells))
    cells = []
    for split in SPLITS:
        scores = [prf(reading[split][c]) for c in contexts]
        measured = [s[2] for s, c in zip(scores, contexts) if s and any(g for g, _ in reading[split][c])]
        cells.append(cell(f"{sum(measured) / len(measured):.2f} ({len(measured)})" if measured else None))
    lines.append(f"{'contexts macro-F1 (contexts seen)':<34}" + "".join(f" {c:>15}" for c in cells))
    print("\n".join(lines))
    worst = {split: sorted((prf(reading[split][c])[2], c) for c in contexts if any(g for g, _ in reading[split][c]))[:3]
             for split in SPLITS if reading[split][contexts[0]]}
    for split, items in worst.items():
        print(f"  weakest contexts, {split}: " + ", ".join(f"{c} {f:.2f}" for f, c in items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
