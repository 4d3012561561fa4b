"""Every broken fixture under fixtures/ must fail to load with a message naming its file and key path.

Each fixture folder holds the broken file(s) and expected.txt; the test copies the packaged content to
a temporary folder, lays the fixture over it and loads it."""

import pathlib
import shutil

import pytest

from nearer.core.errors import ContentError
from nearer.core.program import DEFAULT_CONTENT_DIR, load_program

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
CASES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def _content_with(case: str, tmp_path: pathlib.Path) -> pathlib.Path:
    folder = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    for broken in (FIXTURES / case).glob("*.yaml"):
        shutil.copy(broken, folder / broken.name)
    return folder


def test_there_are_broken_fixtures_for_many_kinds_of_error():
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES)
def test_broken_fixture_fails_naming_file_and_key_path(case, tmp_path):
    expected = (FIXTURES / case / "expected.txt").read_text(encoding="utf-8").strip()
    with pytest.raises(ContentError) as raised:
        load_program(_content_with(case, tmp_path))
    assert expected in str(raised.value)


def test_the_untouched_copy_loads(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, folder)
    assert load_program(folder).track("general").steps[-1].id == "counseling"


def test_missing_file_is_named(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, folder)
    (folder / "escalation.yaml").unlink()
    with pytest.raises(ContentError, match=r"^escalation\.yaml: file missing$"):
        load_program(folder)


def test_folder_without_tracks_is_refused(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, folder)
    for track in folder.glob("track_*.yaml"):
        track.unlink()
    with pytest.raises(ContentError, match="no track_"):
        load_program(folder)


def test_two_default_tracks_are_refused(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, folder)
    text = (folder / "track_work_stress.yaml").read_text(encoding="utf-8")
    (folder / "track_work_stress.yaml").write_text(text.replace("selected_when_context: work", "selected_when_context: null"))
    with pytest.raises(ContentError, match="exactly one track must leave this empty"):
        load_program(folder)


def test_not_a_folder_is_refused(tmp_path):
    with pytest.raises(ContentError, match="not a content folder"):
        load_program(tmp_path / "nowhere")
