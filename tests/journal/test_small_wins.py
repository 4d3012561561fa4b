"""Small wins: the shared part of the journal, which both partners add to and read."""

import pytest

from nearer.core.errors import ConflictError
from nearer.journal import selectors, services
from nearer.journal.models import JournalEntry
from tests.conftest import client_for
from tests.factories import answer_screen, key_for


def test_a_win_added_by_one_partner_is_read_by_both(alex_and_sam, alex, sam):
    client_for(alex).post("/journal/wins/", {"body": "We laughed at dinner"})
    client_for(sam).post("/journal/wins/", {"body": "Sam cooked on Tuesday"})
    for person in (alex, sam):
        page = client_for(person).get("/journal/wins/").content.decode()
        assert "We laughed at dinner" in page and "Sam cooked on Tuesday" in page
    assert set(JournalEntry.objects.values_list("visibility", flat=True)) == {"shared"}


def test_private_journal_entries_never_appear_among_the_wins(alex_and_sam, alex, sam, now):
    services.entry_create(user=alex, body="PRIVATE-THOUGHT", key=key_for(alex), now=now)
    for person in (alex, sam):
        assert "PRIVATE-THOUGHT" not in client_for(person).get("/journal/wins/").content.decode()
    assert selectors.win_list(user=alex) == []


def test_another_couple_sees_none_of_the_wins(alex_and_sam, alex, kim_space, kim, now):
    services.win_create(user=alex, body="OUR-WIN", key=key_for(alex), now=now)
    assert "OUR-WIN" not in client_for(kim).get("/journal/wins/").content.decode()


def test_without_a_partner_in_the_space_a_win_is_refused_and_nothing_saved(alex, now):
    with pytest.raises(ConflictError, match="once your partner"):
        services.win_create(user=alex, body="alone", key=key_for(alex), now=now)
    assert not JournalEntry.objects.exists()
    page = client_for(alex).get("/journal/wins/").content.decode()
    assert 'name="body"' not in page and "couple space" in page


def test_under_a_safety_concern_no_win_can_be_shared(alex_and_sam, alex, now):
    from nearer.core.program import load_program

    answer_screen(alex, yes=[load_program().safety.questions[0].id], now=now)
    with pytest.raises(ConflictError):
        services.win_create(user=alex, body="x", key=key_for(alex), now=now)
    assert not JournalEntry.objects.exists()
    assert 'name="body"' not in client_for(alex).get("/journal/wins/").content.decode()


def test_an_empty_win_is_refused_on_the_page(alex_and_sam, alex):
    response = client_for(alex).post("/journal/wins/", {"body": "  "})
    assert response.status_code == 400 and not JournalEntry.objects.exists()
