"""Private pages are not kept by the browser, and Quick exit can end the session: after leaving,
Back and the history ask the server again, which then wants a login."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import PASSWORD, client_for

PRIVATE = ["/home/", "/program/", "/program/safety/", "/journal/", "/coach/", "/couple/",
           "/accounts/profile/", "/help/", "/api/v1/me"]


def _not_stored(response) -> bool:
    return "no-store" in response.get("Cache-Control", "") and response.get("Pragma") == "no-cache"


@pytest.mark.parametrize("path", PRIVATE)
def test_nothing_shown_to_a_logged_in_person_is_kept_by_the_browser(alex, path):
    response = client_for(alex).get(path)
    assert response.status_code in (200, 302), path
    assert _not_stored(response), f"{path}: {response.get('Cache-Control')}"


def test_the_answer_to_logging_in_and_out_is_not_kept_either(alex):
    client = Client()
    assert _not_stored(client.post(reverse("accounts:login"), {"username": alex.email, "password": PASSWORD}))
    assert _not_stored(client.post(reverse("accounts:logout")))


@pytest.mark.django_db
def test_help_is_not_kept_even_for_a_visitor():
    assert _not_stored(Client().get("/help/"))


def test_static_files_keep_their_caching(alex):
    response = client_for(alex).get("/static/css/nearer.css")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


@pytest.mark.parametrize("person", ["alex", "newcomer"])
def test_quick_exit_logout_ends_the_session(person, request):
    client = client_for(request.getfixturevalue(person))
    response = client.post(reverse("pages:quick_logout"))
    assert response.status_code == 204
    assert client.get(reverse("program:index"))["Location"].startswith(reverse("accounts:login"))


def test_quick_exit_logout_needs_the_csrf_token_and_a_post(alex):
    client = client_for(alex)
    client.handler.enforce_csrf_checks = True
    assert client.get(reverse("pages:quick_logout")).status_code == 405
    assert client.post(reverse("pages:quick_logout")).status_code == 403
    assert client.get(reverse("pages:home")).status_code in (200, 302)
    assert "_auth_user_id" in client.session


def test_every_page_for_a_logged_in_person_offers_quick_exit_with_logout(alex):
    page = client_for(alex).get(reverse("pages:home")).content.decode()
    assert f'data-logout="{reverse("pages:quick_logout")}"' in page
    assert "data-logout" not in Client().get(reverse("pages:welcome")).content.decode()
