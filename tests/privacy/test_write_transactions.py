"""Slow work (Argon2, password hashes) never runs while a write transaction is open: on SQLite a
write transaction holds the one write lock, so hashing inside it makes everyone else wait (issue 10).
Every hash and key derivation is watched while the real pages run each key-changing action."""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from nearer.core.crypto import keys
from tests.conftest import PASSWORD, sign_up
from tests.privacy.test_keys import NEW_PASSWORD, _reset_password

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def hashing_in_transaction(monkeypatch):
    """A list that gets an entry for every Argon2id run made inside a transaction (every password
    check and password hash is one such run: nearer.core.crypto.login)."""
    seen, calls = [], []
    derive = keys.hash_secret_raw

    def watched_derive(*args, **kwargs):
        calls.append("argon2")
        if connection.in_atomic_block:
            seen.append("argon2 run")
        return derive(*args, **kwargs)

    monkeypatch.setattr(keys, "hash_secret_raw", watched_derive)
    yield seen
    assert calls, "the watch saw no hashing at all"


def test_sign_up_hashes_before_its_transaction(hashing_in_transaction):
    sign_up(Client(), "river@example.com")
    assert hashing_in_transaction == []


def test_password_change_and_new_recovery_key_hash_before_their_transactions(hashing_in_transaction):
    client = Client()
    sign_up(client, "river@example.com")
    client.post(reverse("privacy:recovery_key"))
    assert client.post(reverse("privacy:recovery_key_new"), {"password": PASSWORD}).status_code == 302
    response = client.post(reverse("accounts:password_change"), {
        "old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD,
    })
    assert response.status_code == 302
    assert hashing_in_transaction == []


def test_reset_recover_and_destroy_hash_before_their_transactions(hashing_in_transaction):
    client = Client()
    recovery_key = sign_up(client, "river@example.com").context["recovery_key"]
    client.post(reverse("accounts:logout"))
    _reset_password(client, "river@example.com")
    client.post(reverse("accounts:login"), {"username": "river@example.com", "password": NEW_PASSWORD})
    recovered = client.post(reverse("privacy:recover"), {"recovery_key": recovery_key, "password": NEW_PASSWORD})
    assert recovered.status_code == 302
    client.post(reverse("accounts:logout"))
    _reset_password(client, "river@example.com")
    client.post(reverse("accounts:login"), {"username": "river@example.com", "password": NEW_PASSWORD})
    destroyed = client.post(reverse("privacy:destroy"), {"password": NEW_PASSWORD, "confirm": "on"})
    assert destroyed.status_code == 302
    assert hashing_in_transaction == []
