import pytest
from django.test import Client

from tests.conftest import client_for


@pytest.mark.django_db
def test_health_answers_without_login(client):
    response = client.get("/api/v1/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_me_needs_login_and_answers_json(client):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json() == {"detail": "Log in first."}


def test_me_describes_the_person(alex_and_sam, alex):
    data = client_for(alex).get("/api/v1/me").json()
    assert data == {"display_name": "Alex", "time_zone": "UTC", "has_couple_space": True, "partner_joined": True}


@pytest.mark.django_db
def test_openapi_schema_is_published(client):
    schema = Client().get("/api/v1/openapi.json").json()
    assert "/api/v1/me" in schema["paths"]
