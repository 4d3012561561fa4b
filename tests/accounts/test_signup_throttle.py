"""Sign-up links are limited per e-mail and per address like reset links, so no one can flood an
address with mail; a refusal reads the same whether or not the address has an account."""

from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.conftest import page_body

URL = reverse("accounts:signup")


def _ask(email, address="10.1.2.3"):
    return Client(REMOTE_ADDR=address).post(URL, {"email": email})


def test_sign_up_links_for_one_email_are_limited_without_saying_whether_it_has_an_account(alex, settings):
    limit = settings.NEARER_RESET_EMAIL_LIMIT
    for attempt in range(limit):
        assert _ask("alex@example.com", f"10.0.0.{attempt}").status_code == 200
        assert _ask("nobody@example.com", f"10.0.1.{attempt}").status_code == 200
    assert len(mail.outbox) == 2 * limit
    known, unknown = _ask("alex@example.com", "10.0.2.1"), _ask("nobody@example.com", "10.0.2.2")
    assert known.status_code == unknown.status_code == 429
    assert page_body(known) == page_body(unknown).replace(b"nobody@", b"alex@")
    assert b"A link already sent still works" in known.content
    assert len(mail.outbox) == 2 * limit


def test_sign_up_links_from_one_address_are_limited(db, settings):
    for attempt in range(settings.NEARER_RESET_ADDRESS_LIMIT):
        assert _ask(f"someone{attempt}@example.com").status_code == 200
    assert _ask("one.more@example.com").status_code == 429
    assert len(mail.outbox) == settings.NEARER_RESET_ADDRESS_LIMIT
