"""Defect 9: installing prints no licence deprecation warnings (they read as errors to a newcomer).

setuptools warns when `project.license` is a table; from 77.0 it takes an SPDX string and
`license-files` (PEP 639). Checked without a network: the build requirement and the metadata."""

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_licence_is_an_spdx_string_with_its_file():
    project = PROJECT["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    assert "MIT License" in (REPO / "LICENSE").read_text(encoding="utf-8")
    assert not any(c.startswith("License ::") for c in project.get("classifiers", []))


def test_build_asks_for_a_setuptools_that_reads_spdx_licences():
    (setuptools,) = [r for r in PROJECT["build-system"]["requires"] if r.startswith("setuptools")]
    lowest = re.search(r">=\s*(\d+)\.(\d+)", setuptools)
    assert lowest and (int(lowest[1]), int(lowest[2])) >= (77, 0)
