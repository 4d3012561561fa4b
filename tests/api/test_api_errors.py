"""Every /api/v1/ error is JSON {"detail": ...} with a 4xx status, an oversized body is refused with
413 and one short WARNING line (no traceback, no body), and the schema documents the error answers
and the length limits."""

import json
import logging

import pytest
from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.test import Client, RequestFactory

from nearer.config.api import api
from nearer.core.coach import MAX_CHARS
from tests.conftest import client_for

SCHEMA_URL = "/api/v1/openapi.json"


def _operations() -> list[tuple[str, str]]:
    schema = Client().get(SCHEMA_URL).json()
    return [(path, method.upper()) for path, item in schema["paths"].items() for method in item]


def _assert_json_error(response, status: int):
    assert response.status_code == status, response.content[:200]
    assert response["Content-Type"].startswith("application/json")
    detail = json.loads(response.content)["detail"]
    assert isinstance(detail, str) and detail


def _assert_quiet_log(caplog, body_marker: str):
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(records) <= 1, [r.getMessage() for r in records]
    for record in records:
        assert record.levelno == logging.WARNING and not record.exc_info
        assert body_marker not in record.getMessage()


@pytest.mark.parametrize("actor", ["anonymous", "alex"])
def test_an_oversized_body_gets_413_json_on_every_operation(alex, caplog, actor):
    client = Client() if actor == "anonymous" else client_for(alex)
    body = '{"text": "' + "canarybody" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 10) + '"}'
    operations = _operations()
    assert ("/api/v1/coach", "POST") in operations and ("/api/v1/me", "GET") in operations
    for path, method in operations:
        caplog.clear()
        with caplog.at_level(logging.DEBUG):
            response = client.generic(method, path, body, content_type="application/json")
        _assert_json_error(response, 413)
        _assert_quiet_log(caplog, "canarybody")


def test_an_api_path_that_does_not_exist_answers_json_404(alex):
    _assert_json_error(client_for(alex).get("/api/v1/no-such-thing"), 404)
    _assert_json_error(Client().get("/api/v1/no-such-thing"), 404)


def test_a_wrong_method_answers_json_405_naming_the_allowed_ones(alex):
    response = client_for(alex).post("/api/v1/me", {})
    _assert_json_error(response, 405)
    assert "GET" in response["Allow"]


def test_a_post_without_the_csrf_token_answers_json_403(alex):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alex)
    _assert_json_error(client.post("/api/v1/coach", {"text": "hello"}, content_type="application/json"), 403)


def test_a_too_big_body_met_while_reading_answers_json_413(db):
    request = RequestFactory().post("/api/v1/coach", "{}", content_type="application/json")
    response = api.on_exception(request, RequestDataTooBig("Request body exceeded the limit."))
    _assert_json_error(response, 413)
    _assert_json_error(api.on_exception(request, TooManyFieldsSent("Too many fields.")), 400)


def test_the_schema_documents_error_answers_for_every_operation():
    schema = Client().get(SCHEMA_URL).json()
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            codes = set(operation["responses"])
            assert "413" in codes, f"{method} {path}: {codes}"
            if operation.get("security"):
                assert {"401", "403", "404", "422"} <= codes, f"{method} {path}: {codes}"
    assert "400" in schema["paths"]["/api/v1/coach"]["post"]["responses"]


def test_the_schema_gives_the_coach_text_its_length_limit():
    schema = Client().get(SCHEMA_URL).json()
    fields = schema["components"]["schemas"]["CoachIn"]["properties"]
    assert fields["text"]["maxLength"] == MAX_CHARS
    reply_to = [fields["reply_to"], *fields["reply_to"].get("anyOf", [])]
    assert any(part.get("maxLength") == MAX_CHARS for part in reply_to)
