"""`nearer content check` and `nearer content outline` run as the real command."""

import json
import pathlib
import shutil

from nearer.core.program import DEFAULT_CONTENT_DIR

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "content" / "fixtures"


def test_check_passes_on_the_packaged_content(run_nearer):
    done = run_nearer("content", "check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Content OK: 2 tracks")


def test_check_fails_with_file_and_key_path(run_nearer, tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, folder)
    shutil.copy(FIXTURES / "safety_question_without_text" / "safety.yaml", folder / "safety.yaml")
    done = run_nearer("content", "check", "--path", str(folder))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == "Error: safety.yaml: at key questions[2].text: field required"


def test_check_on_a_missing_folder_is_one_error_line(run_nearer, tmp_path):
    done = run_nearer("content", "check", "--path", str(tmp_path / "nope"))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr


def test_outline_json_lists_tracks_steps_and_catalogue_sizes(run_nearer):
    done = run_nearer("content", "outline", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    tracks = {t["id"]: t for t in data["tracks"]}
    assert set(tracks) == {"general", "work_stress"}
    for track in tracks.values():
        assert [s["number"] for s in track["steps"]] == [1, 2, 3, 4, 5, 6, 7]
        assert track["steps"][-1]["id"] == "counseling"
        assert all(isinstance(s["actions"], int) and s["actions"] >= 2 for s in track["steps"])
        assert all(s["title"] for s in track["steps"])
    assert tracks["work_stress"]["steps"][4]["actions"] == 7
    sizes = data["catalogues"]
    assert sizes["micro_connections"] >= 40
    assert sizes["tune_up_questions"] == 2
    assert sizes["mistakes"] >= 8 and sizes["care_forms"] >= 5 and sizes["contexts"] == 8


def test_outline_text_is_readable(run_nearer):
    done = run_nearer("content", "outline")
    assert done.returncode == 0
    assert "general: " in done.stdout and "  7. counseling - " in done.stdout and "micro_connections:" in done.stdout
