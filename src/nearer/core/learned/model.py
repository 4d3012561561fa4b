"""Small linear models read from package data with the standard library (no numpy, no scikit-learn).

Each model is `weights/<name>.bin` (DIM little-endian 16-bit integers) plus its line in
`weights/models.json`: the scale that turns the integers back into weights, the bias, and the
threshold chosen at training time. A model is read from disk the first time it is used.
"""

from __future__ import annotations

import json
import math
import sys
from array import array
from dataclasses import dataclass
from pathlib import Path

from nearer.core.learned.features import DIM

WEIGHTS = Path(__file__).resolve().parent / "weights"
_LOADED: dict[str, "LinearModel"] = {}
_META: dict[str, dict] = {}


@dataclass(frozen=True)
class LinearModel:
    """A logistic regression over hashed features."""

    name: str
    weights: array
    scale: float
    bias: float
    threshold: float

    def logit(self, vector: dict[int, float]) -> float:
        """Return the raw score (log-odds) of a feature vector."""
        weights = self.weights
        total = 0.0
        for index, value in vector.items():
            total += weights[index] * value
        return self.bias + self.scale * total

    def probability(self, vector: dict[int, float]) -> float:
        """Return the probability that the vector's text belongs to the model's class."""
        z = self.logit(vector)
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    def fires(self, vector: dict[int, float]) -> bool:
        """True when the probability reaches the model's threshold."""
        return self.probability(vector) >= self.threshold

    def weight(self, index: int) -> float:
        """Return one bucket's weight."""
        return self.weights[index] * self.scale


def metadata() -> dict[str, dict]:
    """Return models.json (read once)."""
    if not _META:
        _META.update(json.loads((WEIGHTS / "models.json").read_text(encoding="utf-8"))["models"])
    return _META


def load(name: str) -> LinearModel:
    """Return the named model, reading it on first use. Raises KeyError for an unknown name."""
    model = _LOADED.get(name)
    if model is None:
        info = metadata()[name]
        weights = array("h")
        weights.frombytes((WEIGHTS / f"{name}.bin").read_bytes())
        if sys.byteorder == "big":
            weights.byteswap()
        if len(weights) != DIM:
            raise ValueError(f"{name}.bin holds {len(weights)} weights, expected {DIM}")
        model = LinearModel(name, weights, info["scale"], info["bias"], info["threshold"])
        _LOADED[name] = model
    return model
