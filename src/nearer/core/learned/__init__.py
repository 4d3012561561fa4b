"""The learned layer: small text classifiers shipped as package data, read without third-party code.

`make train` (train/train.py) rebuilds the weights in `weights/` byte for byte from the labelled
examples and GoEmotions (Demszky et al., 2020; see weights/NOTICE). At run time the features are
computed in pure Python (features.py) and each model is a dot product (model.py).

Models: `tone_couples` and `tone_reddit` (hostile tone), `warm` (warmth the rules did not name), `reflection` (a reply that reflects),
`self_harm`, `abuse`, `control` (safety signals) and one per context (`context_<id>`).
"""

from __future__ import annotations

from nearer.core.learned import inputs
from nearer.core.learned.model import LinearModel, load

CONTEXTS = ("work", "family", "money", "parenting", "health", "conflict", "drift", "trust")
SAFETY_SIGNALS = ("self_harm", "abuse", "control")

__all__ = ["CONTEXTS", "SAFETY_SIGNALS", "LinearModel", "inputs", "load"]
