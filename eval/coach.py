"""Evaluate the coach on the labelled set in tests/data/ and print P/R/F1 per split.

Usage: .venv/bin/python eval/coach.py [--errors dev|heldout|unseen]

The "untouched" split (tests/data/*_new.jsonl) was written in many voices by people who had not
read the rules, and was never read or tuned on while building; eval/judgement.py puts it beside dev.
The "dev" split is what the rules were tuned on (and the learned models trained on) (it now includes the 90 "fresh" messages of the
first session, whose mistakes were read and fixed in the second). "heldout" was written with the
first dev set but never used for tuning. "unseen" was written in the second session by someone
who never read the rules or ran the coach, and its mistakes are not listed while tuning (do not
pass --errors unseen unless you then stop tuning on it). The last two are the better guide to
text nobody here wrote.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from labelled import NOT_GENTLE, SPLITS, load  # noqa: E402
from nearer.core.coach import CATEGORIES, review  # noqa: E402
from nearer.core.coach.categories import VERDICTS  # noqa: E402
from nearer.core.coach.listening import check_listening  # noqa: E402

LABELS = {"dev": "tuned on, and the models trained on it", "heldout": "never tuned on",
          "unseen": "written apart from the rules, never tuned on",
          "untouched": "fresh voices, never read while building"}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 (0.0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def row(name: str, tp: int, fp: int, fn: int) -> str:
    """Return one formatted table row."""
    p, r, f = prf(tp, fp, fn)
    return f"  {name:<28} {p:6.3f} {r:6.3f} {f:6.3f}   support {tp + fn:>3}"


def evaluate_messages(records: list[dict], show_errors: bool) -> None:
    """Print per-category and verdict figures, and the verdict confusion table."""
    counts = {c: Counter() for c in CATEGORIES}
    verdict_counts, confusion = Counter(), Counter()
    for record in records:
        result = review(record["text"])
        predicted = {f.category for f in result.findings}
        gold = set(record.get("categories", ()))
        for category in CATEGORIES if "categories" in record else ():
            key = ("tp" if category in gold else "fp") if category in predicted else (
                "fn" if category in gold else "tn")
            counts[category][key] += 1
        gold_flag, predicted_flag = record["verdict"] in NOT_GENTLE, result.verdict in NOT_GENTLE
        verdict_counts[("tp" if gold_flag else "fp") if predicted_flag else ("fn" if gold_flag else "tn")] += 1
        confusion[(record["verdict"].replace("neutral", "ok"), result.verdict)] += 1
        if show_errors and ("categories" in record and predicted != gold or gold_flag != predicted_flag):
            print(f"  {record['id']} gold={record['verdict']}:{sorted(gold)} "
                  f"got={result.verdict}:{sorted(predicted)}  {record['text']!r}")
    print(f"  {'category (labelled rows only)':<28} {'P':>6} {'R':>6} {'F1':>6}")
    for category, c in counts.items():
        print(row(category, c["tp"], c["fp"], c["fn"]))
    print(row("VERDICT (harsh or softening)", verdict_counts["tp"], verdict_counts["fp"], verdict_counts["fn"]))
    accuracy = (verdict_counts["tp"] + verdict_counts["tn"]) / max(1, len(records))
    print(f"  verdict accuracy (harsh-or-softening vs the rest): {accuracy:.3f} on {len(records)} messages")
    print("  confusion (rows: labelled, columns: predicted)")
    print("  " + " " * 17 + "".join(f"{v:>17}" for v in VERDICTS))
    for gold in VERDICTS:
        print(f"  {gold:<17}" + "".join(f"{confusion[(gold, got)]:>17}" for got in VERDICTS))


def evaluate_listening(records: list[dict], show_errors: bool) -> None:
    """Print listening P/R/F1 (positive = reflects) and how often the kind was named right."""
    counts, kinds_right = Counter(), 0
    for record in records:
        result = check_listening(record["partner"], record["reply"])
        gold = record["reflects"]
        counts[("tp" if gold else "fp") if result.reflects else ("fn" if gold else "tn")] += 1
        kinds_right += result.kind == record["kind"]
        if show_errors and (result.reflects != gold or result.kind != record["kind"]):
            print(f"  {record['id']} gold={record['kind']} got={result.kind}  {record['reply']!r}")
    print(row("LISTENING (reflects)", counts["tp"], counts["fp"], counts["fn"]))
    accuracy = (counts["tp"] + counts["tn"]) / max(1, len(records))
    print(f"  listening accuracy: {accuracy:.3f}; kind named right: {kinds_right / max(1, len(records)):.3f}"
          f" on {len(records)} pairs")


def main() -> int:
    """Run the evaluation for each split; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=SPLITS[:3], help="also list the mistakes on this split (never untouched)")
    args = parser.parse_args()
    messages = load("coach_messages.jsonl", "coach_messages_new.jsonl")
    pairs = load("listening_pairs.jsonl", "listening_pairs_new.jsonl")
    for split in SPLITS:
        subset = [m for m in messages if m["split"] == split]
        pair_subset = [p for p in pairs if p["split"] == split]
        label = LABELS[split]
        print(f"\n=== {split} split ({label}): {len(subset)} messages, {len(pair_subset)} listening pairs ===")
        evaluate_messages(subset, args.errors == split)
        if pair_subset:
            evaluate_listening(pair_subset, args.errors == split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
