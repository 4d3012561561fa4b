"""POST /api/v1/coach: the same reading as the CLI and the core, errors as 4xx {"detail"}."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from nearer.core.coach import review
from tests.conftest import client_for

NEARER = Path(sys.executable).with_name("nearer")
URL = "/api/v1/coach"


def _cli_json(*args: str) -> dict:
    done = subprocess.run([str(NEARER), "coach", "--json", *args], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def _post(client, body):
    return client.post(URL, body, content_type="application/json")


@pytest.mark.parametrize("text, reply_to", [
    ("You never listen to me.", None),
    ("I miss our evening walks. Could we take one on Sunday?", None),
    ("You always do this, you are so selfish!", None),
    ("It sounds like work has been crushing you this month.", "My boss keeps piling more onto me and I can't keep up."),
])
def test_api_cli_and_core_give_the_same_reading(alex, text, reply_to):
    args = [text] + (["--reply-to", reply_to] if reply_to else [])
    response = _post(client_for(alex), {"text": text, "reply_to": reply_to})
    assert response.status_code == 200
    assert response.json() == _cli_json(*args) == review(text, reply_to=reply_to).to_dict()


def test_listening_is_left_out_without_a_reply_and_present_with_one(alex):
    client = client_for(alex)
    assert "listening" not in _post(client, {"text": "Could we talk tonight?"}).json()
    answer = _post(client, {"text": "You feel left out of the plans.", "reply_to": "Nobody asked me about the trip."})
    assert set(answer.json()["listening"]) == {"reflects", "feedback", "kind"}


def test_anonymous_caller_gets_401():
    response = _post(Client(), {"text": "You never listen to me."})
    assert response.status_code == 401 and response.json() == {"detail": "Log in first."}


@pytest.mark.parametrize("text, words", [
    ("   ", "empty"),
    ("I would like to talk. " * 500, "10,000"),
    ("Je voudrais que nous parlions ce soir de notre semaine, tu me manques beaucoup.", "English"),
])
def test_text_the_coach_cannot_read_gets_400_with_a_detail(alex, text, words):
    response = _post(client_for(alex), {"text": text})
    assert response.status_code == 400
    assert words in response.json()["detail"]


def test_reply_to_that_is_not_english_gets_400(alex):
    response = _post(client_for(alex), {"text": "I hear you.", "reply_to": "Ich bin heute sehr müde und möchte nicht reden."})
    assert response.status_code == 400 and "partner's message" in response.json()["detail"]


@pytest.mark.parametrize("body", [{}, {"text": 5}, {"text": ["a"]}, {"reply_to": "hello"}])
def test_missing_or_mistyped_text_gets_422(alex, body):
    response = _post(client_for(alex), body)
    assert response.status_code == 422 and "detail" in response.json()


def test_malformed_json_gets_a_4xx_not_a_500(alex):
    response = client_for(alex).post(URL, "{not json", content_type="application/json")
    assert response.status_code == 400 and response.json() == {"detail": "Cannot parse request body"}


def test_openapi_schema_publishes_the_coach_endpoint():
    schema = Client().get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/coach"]["post"]
    assert {"200", "400"} <= set(operation["responses"])
    assert {"CoachIn", "CoachOut", "FindingOut"} <= set(schema["components"]["schemas"])


def test_the_api_stores_nothing(alex):
    from nearer.coach.models import CoachDraft

    _post(client_for(alex), {"text": "You never listen to me."})
    assert CoachDraft.objects.count() == 0
