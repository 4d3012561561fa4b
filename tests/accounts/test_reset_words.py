"""Defect 9: the page that sets a new password after a reset speaks in our words, as sign-up does."""

from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from nearer.accounts.forms import PASSWORD_HELP


def _reset_form_page(client, user) -> str:
    link = reverse("accounts:password_reset_confirm", kwargs={
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": default_token_generator.make_token(user),
    })
    response = client.get(link, follow=True)
    assert response.context["validlink"]
    return response.content.decode()


def test_reset_page_uses_our_password_help_not_the_frameworks(client, alex):
    page = _reset_form_page(client, alex)
    assert PASSWORD_HELP in page
    assert "can’t be too similar" not in page and "can’t be entirely numeric" not in page
    assert "<ul>" not in page.split("<main", 1)[1]


def test_sign_up_shows_the_same_password_help(client, db):
    from tests.conftest import signup_link

    client.post(reverse("accounts:signup"), {"email": "river@example.com"})
    assert PASSWORD_HELP in client.get(signup_link("river@example.com")).content.decode()
