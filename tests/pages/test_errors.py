import pytest
from django.test import Client

from tests.conftest import client_for


@pytest.mark.django_db
def test_missing_page_is_a_friendly_404(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_unexpected_failure_shows_a_calm_500_without_a_traceback(alex, monkeypatch):
    def boom(**kwargs):
        raise RuntimeError("internal detail that must not leak")

    monkeypatch.setattr("nearer.pages.views.services.home_state", boom)
    client = client_for(alex)
    client.raise_request_exception = False
    response = client.get("/home/")
    body = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in body
    assert "Traceback" not in body and "internal detail" not in body


@pytest.mark.django_db
def test_post_without_csrf_token_changes_nothing_and_says_why(alex):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alex)
    response = strict.post("/couple/create/", {"partner_label": "Sam"})
    assert response.status_code == 403
    assert "nothing was changed" in response.content.decode()
    from nearer.couples.models import Couple

    assert Couple.objects.count() == 0
