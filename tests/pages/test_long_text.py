"""Defect 9: long text is never cut by the browser; the server refuses it with a clear message,
and every long text box carries its limit for the live counter (static/js/nearer.js)."""

import re

import pytest
from django.urls import reverse

from nearer.core.errors import InvalidInputError
from nearer.core.program.answers import check_free_text
from nearer.journal.models import JournalEntry
from nearer.program.models import Check
from tests.conftest import client_for
from tests.program.helpers import answer_safety

REFUSAL = "characters long; the limit is 10,000 characters"


def _textareas(page: str) -> list[str]:
    return re.findall(r"<textarea[^>]*>", page)


def test_journal_box_has_a_counter_limit_and_no_silent_cut(alex):
    boxes = _textareas(client_for(alex).get(reverse("journal:index")).content.decode())
    assert boxes and all('data-max-chars="10000"' in box and "maxlength" not in box for box in boxes)


def test_over_long_journal_entry_is_refused_with_a_clear_message_and_kept_in_the_box(alex):
    text = "word " * 2000 + "x"  # 10,001 characters
    response = client_for(alex).post(reverse("journal:index"), {"body": text})
    page = response.content.decode()
    assert response.status_code == 400
    assert f"This is 10,001 {REFUSAL}" in page
    assert "Ensure this value" not in page
    assert text.strip() in page
    assert JournalEntry.objects.count() == 0


@pytest.mark.parametrize("page_name", ["program:check", "program:reflection"])
def test_program_boxes_have_a_counter_limit_and_no_silent_cut(alex, page_name):
    client = client_for(alex)
    answer_safety(client)
    boxes = _textareas(client.get(reverse(page_name)).content.decode())
    assert boxes and all("data-max-chars=" in box and "maxlength" not in box for box in boxes)


def test_check_takes_the_same_limit_and_refusal_as_everything_else(alex):
    client = client_for(alex)
    answer_safety(client)
    response = client.post(reverse("program:check"), {"free_text": "x" * 10_001})
    assert response.status_code == 400
    assert f"This is 10,001 {REFUSAL}" in response.content.decode()
    assert Check.objects.count() == 0
    with pytest.raises(InvalidInputError):
        check_free_text("x" * 10_001)
    assert check_free_text("x" * 10_000) == "x" * 10_000


def test_counter_script_is_a_static_file(client, db):
    from django.contrib.staticfiles import finders

    script = open(finders.find("js/nearer.js"), encoding="utf-8").read()
    assert "data-max-chars" in script
