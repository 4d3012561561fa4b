"""The learned layer loads from package data, scores the same every time, and hashes stably."""

import os
import subprocess
import sys

import pytest

from nearer.core.learned import CONTEXTS, SAFETY_SIGNALS, inputs, load
from nearer.core.learned.features import DIM, vectorize
from nearer.core.learned.model import metadata

MODELS = ["tone_couples", "tone_reddit", "warm", "reflection", *SAFETY_SIGNALS, *(f"context_{c}" for c in CONTEXTS)]


@pytest.mark.parametrize("name", MODELS)
def test_every_shipped_model_loads_with_its_threshold(name):
    model = load(name)
    assert len(model.weights) == DIM and 0 < model.threshold < 1
    assert name in metadata()


def test_the_same_text_gets_the_same_score_every_time():
    text = "You always do this and I'm sick of it."
    first = load("tone_couples").probability(inputs.tone(text))
    assert 0.0 < first < 1.0
    assert all(load("tone_couples").probability(inputs.tone(text)) == first for _ in range(5))


def test_features_do_not_depend_on_pythons_hash_seed():
    code = "from nearer.core.learned.features import vectorize; print(sorted(vectorize('Hello there, love!').items()))"
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                   check=True).stdout)
    assert outputs == {str(sorted(vectorize("Hello there, love!").items())) + "\n"}


def test_an_insult_reads_more_hostile_than_its_polite_rewrite():
    reddit = load("tone_reddit")
    insult = reddit.probability(inputs.tone("You are a pathetic, lazy idiot."))
    polite = reddit.probability(inputs.tone("I'm upset that the chores were left again."))
    assert insult > polite


def test_a_reflection_scores_higher_than_advice():
    model = load("reflection")
    partner = "Work has been brutal and I can't switch off at night."
    reflecting = model.probability(inputs.reflection(partner, "So work is wearing you down and even follows you to bed?"))
    advising = model.probability(inputs.reflection(partner, "Just turn your phone off at nine."))
    assert reflecting > advising


def test_an_empty_text_has_no_features():
    assert vectorize("") == {}


def test_the_weights_ship_as_package_data_and_no_training_text_does():
    import fnmatch
    import pathlib
    import tomllib

    repo = pathlib.Path(__file__).resolve().parents[3]
    project = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    globs = project["tool"]["setuptools"]["package-data"]["nearer"]
    weights = repo / "src" / "nearer" / "core" / "learned" / "weights"
    for path in weights.iterdir():
        relative = str(path.relative_to(repo / "src" / "nearer"))
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in globs), relative
    assert sum(path.stat().st_size for path in weights.iterdir()) < 4_000_000
    assert not list((repo / "src").rglob("*.jsonl")) and not list((repo / "src").rglob("*.tsv"))
    assert (weights / "NOTICE").read_text(encoding="utf-8").count("Demszky") == 1
