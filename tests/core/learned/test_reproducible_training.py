"""`make train` rebuilds the same bytes: a small training run, twice, gives identical files."""

import hashlib
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
GOEMOTIONS_FOUND = any((up / "shared" / "data" / "goemotions").exists() for up in (ROOT.parent, ROOT.parent.parent))


def _digests(folder: pathlib.Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


@pytest.mark.skipif(not GOEMOTIONS_FOUND, reason="GoEmotions is not on this machine")
def test_two_small_training_runs_write_identical_weights(tmp_path):
    pytest.importorskip("sklearn", reason="the `train` extra is not installed")
    for run in ("first", "second"):
        subprocess.run([sys.executable, str(ROOT / "train" / "train.py"), "--quick", "--out", str(tmp_path / run)],
                       check=True, capture_output=True, text=True)
    first, second = _digests(tmp_path / "first"), _digests(tmp_path / "second")
    assert "models.json" in first and "NOTICE" in first and len(first) > 10
    assert first == second
