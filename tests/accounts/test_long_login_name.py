"""A login name longer than any account's email is refused by the form, before anything looks it up
or records it (on PostgreSQL the throttle's 255-character column once turned it into a server error)."""

from django.test import Client
from django.urls import reverse

LONG_EMAIL = "a" * 288 + "@example.com"


def test_login_with_a_300_character_email_gets_a_form_error(db):
    assert len(LONG_EMAIL) == 300
    response = Client().post(reverse("accounts:login"), {"username": LONG_EMAIL, "password": "whatever it is"})
    assert response.status_code == 200
    assert response.context["form"].errors["username"]


def test_reset_with_a_300_character_email_gets_a_form_error(db):
    response = Client().post(reverse("accounts:password_reset"), {"email": LONG_EMAIL})
    assert response.status_code == 200
    assert response.context["form"].errors["email"]


def test_login_with_an_overlong_password_gets_a_form_error(alex):
    response = Client().post(reverse("accounts:login"), {"username": alex.email, "password": "x" * 5000})
    assert response.status_code == 200
    assert response.context["form"].errors["password"]
