"""Defect 9: the README tells a newcomer how to pick a port and the path through a first visit."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_shows_how_to_choose_a_port_that_the_makefile_accepts():
    assert "make run PORT=" in README
    assert re.search(r"^PORT \?= 8000$", (REPO / "Makefile").read_text(encoding="utf-8"), re.M)


def test_readme_walks_through_the_first_use_in_order():
    section = README.split("## First use", 1)[1].split("\n## ", 1)[0]
    steps = ["sign up", "safety questions", "do the check", "plan", "invite your partner"]
    positions = [section.lower().find(step) for step in steps]
    assert -1 not in positions and positions == sorted(positions)
