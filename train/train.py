"""Train the learned layer and write its weights as package data (run with `make train`).

Usage: .venv/bin/python train/train.py [--out DIR] [--quick]

Every model is a logistic regression over the hashed features of nearer.core.learned.features,
fitted with a fixed seed on the "dev" split only (the heldout, unseen and untouched splits are
never read here). Before shipping, each model is fitted once on four fifths of its training rows
and scored on the last fifth (picked by a hash of the row's id), and those held-out figures are
printed; the shipped model is then refitted on all the rows. The same data and seed give the same
bytes: the weights are rounded to 16-bit integers and models.json is written with sorted keys.

Needs the `train` extra (numpy, scikit-learn). GoEmotions (Demszky et al., 2020, Apache-2.0) is
read from ../shared/data/goemotions/ or $NEARER_GOEMOTIONS; --quick trains on a small slice of it.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys
from zlib import crc32

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nearer.core.learned import CONTEXTS, SAFETY_SIGNALS, inputs  # noqa: E402
from nearer.core.learned.features import DIM  # noqa: E402

DATA = ROOT / "tests" / "data"
WEIGHTS = ROOT / "src" / "nearer" / "core" / "learned" / "weights"
_NEAR = [up / "shared" / "data" / "goemotions" for up in (ROOT.parent, ROOT.parent.parent)]
GOEMOTIONS = pathlib.Path(os.environ.get("NEARER_GOEMOTIONS") or next((p for p in _NEAR if p.exists()), _NEAR[0]))
HOSTILE = ("anger", "annoyance", "disapproval", "disgust")
SEED = 13
PLAIN_ONE_IN = 12  # about 1,200 plain comments join the couples' tone model as not harsh
sys.path.insert(0, str(ROOT / "train"))
from notice import NOTICE  # noqa: E402


ROW_LIMIT: list[int | None] = [None]  # --quick keeps the first rows of each file only


def read_jsonl(*names: str) -> list[dict]:
    """Return the "dev" rows of the named files in tests/data (files that do not exist are skipped)."""
    rows = []
    for name in names:
        path = DATA / name
        if path.exists():
            with open(path, encoding="utf-8") as handle:
                rows += [json.loads(line) for line in handle if line.strip()][: ROW_LIMIT[0]]
    return [row for row in rows if row.get("split") == "dev"]


def read_goemotions(limit: int | None) -> tuple[list[str], list[int], list[str]]:
    """Return GoEmotions texts (train and dev files), whether each is hostile, and the plain ones.

    "Plain" comments are labelled neutral and nothing else; a sample of them teaches the couples'
    tone model that a plain statement ("I'll be home at six") is not harsh just for lacking warmth.
    """
    names = (GOEMOTIONS / "emotions.txt").read_text(encoding="utf-8").split()
    hostile = {str(names.index(name)) for name in HOSTILE}
    neutral = str(names.index("neutral"))
    texts, labels, plain = [], [], []
    for part in ("train.tsv", "dev.tsv"):
        with open(GOEMOTIONS / part, encoding="utf-8") as handle:
            for line in handle:
                text, ids, comment = line.rstrip("\n").split("\t")
                texts.append(text)
                labels.append(int(bool(hostile & set(ids.split(",")))))
                if ids == neutral and crc32(comment.encode("utf-8")) % PLAIN_ONE_IN == 0:
                    plain.append(text)
    if limit:
        return texts[:limit], labels[:limit], plain[: limit // 10]
    return texts, labels, plain


def matrix(vectors: list[dict[int, float]]) -> csr_matrix:
    """Stack sparse feature dicts into one CSR matrix of DIM columns."""
    indptr, indices, values = [0], [], []
    for vector in vectors:
        for index in sorted(vector):
            indices.append(index)
            values.append(vector[index])
        indptr.append(len(indices))
    return csr_matrix((np.array(values), np.array(indices), np.array(indptr)), shape=(len(vectors), DIM))


def fit(x: csr_matrix, y: list[int], c: float) -> LogisticRegression:
    """Fit one logistic regression with the fixed seed."""
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear", random_state=SEED)
    return model.fit(x, np.array(y))


def held_out(ids: list[str]) -> list[bool]:
    """Return, per row, whether it is in the held-out fifth (a stable hash of its id)."""
    return [crc32(i.encode("utf-8")) % 5 == 0 for i in ids]


def figures(probs: np.ndarray, gold: list[int], threshold: float) -> tuple[float, float, float]:
    """Return precision, recall and F1 at a threshold."""
    got = probs >= threshold
    want = np.array(gold, dtype=bool)
    tp, fp, fn = int((got & want).sum()), int((got & ~want).sum()), int((~got & want).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(probs: np.ndarray, gold: list[int], floor: float, ceiling: float) -> float:
    """Return the threshold in [floor, ceiling] (steps of 0.05) with the best held-out F1."""
    steps = [round(floor + 0.05 * k, 2) for k in range(int(round((ceiling - floor) / 0.05)) + 1)]
    return max(steps, key=lambda t: (round(figures(probs, gold, t)[2], 6), -abs(t - 0.5)))


def train_one(name: str, ids: list[str], vectors: list[dict], y: list[int], c: float,
              bounds: tuple[float, float]) -> tuple[LogisticRegression, float, dict[str, float]]:
    """Print held-out figures for one model, choose its threshold, and refit it on every row."""
    test = held_out(ids)
    train_rows = [i for i, t in enumerate(test) if not t]
    test_rows = [i for i, t in enumerate(test) if t]
    threshold, held = 0.5, {}
    if sum(y[i] for i in train_rows) and sum(y[i] for i in test_rows):
        inner = fit(matrix([vectors[i] for i in train_rows]), [y[i] for i in train_rows], c)
        probs = inner.predict_proba(matrix([vectors[i] for i in test_rows]))[:, 1]
        gold = [y[i] for i in test_rows]
        held = {ids[i]: float(p) for i, p in zip(test_rows, probs)}
        threshold = best_threshold(probs, gold, *bounds)
        p, r, f = figures(probs, gold, threshold)
        print(f"  {name:<18} held-out P {p:.2f} R {r:.2f} F1 {f:.2f}  threshold {threshold:.2f}"
              f"  ({len(test_rows)} held out of {len(ids)}, {sum(y)} positive)")
    else:
        print(f"  {name:<18} too few positives to hold some out ({sum(y)} of {len(ids)}); threshold 0.50")
    return fit(matrix(vectors), y, c), threshold, held


def tune_tone(held: dict[str, float], reddit: LogisticRegression) -> tuple[float, float]:
    """Return the two tone thresholds that give the best verdict F1 when OR-ed with the rules.

    Measured on the couple messages of the held-out fifth (the rules never saw them either way:
    the rules are hand-written; the couples' model was fitted without them).
    """
    from nearer.core.coach import detection
    from nearer.core.coach.categories import HARSH

    rows = [m for m in read_jsonl("coach_messages.jsonl", "coach_messages_new.jsonl") if m["id"] in held]
    gold = np.array([m["verdict"] in ("harsh", "needs_softening") for m in rows])
    rules = np.array([any(f.tone == HARSH for f in detection.findings(detection.read(m["text"]))) for m in rows])
    couples = np.array([held[m["id"]] for m in rows])
    by_reddit = reddit.predict_proba(matrix([inputs.tone(m["text"]) for m in rows]))[:, 1]
    grid = [round(0.3 + 0.05 * k, 2) for k in range(14)]

    def f1(tc: float, tr: float) -> float:
        got = rules | (couples >= tc) | (by_reddit >= tr)
        tp, fp, fn = int((got & gold).sum()), int((got & ~gold).sum()), int((~got & gold).sum())
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    tc, tr = max(((tc, tr) for tc in grid for tr in grid), key=lambda t: (round(f1(*t), 6), t))
    only_rules = f1(2.0, 2.0)
    print(f"  verdict on the held-out fifth: rules alone F1 {only_rules:.2f}; rules OR models F1 {f1(tc, tr):.2f}"
          f" (thresholds: couples {tc:.2f}, reddit {tr:.2f}; {len(rows)} messages)")
    return tc, tr


def quantise(model: LogisticRegression) -> tuple[bytes, float, float]:
    """Return the weights as little-endian int16 bytes, their scale, and the bias."""
    weights = model.coef_[0].astype(np.float64)
    peak = float(np.abs(weights).max()) or 1.0
    scale = float(np.float32(peak / 32767.0))
    ints = np.clip(np.rint(weights / scale), -32767, 32767).astype("<i2")
    return ints.tobytes(), scale, float(np.float32(model.intercept_[0]))


def datasets(limit: int | None) -> dict[str, tuple[list[str], list[dict], list[int], float, tuple[float, float]]]:
    """Return, per model name: ids, feature vectors, labels, C, and the threshold search range."""
    out = {}
    texts, hostile, plain = read_goemotions(limit)
    messages = read_jsonl("coach_messages.jsonl", "coach_messages_new.jsonl")
    vectors = [inputs.tone(m["text"]) for m in messages] + [inputs.tone(t) for t in plain]
    harsh = [int(m["verdict"] in ("harsh", "needs_softening")) for m in messages] + [0] * len(plain)
    ids = [m["id"] for m in messages] + [f"plain{i}" for i in range(len(plain))]
    out["tone_couples"] = (ids, vectors, harsh, 2.0, (0.3, 0.8))
    warm = [int(m["verdict"] == "gentle") for m in messages] + [0] * len(plain)
    out["warm"] = (ids, vectors, warm, 2.0, (0.4, 0.8))
    out["tone_reddit"] = ([f"g{i}" for i in range(len(texts))], [inputs.tone(t) for t in texts], hostile, 1.0, (0.5, 0.9))
    pairs = read_jsonl("listening_pairs.jsonl", "listening_pairs_new.jsonl")
    out["reflection"] = ([p["id"] for p in pairs], [inputs.reflection(p["partner"], p["reply"]) for p in pairs],
                         [int(p["reflects"]) for p in pairs], 4.0, (0.3, 0.7))
    situations = read_jsonl("situations.jsonl", "situations_new.jsonl")
    vectors = [inputs.situation(s["text"]) for s in situations]
    ids = [s["id"] for s in situations]
    # Older rows say only whether there is a concern; they teach the signal models nothing about
    # which signal, so a row with a concern but no named signal is left out of those.
    named = [i for i, s in enumerate(situations) if "signals" in s or not s["safety"]]
    for signal in SAFETY_SIGNALS:
        out[signal] = ([ids[i] for i in named], [vectors[i] for i in named],
                       [int(signal in situations[i].get("signals", ())) for i in named], 8.0, (0.2, 0.5))
    for context in CONTEXTS:
        out[f"context_{context}"] = (ids, vectors, [int(context in s["contexts"]) for s in situations], 8.0, (0.3, 0.7))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=WEIGHTS)
    parser.add_argument("--quick", action="store_true",
                        help="a small, fast run for tests: 2,000 GoEmotions rows, 400 rows of each project file")
    args = parser.parse_args()
    if args.quick:
        ROW_LIMIT[0] = 400
    args.out.mkdir(parents=True, exist_ok=True)
    meta = {}
    print(f"Training on the dev split; figures on a held-out fifth of it (seed {SEED}).")
    held_couples: dict[str, float] = {}
    for name, (ids, vectors, y, c, bounds) in datasets(2000 if args.quick else None).items():
        model, threshold, held = train_one(name, ids, vectors, y, c, bounds)
        if name == "tone_couples":
            held_couples = held
        if name == "tone_reddit":
            meta["tone_couples"]["threshold"], threshold = tune_tone(held_couples, model)
        data, scale, bias = quantise(model)
        (args.out / f"{name}.bin").write_bytes(data)
        meta[name] = {"bias": bias, "scale": scale, "threshold": threshold, "rows": len(ids), "positives": sum(y)}
    document = {"dim": DIM, "seed": SEED, "models": meta}
    (args.out / "models.json").write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (args.out / "NOTICE").write_text(NOTICE, encoding="utf-8")
    print(f"Wrote {len(meta)} models to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
