"""Reset requests are limited per e-mail and per address; a refusal reads the same whether or not
the e-mail has an account, and sends nothing."""

from datetime import datetime, timedelta, timezone

import time_machine
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.conftest import page_body
from tests.settings_probe import settings_with

URL = reverse("accounts:password_reset")
CLOCK = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _ask(email, address="10.1.2.3"):
    return Client(REMOTE_ADDR=address).post(URL, {"email": email})


def test_reset_requests_for_one_email_are_limited_without_saying_whether_it_has_an_account(alex, settings):
    limit = settings.NEARER_RESET_EMAIL_LIMIT
    for attempt in range(limit):
        assert _ask("alex@example.com", f"10.0.0.{attempt}").status_code == 302
        assert _ask("nobody@example.com", f"10.0.1.{attempt}").status_code == 302
    assert len(mail.outbox) == limit
    known, unknown = _ask("alex@example.com", "10.0.2.1"), _ask("nobody@example.com", "10.0.2.2")
    assert known.status_code == unknown.status_code == 429
    assert page_body(known) == page_body(unknown).replace(b"nobody@", b"alex@")
    assert b"try again in 60 minutes" in known.content
    assert len(mail.outbox) == limit


def test_reset_requests_from_one_address_are_limited(alex, settings):
    for attempt in range(settings.NEARER_RESET_ADDRESS_LIMIT):
        assert _ask(f"someone{attempt}@example.com").status_code == 302
    refused = _ask("alex@example.com")
    assert refused.status_code == 429
    assert len(mail.outbox) == 0
    assert _ask("alex@example.com", "10.7.7.7").status_code == 302
    assert len(mail.outbox) == 1


def test_reset_requests_are_allowed_again_an_hour_later(alex, settings):
    with time_machine.travel(CLOCK, tick=False) as clock:
        for _ in range(settings.NEARER_RESET_EMAIL_LIMIT):
            _ask("alex@example.com")
        assert _ask("alex@example.com").status_code == 429
        clock.shift(timedelta(minutes=59))
        assert _ask("alex@example.com").status_code == 429
        clock.shift(timedelta(minutes=1))
        assert _ask("alex@example.com").status_code == 302


def test_the_reset_limits_are_read_from_the_environment(monkeypatch):
    defaults = settings_with(monkeypatch)
    assert (defaults["NEARER_RESET_EMAIL_LIMIT"], defaults["NEARER_RESET_ADDRESS_LIMIT"]) == (3, 20)
    changed = settings_with(monkeypatch, NEARER_RESET_EMAIL_LIMIT="5", NEARER_RESET_ADDRESS_LIMIT="40")
    assert (changed["NEARER_RESET_EMAIL_LIMIT"], changed["NEARER_RESET_ADDRESS_LIMIT"]) == (5, 40)
