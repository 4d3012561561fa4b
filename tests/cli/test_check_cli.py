"""`nearer check` run as the real command: JSON shape, JSON lines, and one-line errors."""

import json


def test_text_json_has_safety_contexts_and_track(run_nearer):
    done = run_nearer("check", "--text", "Since his promotion he works late and his mother calls daily.", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["safety"]["concern"] is False and data["safety"]["reasons"] == []
    assert [c["id"] for c in data["contexts"]] == ["work", "family"]
    assert all(c["evidence"] for c in data["contexts"])
    assert data["track"] == "work_stress"


def test_text_json_reports_a_concern_with_reasons(run_nearer):
    data = json.loads(run_nearer("check", "--text", "He slapped me and checks my phone.", "--json").stdout)
    assert data["safety"]["concern"] is True
    assert data["safety"]["reasons"] == ["violence", "control"]
    assert data["focus_areas"] == ["safety_first"]


def test_negation_gets_a_question_not_a_concern(run_nearer):
    data = json.loads(run_nearer("check", "--text", "He has never once hit me.", "--json").stdout)
    assert data["safety"]["concern"] is False and len(data["safety"]["confirm_questions"]) == 1


def test_text_without_json_prints_a_summary(run_nearer):
    done = run_nearer("check", "--text", "We have drifted apart.")
    assert done.returncode == 0
    assert "Track: general" in done.stdout and "drift:" in done.stdout


def test_jsonl_writes_one_result_per_line_with_its_id(run_nearer):
    lines = "\n".join(json.dumps(x) for x in [
        {"id": "a", "text": "Money is tight and we argue."},
        {"id": 7, "text": "He hits me."},
    ]) + "\n\n"
    done = run_nearer("check", "--jsonl", input=lines)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in results] == ["a", 7]
    assert [c["id"] for c in results[0]["contexts"]] == ["money", "conflict"]
    assert results[1]["safety"]["concern"] is True


def test_jsonl_on_empty_input_prints_nothing(run_nearer):
    done = run_nearer("check", "--jsonl", input="")
    assert done.returncode == 0 and done.stdout == ""


def test_bad_jsonl_line_is_one_error_line_and_no_output(run_nearer):
    done = run_nearer("check", "--jsonl", input='{"id": 1, "text": "fine"}\n{"id": 2}\n')
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == 'Error: line 2: expected an object with "id" and a string "text"'


def test_invalid_json_is_named_by_line(run_nearer):
    done = run_nearer("check", "--jsonl", input="not json\n")
    assert done.returncode == 1 and done.stderr.startswith("Error: line 1: not valid JSON")


def test_text_and_jsonl_together_are_refused(run_nearer):
    done = run_nearer("check", "--text", "hi", "--jsonl", input="")
    assert done.returncode == 1 and done.stderr.strip() == "Error: give either --text or --jsonl"


def test_nothing_to_check_is_refused(run_nearer):
    done = run_nearer("check")
    assert done.returncode == 1 and done.stderr.strip() == "Error: give either --text or --jsonl"


def test_overlong_text_is_one_error_line(run_nearer):
    done = run_nearer("check", "--text", "a" * 20_001, "--json")
    assert done.returncode == 1
    assert done.stderr.strip().startswith("Error: free text is too long")
    assert "Traceback" not in done.stderr
