"""`nearer log add` and `nearer log week`, run in-process against the test database."""

import json

import pytest
from typer.testing import CliRunner

from nearer.cli.main import app
from nearer.practice.models import LogEntry
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def run(*args, password=PASSWORD):
    return CliRunner().invoke(app, ["log", *args], env={"NEARER_PASSWORD": password})


def test_an_entry_added_from_the_command_line_is_listed_for_the_week(people):
    added = run("add", "--user", "alex@example.com", "--kind", "moment", "--who-started", "partner",
                "--topic", "their_day", "--note", "told me about the meeting", "--json")
    assert added.exit_code == 0, added.output
    assert json.loads(added.output)["initiator"] == "partner"
    listed = run("week", "--user", "alex@example.com", "--json")
    data = json.loads(listed.output)
    assert [e["note"] for e in data["entries"]] == ["told me about the meeting"]
    assert LogEntry.objects.get().visibility == "private"


def test_the_plain_week_listing_reads_as_lines(people):
    run("add", "--user", "alex@example.com", "--kind", "bid", "--response", "toward")
    out = run("week", "--user", "alex@example.com").output
    assert "1 entries" in out and "A bid I noticed · I turned toward it" in out


def test_a_wrong_password_prints_one_line_and_changes_nothing(people):
    result = run("add", "--user", "alex@example.com", "--kind", "affection", password="not it")
    assert result.exit_code == 1 and result.output.strip().count("\n") == 0
    assert "do not open" in result.output and not LogEntry.objects.exists()


def test_an_unknown_person_gets_the_same_answer_as_a_wrong_password(people):
    result = run("week", "--user", "nobody@example.com")
    assert result.exit_code == 1 and "do not open" in result.output


@pytest.mark.parametrize("args, words", [
    (["--kind", "rough"], "how defensive"),
    (["--kind", "weekly", "--safety", "3", "--closeness", "11"], "how close"),
    (["--kind", "appreciation", "--at", "yesterday"], "--at"),
])
def test_bad_input_prints_one_line_and_saves_nothing(people, args, words):
    result = run("add", "--user", "alex@example.com", *args)
    assert result.exit_code == 1 and words in result.output and not LogEntry.objects.exists()


def test_a_bad_week_is_refused(people):
    result = run("week", "--user", "alex@example.com", "--week", "2026-W60")
    assert result.exit_code == 1 and "no week 60" in result.output
