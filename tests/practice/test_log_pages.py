"""The log pages: the quick log for every kind, the entry page, and who may reach what."""

import pytest
from django.test import Client

from nearer.practice.models import LogEntry
from tests.conftest import page_body
from tests.practice.test_log_services import log
from nearer.practice import services
from tests.factories import key_for

QUICK = {
    "moment": {"topic": "their_day", "initiator": "partner"},
    "appreciation": {},
    "affection": {},
    "bid": {"response": "against"},
    "rough": {"defensiveness": "2", "repaired_at": ""},
    "weekly": {"safety": "6", "closeness": "4"},
}


@pytest.mark.parametrize("kind", QUICK)
def test_the_quick_log_saves_each_kind_in_one_post(clients, people, kind):
    response = clients["self"].post("/practice/log/", {"kind": kind, "note": "small thing", **QUICK[kind]})
    assert response.status_code == 302
    entry = LogEntry.objects.get()
    assert entry.kind == kind and entry.author == people["self"] and entry.visibility == "private"
    page = clients["self"].get("/practice/log/").content.decode()
    assert "small thing" in page and "Logged, privately." in page


def test_the_quick_log_shows_every_kind_and_seven_closeness_circles(clients):
    page = clients["self"].get("/practice/log/").content.decode()
    for title in ("A moment that went well", "Appreciation I gave", "Affection", "A bid I noticed",
                  "A rough moment", "This week&#x27;s safety and closeness"):
        assert title in page
    assert page.count('name="closeness"') == 7 and page.count("<svg") >= 7


@pytest.mark.parametrize("data, words", [
    ({"kind": "moment", "topic": "conversation"}, "who started it"),
    ({"kind": "rough"}, "how defensive"),
    ({"kind": "weekly", "safety": "9", "closeness": "3"}, "Select a valid choice"),
    ({"kind": "nonsense"}, "Select a valid choice"),
    ({"kind": "appreciation", "note": "x" * 2001}, "at most 2000"),
])
def test_a_bad_quick_log_says_why_and_saves_nothing(clients, data, words):
    response = clients["self"].post("/practice/log/", data)
    assert response.status_code == 400 and words in response.content.decode()
    assert "Nothing was logged" in response.content.decode()
    assert not LogEntry.objects.exists()


def test_a_refused_note_stays_in_its_box_to_shorten(clients):
    response = clients["self"].post("/practice/log/", {"kind": "appreciation", "note": "y" * 2001})
    assert "y" * 2001 in response.content.decode()


def test_anonymous_is_sent_to_log_in(db):
    response = Client().get("/practice/log/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_the_author_edits_an_entry_on_its_page(clients, people, now):
    entry = log(people["self"], now, "bid")
    response = clients["self"].post(f"/practice/log/{entry.pk}/", {"kind": "bid", "response": "toward", "note": "better"})
    assert response.status_code == 302
    assert LogEntry.objects.get(pk=entry.pk).response == "toward"


def test_the_partner_reads_a_shared_entry_but_cannot_change_it(clients, people, now):
    alex = people["self"]
    entry = log(alex, now, "moment", note="we walked by the river")
    services.log_set_visibility(user=alex, entry_id=entry.pk, visibility="shared", key=key_for(alex), now=now)
    page = clients["partner"].get(f"/practice/log/{entry.pk}/")
    body = page.content.decode()
    assert page.status_code == 200 and "we walked by the river" in body and "Alex logged" in body
    assert "Delete this entry" not in body
    assert clients["partner"].post(f"/practice/log/{entry.pk}/", {"kind": "moment", "note": "x"}).status_code == 404
    assert clients["partner"].post(f"/practice/log/{entry.pk}/delete/").status_code == 404


@pytest.mark.parametrize("role", ["partner", "other_couple", "former_member"])
def test_a_private_entry_answers_others_exactly_like_a_missing_one(clients, people, now, role):
    entry = log(people["self"], now, note="only mine")
    client = clients[role]
    missing = client.get("/practice/log/00000000-0000-4000-8000-000000000000/")
    response = client.get(f"/practice/log/{entry.pk}/")
    assert response.status_code == 404 and page_body(response) == page_body(missing)
    assert "only mine" not in client.get("/practice/log/").content.decode()


def test_sharing_and_unsharing_from_the_entry_page(clients, people, now):
    entry = log(people["self"], now)
    clients["self"].post(f"/practice/log/{entry.pk}/visibility/", {"visibility": "shared"})
    assert LogEntry.objects.get(pk=entry.pk).is_shared
    clients["self"].post(f"/practice/log/{entry.pk}/visibility/", {"visibility": "private"})
    assert not LogEntry.objects.get(pk=entry.pk).is_shared


def test_the_author_deletes_an_entry(clients, people, now):
    entry = log(people["self"], now)
    assert clients["self"].post(f"/practice/log/{entry.pk}/delete/").status_code == 302
    assert not LogEntry.objects.exists()


def test_the_navigation_leads_to_the_log(clients):
    assert 'href="/practice/log/"' in clients["self"].get("/privacy/").content.decode()
