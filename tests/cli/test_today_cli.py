"""`nearer today --user EMAIL [--json]`, run in-process against the test database."""

import json

import pytest
from typer.testing import CliRunner

from nearer.cli.main import app
from tests.agreements.helpers import make_agreement
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _run(*args, password=PASSWORD):
    return CliRunner().invoke(app, ["today", *args], env={"NEARER_PASSWORD": password})


def test_today_prints_what_is_due_as_json(alex, now):
    make_agreement(alex, title="Tea on the balcony", now=now)
    result = _run("--user", "alex@example.com", "--json")
    assert result.exit_code == 0, result.output
    assert [item["title"] for item in json.loads(result.stdout)["due_today"]] == ["Tea on the balcony"]


def test_today_prints_plain_lines(alex, now):
    make_agreement(alex, title="Tea on the balcony", now=now)
    result = _run("--user", "ALEX@example.com")
    assert result.exit_code == 0 and "20:00  Tea on the balcony" in result.stdout
    assert "Next tune-up: no weekly slot yet" in result.stdout


def test_a_wrong_password_prints_one_line_and_exits_1(alex):
    result = _run("--user", "alex@example.com", password="not it")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "does not open" in result.stderr


def test_an_unknown_person_prints_one_line_and_exits_1(db):
    result = _run("--user", "nobody@example.com")
    assert result.exit_code == 1 and result.stderr.strip() == "Error: no account has that e-mail address."
