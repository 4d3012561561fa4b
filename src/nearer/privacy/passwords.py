"""Checking and setting a password, each with one Argon2id run (nearer.core.crypto.login).

The run that proves the password also yields the key that opens the person's data key, so a
login costs one slow hash, not two. Every run goes through nearer.privacy.kdf_queue, so a burst of
logins queues there, at a lower CPU priority, instead of taking every thread and core from other pages.
Accounts made before this scheme (a Django password hash beside a v1 wrap) move to it at their
next successful password check."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import hashers
from django.db import transaction

from nearer.core import crypto
from nearer.core.crypto import login
from nearer.core.crypto.login import LoginSecrets
from nearer.core.errors import BusyError, NearerError
from nearer.privacy import kdf_queue
from nearer.privacy.models import KeyRing


@dataclass(frozen=True)
class Opened:
    """A password that matched: its login secrets, the data key (None while the space is locked) and
    the password wrap as it now stands (for writes that must not overwrite a change made meanwhile)."""

    secrets: LoginSecrets
    key: tuple[bytes, int] | None
    wrap: str = ""


def kdf_params() -> crypto.KdfParams:
    return crypto.KdfParams(**settings.NEARER_KDF)


def login_new(password: str) -> LoginSecrets:
    """The password field and wrapping key for a new password (one Argon2id run)."""
    return kdf_queue.run(login.new_login, password, kdf_params())


def login_check(password: str, encoded: str) -> LoginSecrets | None:
    """The login secrets when the password matches a field made by login_new, else None."""
    try:
        return kdf_queue.run(login.check_login, password, encoded)
    except BusyError:
        raise
    except NearerError:  # a malformed field, or a password past the KDF's length limit
        return None


def password_open(*, user, password: str) -> Opened | None:
    """Check the person's password and open their data key with what the same run gives.

    Returns None when the password is wrong. An account still on the older scheme, or on an older
    cost, is moved to the current one here, with the password just proven."""
    if not password:
        return None
    ring = KeyRing.objects.filter(user=user).first()
    if not login.is_login_field(user.password):
        return _upgrade(user=user, ring=ring, password=password) if _legacy_check(password, user.password) else None
    secrets = login_check(password, user.password)
    if secrets is None:
        return None
    locked = ring is None or ring.is_locked
    if login.login_cost(user.password) != kdf_params() or not (locked or login.is_login_wrap(ring.password_wrap)):
        return _upgrade(user=user, ring=ring, password=password, secrets=secrets)
    if locked:
        return Opened(secrets, None)
    key = (login.unwrap_with_login(ring.password_wrap, secrets), ring.key_version)
    return Opened(secrets, key, ring.password_wrap)


def _legacy_check(password: str, encoded: str) -> bool:
    return kdf_queue.run(hashers.check_password, password, encoded)  # no setter: _upgrade re-hashes with the wrap


def _upgrade(*, user, ring, password: str, secrets: LoginSecrets | None = None) -> Opened:
    """Re-derive the login secrets at the current cost and re-wrap the data key under them.
    `secrets` are those the password check just derived from the current field, if it is one."""
    key = None
    if ring is not None and not ring.is_locked:
        key = (_open_any_wrap(ring.password_wrap, password, secrets), ring.key_version)
    fresh = login_new(password)
    wrap = login.wrap_with_login(key[0], fresh) if key is not None else ""
    with transaction.atomic():
        user.password = fresh.encoded
        user.save(update_fields=["password"])
        if key is not None:
            KeyRing.objects.filter(user=user).update(password_wrap=wrap)
    return Opened(fresh, key, wrap)


def _open_any_wrap(wrapped: str, password: str, secrets: LoginSecrets | None) -> bytes:
    """The data key from a v2 wrap (with the secrets already derived) or an older v1 wrap."""
    if login.is_login_wrap(wrapped):
        if secrets is None:
            raise crypto.WrongKeyError()
        return login.unwrap_with_login(wrapped, secrets)
    return kdf_queue.run(crypto.unwrap_with_password, wrapped, password)
