import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import PASSWORD

URL = reverse("accounts:login")


def test_login_with_right_password_works(client, alex):
    response = client.post(URL, {"username": "alex@example.com", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("pages:home")).status_code == 200


def test_login_ignores_email_case(client, alex):
    response = client.post(URL, {"username": "ALEX@example.com", "password": PASSWORD})
    assert response.status_code == 302


def test_wrong_password_and_unknown_email_get_the_same_answer(client, alex):
    wrong = client.post(URL, {"username": "alex@example.com", "password": "not it at all"})
    unknown = client.post(URL, {"username": "nobody@example.com", "password": "not it at all"})
    assert wrong.status_code == unknown.status_code == 200
    assert wrong.context["form"].non_field_errors() == unknown.context["form"].non_field_errors()


def test_logout_needs_a_post(client, alex):
    client.force_login(alex)
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert client.get(reverse("pages:home")).status_code == 302


@pytest.mark.django_db
def test_login_page_sets_csrf_and_refuses_posts_without_it(alex):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(URL, {"username": alex.email, "password": PASSWORD})
    assert response.status_code == 403


def test_failures_on_one_account_do_not_lock_out_another(alex, sam, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT + 1):
        Client(REMOTE_ADDR=f"10.0.2.{attempt + 1}").post(URL, {"username": alex.email, "password": "wrong"})
    other = Client(REMOTE_ADDR="10.0.3.1").post(URL, {"username": sam.email, "password": PASSWORD})
    assert other.status_code == 302
