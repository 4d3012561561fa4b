"""Evaluate the check (contexts and safety) on the labelled situations in tests/data/situations.jsonl.

Usage: .venv/bin/python eval/situations.py [--errors dev]

Prints precision, recall and F1 per context and for the safety concern, for the "dev" split (what
the phrase lists were tuned on and the models trained on), the "heldout" split (written at the same
time, never used for tuning), the "untouched" split (fresh voices, never read) and all together. Exits 0; the figures are for reading, not a gate.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nearer.core.program import assess, load_program  # noqa: E402

DATA = ROOT / "tests" / "data" / "situations.jsonl"
SPLITS = ("dev", "heldout", "untouched", "all")


def load() -> list[dict]:
    """Return the labelled situations (the older file and the fresh one beside it)."""
    rows = []
    for path in (DATA, DATA.with_name("situations_new.jsonl")):
        if path.exists():
            with open(path, encoding="utf-8") as handle:
                rows += [json.loads(line) for line in handle if line.strip()]
    return rows


def predict(program, records: list[dict]) -> dict[str, tuple[set[str], bool]]:
    """Return, per record id, the predicted contexts and safety concern."""
    out = {}
    for record in records:
        result = assess(program, {}, record["text"])
        out[record["id"]] = ({hit.id for hit in result.contexts}, result.safety.concern)
    return out


def score(records: list[dict], predicted: dict, labels: list[str]) -> dict[str, Counter]:
    """Return true/false positive and false negative counts per label (and "safety")."""
    counts = {label: Counter() for label in [*labels, "safety"]}
    for record in records:
        got_contexts, got_safety = predicted[record["id"]]
        want = set(record["contexts"])
        for label in labels:
            _count(counts[label], label in want, label in got_contexts)
        _count(counts["safety"], record["safety"], got_safety)
    return counts


def _count(counter: Counter, expected: bool, got: bool) -> None:
    if expected and got:
        counter["tp"] += 1
    elif got:
        counter["fp"] += 1
    elif expected:
        counter["fn"] += 1


def prf(counter: Counter) -> tuple[float, float, float]:
    """Return precision, recall and F1 (1.0 where nothing was expected and nothing predicted)."""
    tp, fp, fn = counter["tp"], counter["fp"], counter["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def report(name: str, records: list[dict], predicted: dict, labels: list[str]) -> None:
    """Print the table for one split."""
    counts = score(records, predicted, labels)
    print(f"\n[{name}] {len(records)} situations")
    print(f"  {'label':<10} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for label, counter in counts.items():
        p, r, f = prf(counter)
        print(f"  {label:<10} {p:6.2f} {r:6.2f} {f:6.2f}  {counter['tp']:3d} {counter['fp']:3d} {counter['fn']:3d}")
    micro = sum((c for label, c in counts.items() if label != "safety"), Counter())
    p, r, f = prf(micro)
    print(f"  {'contexts*':<10} {p:6.2f} {r:6.2f} {f:6.2f}  {micro['tp']:3d} {micro['fp']:3d} {micro['fn']:3d}   (* micro-average)")


def show_errors(records: list[dict], predicted: dict) -> None:
    """Print every situation whose prediction differs from its label."""
    for record in records:
        got_contexts, got_safety = predicted[record["id"]]
        if got_contexts != set(record["contexts"]) or got_safety != record["safety"]:
            print(f"{record['id']}: {record['text']}")
            print(f"    want {sorted(record['contexts'])} safety={record['safety']}; got {sorted(got_contexts)} safety={got_safety}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=("dev",), help="also list the mistakes on the dev split")
    args = parser.parse_args()
    program = load_program()
    labels = [c.id for c in program.contexts.contexts]
    records = load()
    predicted = predict(program, records)
    print("Check evaluation: contexts and safety on tests/data/situations.jsonl")
    for split in SPLITS:
        chosen = [r for r in records if split == "all" or r["split"] == split]
        report(split, chosen, predicted, labels)
    if args.errors:
        print(f"\nmistakes ({args.errors}):")
        show_errors([r for r in records if args.errors == "all" or r["split"] == args.errors], predicted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
