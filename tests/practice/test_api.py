"""/api/v1 for the practice: the same scope as the pages, JSON errors for bad input."""

import pytest
from django.test import Client

from nearer.practice.models import LogEntry, Need
from tests.factories import key_for
from tests.practice.test_log_services import KINDS, log

JSON = "application/json"


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_is_logged_through_the_api(clients, kind):
    response = clients["self"].post("/api/v1/log", {"kind": kind, "note": "by api", **KINDS[kind]}, content_type=JSON)
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["kind"] == kind and data["note"] == "by api" and data["mine"] and not data["shared"]
    assert LogEntry.objects.get().visibility == "private"


@pytest.mark.parametrize("body, status", [
    ({"kind": "moment", "topic": "conversation"}, 400),
    ({"kind": "rough", "defensiveness": 9}, 400),
    ({"kind": "appreciation", "occurred_at": "2999-01-01T00:00:00Z"}, 400),
    ({"kind": "appreciation", "note": "x" * 2001}, 400),
    ({"kind": "appreciation", "defensiveness": "lots"}, 422),
    ({"note": "no kind"}, 422),
])
def test_bad_log_input_answers_json_and_saves_nothing(clients, body, status):
    response = clients["self"].post("/api/v1/log", body, content_type=JSON)
    assert response.status_code == status and "detail" in response.json()
    assert not LogEntry.objects.exists()


def test_the_week_list_holds_own_and_partner_shared_entries_only(clients, people, now):
    alex, sam = people["self"], people["partner"]
    log(alex, now, note="mine")
    shared = log(sam, now, "affection", note="theirs, shared")
    log(sam, now, note="theirs, private")
    clients["partner"].post(f"/api/v1/log/{shared.pk}/share")
    notes = sorted(e["note"] for e in clients["self"].get("/api/v1/log").json())
    assert notes == ["mine", "theirs, shared"]


@pytest.mark.parametrize("role", ["partner", "other_couple", "former_member"])
def test_a_private_entry_is_not_found_for_anyone_else(clients, people, now, role):
    entry = log(people["self"], now)
    client = clients[role]
    assert client.get(f"/api/v1/log/{entry.pk}").status_code == 404
    assert client.put(f"/api/v1/log/{entry.pk}", {"kind": "appreciation"}, content_type=JSON).status_code == 404
    assert client.delete(f"/api/v1/log/{entry.pk}").status_code == 404
    assert client.post(f"/api/v1/log/{entry.pk}/share").json() == {"detail": "Not found."}
    assert LogEntry.objects.get(pk=entry.pk).visibility == "private"


def test_the_author_changes_shares_and_deletes_an_entry(clients, people, now):
    entry = log(people["self"], now, "bid")
    client = clients["self"]
    changed = client.put(f"/api/v1/log/{entry.pk}", {"kind": "bid", "response": "away"}, content_type=JSON).json()
    assert changed["response"] == "away"
    assert client.post(f"/api/v1/log/{entry.pk}/share").json()["shared"] is True
    assert client.post(f"/api/v1/log/{entry.pk}/unshare").json()["shared"] is False
    assert client.delete(f"/api/v1/log/{entry.pk}").status_code == 204
    assert not LogEntry.objects.exists()


def test_a_bad_week_is_refused(clients):
    response = clients["self"].get("/api/v1/log?week=soon")
    assert response.status_code == 400 and "YYYY-Www" in response.json()["detail"]


def test_anonymous_gets_401_everywhere(db):
    client = Client()
    for url in ("/api/v1/log", "/api/v1/needs", "/api/v1/tuneups/current"):
        assert client.get(url).status_code == 401


def test_the_tune_up_is_answered_and_read_back_through_the_api(clients):
    saved = clients["self"].put("/api/v1/tuneups/current", {"first": "a", "second": "b", "share": True},
                                content_type=JSON)
    assert saved.status_code == 200
    data = saved.json()
    assert data["mine"] == {"first": "a", "second": "b"} and data["shared"] and not data["revealed"]
    assert data["partner"] is None and len(data["questions"]) == 2
    assert clients["self"].delete("/api/v1/tuneups/current").status_code == 204


def test_needs_through_the_api_respect_the_limit_of_three(clients):
    body = {"need": "n", "action": "a", "who": "me", "how_often": "daily"}
    for _ in range(3):
        assert clients["self"].post("/api/v1/needs", body, content_type=JSON).status_code == 201
    refused = clients["self"].post("/api/v1/needs", body, content_type=JSON)
    assert refused.status_code == 409 and "Set one aside" in refused.json()["detail"]
    need_id = Need.objects.first().pk
    assert clients["self"].post(f"/api/v1/needs/{need_id}/set-aside").json()["active"] is False
    assert clients["self"].post("/api/v1/needs", body, content_type=JSON).status_code == 201
    assert clients["self"].post(f"/api/v1/needs/{need_id}/focus").status_code == 409


def test_the_partner_reads_a_shared_need_and_cannot_change_it(clients, people, now):
    from nearer.practice import services

    alex = people["self"]
    need = services.need_create(user=alex, need="quiet", action="a", who="me", how_often="daily",
                                key=key_for(alex), now=now)
    clients["self"].post(f"/api/v1/needs/{need.pk}/share")
    assert clients["partner"].get(f"/api/v1/needs/{need.pk}").json()["need"] == "quiet"
    body = {"need": "n", "action": "a", "who": "me", "how_often": "daily"}
    assert clients["partner"].put(f"/api/v1/needs/{need.pk}", body, content_type=JSON).status_code == 404
    assert clients["partner"].delete(f"/api/v1/needs/{need.pk}").status_code == 404


def test_a_locked_private_space_answers_423(clients):
    client = clients["self"]
    client.cookies.pop("nearer_unlock")  # the browser lost the secret that opens the data key
    response = client.get("/api/v1/log")
    assert response.status_code == 423 and "locked" in response.json()["detail"]


def test_the_practice_operations_are_in_the_openapi_schema(db):
    paths = Client().get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/log", "/api/v1/log/{entry_id}", "/api/v1/log/{entry_id}/share", "/api/v1/tuneups/{week}",
                 "/api/v1/needs", "/api/v1/needs/{need_id}"):
        assert path in paths
