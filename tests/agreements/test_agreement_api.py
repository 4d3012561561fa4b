"""/api/v1 agreements, marks, parking lot and Today: same rules and scope as the pages."""

import json

import pytest
from django.test import Client

from nearer.agreements.models import Agreement, Mark
from tests.agreements.helpers import make_agreement
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
BASE = "/api/v1"


def _post(client, path, body):
    return client.post(BASE + path, json.dumps(body), content_type="application/json")


def _body(**changes):
    return {"kind": "micro_connection", "title": "Tea on the balcony", "frequency": "weekdays", "weekdays": [0, 3],
            "at": "20:00", "duration_minutes": 15, "starts_on": "2026-01-05", **changes}


def test_an_agreement_is_created_read_and_listed(alex):
    client = client_for(alex)
    created = _post(client, "/agreements", _body())
    assert created.status_code == 201, created.json()
    data = created.json()
    assert data["weekdays"] == [0, 3] and data["schedule_text"] == "Mondays and Thursdays at 20:00, 15 minutes"
    assert client.get(f"{BASE}/agreements/{data['id']}").json() == data
    assert [a["id"] for a in client.get(f"{BASE}/agreements").json()] == [data["id"]]


def test_bad_input_answers_400_with_a_detail_and_stores_nothing(alex):
    response = _post(client_for(alex), "/agreements", _body(kind="pause_signal", frequency="as_needed",
                                                           duration_minutes=5, phrase="Time out"))
    assert response.status_code == 400 and "between 20 and 1440" in response.json()["detail"]
    assert not Agreement.objects.exists()


def test_a_proposal_is_answered_by_the_partner_and_a_stale_answer_is_409(alex, sam, alex_and_sam):
    created = _post(client_for(alex), "/agreements", _body(propose=True)).json()
    sam_client = client_for(sam)
    assert sam_client.get(f"{BASE}/agreements/{created['id']}").json()["awaiting_me"] is True
    answered = _post(sam_client, f"/agreements/{created['id']}/answer", {"answer": "accept", "version": 1})
    assert answered.status_code == 200 and answered.json()["status"] == "active"
    stale = _post(client_for(alex), f"/agreements/{created['id']}/status", {"action": "end", "version": 1})
    assert stale.status_code == 409 and "changed meanwhile" in stale.json()["detail"]


def test_a_counter_proposal_through_put(alex, sam, alex_and_sam):
    created = _post(client_for(alex), "/agreements", _body(propose=True)).json()
    response = client_for(sam).put(f"{BASE}/agreements/{created['id']}", json.dumps(_body(title="Later", version=1)),
                                   content_type="application/json")
    assert response.status_code == 200 and response.json()["awaiting_partner"] is True


def test_marks_are_set_and_a_foreign_agreement_answers_404(alex, kim, now):
    agreement = make_agreement(alex, now=now)
    today = now.date().isoformat()
    response = _post(client_for(alex), f"/agreements/{agreement.pk}/marks", {"on": today, "status": "done"})
    assert response.status_code == 200 and response.json()["status"] == "done"
    for path, body in ((f"/agreements/{agreement.pk}/marks", {"on": today, "status": "done"}),
                       (f"/agreements/{agreement.pk}/answer", {"answer": "accept", "version": 1}),
                       (f"/agreements/{agreement.pk}/status", {"action": "end", "version": 1})):
        foreign = _post(client_for(kim), path, body)
        assert foreign.status_code == 404 and foreign.json() == {"detail": "Not found."}
    assert Mark.objects.count() == 1 and Agreement.objects.get().status == "active"


def test_the_parking_lot_through_the_api(alex, kim):
    client = client_for(alex)
    topic = _post(client, "/parking-lot", {"topic": "Quarterly numbers"}).json()
    assert [t["topic"] for t in client.get(f"{BASE}/parking-lot").json()] == ["Quarterly numbers"]
    assert client_for(kim).post(f"{BASE}/parking-lot/{topic['id']}/talked").status_code == 404
    assert client.post(f"{BASE}/parking-lot/{topic['id']}/talked").status_code == 200
    assert client.post(f"{BASE}/parking-lot/{topic['id']}/remove").status_code == 200
    assert client.get(f"{BASE}/parking-lot").json() == []
    assert _post(client, "/parking-lot", {"topic": " "}).status_code == 400


def test_today_answers_the_same_shape_as_the_cli(alex, now):
    make_agreement(alex, title="Tea on the balcony", now=now)
    data = client_for(alex).get(f"{BASE}/today").json()
    assert [item["title"] for item in data["due_today"]] == ["Tea on the balcony"]
    assert set(data) == {"today", "due_today", "this_week", "next_talk", "next_tune_up", "pause", "parking_lot",
                         "waiting_for_my_answer"}


def test_anonymous_callers_get_401(client):
    assert client.get(f"{BASE}/today").status_code == 401


def test_the_operations_are_in_the_openapi_schema(db):
    paths = Client().get(f"{BASE}/openapi.json").json()["paths"]
    for path in ("/api/v1/agreements", "/api/v1/agreements/{agreement_id}", "/api/v1/agreements/{agreement_id}/marks",
                 "/api/v1/parking-lot", "/api/v1/today"):
        assert path in paths
