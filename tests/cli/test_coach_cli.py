"""Run the real `nearer coach` entry point: output formats, errors, exit codes, no Django."""

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
NEARER = ROOT / ".venv" / "bin" / "nearer"
PYTHON = pathlib.Path(sys.executable)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(NEARER), "coach", *args], input=stdin, capture_output=True, text=True,
                          timeout=60)


def test_coach_prints_a_readable_report_with_highlighted_spans():
    out = run("You never talk to me anymore.")
    assert out.returncode == 0
    assert "needs softening" in out.stdout
    assert "[!You never!]" in out.stdout
    assert "I-statement builder:" in out.stdout


def test_coach_json_prints_the_documented_shape():
    out = run("--json", "Whatever. Do what you want.")
    data = json.loads(out.stdout)
    assert out.returncode == 0
    assert data["verdict"] == "harsh" and 0 <= data["score"] <= 100
    assert {f["category"] for f in data["findings"]} >= {"contempt", "stonewalling"}
    assert data["rewrites"] and "listening" not in data


def test_coach_reply_to_adds_the_listening_check():
    out = run("--json", "--reply-to", "Work is crushing me.", "Anyway, what's for dinner?")
    assert json.loads(out.stdout)["listening"]["reflects"] is False


def test_coach_jsonl_writes_one_result_per_line_and_keeps_going_after_bad_lines():
    lines = "\n".join([
        json.dumps({"id": "a", "text": "You always make me laugh."}),
        "this is not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "So you're exhausted?", "reply_to": "I'm exhausted."}),
    ]) + "\n"
    out = run("--jsonl", stdin=lines)
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 1
    assert [r.get("id") for r in results] == ["a", None, "b", "c", "d"]
    assert results[0]["verdict"] == "gentle"
    assert all("error" in r for r in results[1:4])
    assert results[4]["listening"]["reflects"] is True


def test_coach_jsonl_exits_zero_when_every_line_works():
    out = run("--jsonl", stdin=json.dumps({"id": 1, "text": "Thank you."}) + "\n")
    assert out.returncode == 0 and json.loads(out.stdout)["id"] == 1


def test_empty_text_prints_one_error_line_and_exits_1():
    out = run("   ")
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.startswith("Error: ") and len(out.stderr.strip().splitlines()) == 1


def test_too_long_text_names_the_limit():
    out = run("a" * 10_001)
    assert out.returncode == 1 and "10,000" in out.stderr


def test_non_english_text_is_refused_with_one_line():
    out = run("No quiero hablar contigo, siempre haces lo mismo.")
    assert out.returncode == 1 and "English" in out.stderr


def test_coach_help_describes_every_option():
    out = subprocess.run([str(NEARER), "coach", "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    for option in ("--reply-to", "--json", "--jsonl"):
        assert option in out.stdout
    root = subprocess.run([str(NEARER), "--help"], capture_output=True, text=True, timeout=60)
    assert root.returncode == 0 and "coach" in root.stdout


def test_running_the_coach_command_does_not_import_django():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from nearer.cli.main import app\n"
        "result = CliRunner().invoke(app, ['coach', '--json', 'You never call.'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))\n"
    )
    out = subprocess.run([str(PYTHON), "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
