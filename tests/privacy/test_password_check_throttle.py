"""Every check of a person's password or recovery key outside the login (unlock, recover, destroy,
delete the account, change the password) shares one throttle per account: after too many wrong ones
the next is refused without being checked, even when it is right, and nothing changes."""

from datetime import datetime, timedelta, timezone

import pytest
import time_machine
from django.urls import reverse

from nearer.accounts import services as account_services
from nearer.accounts.models import User
from nearer.accounts.models import ThrottleAttempt
from nearer.core import crypto
from nearer.privacy import services as privacy_services
from nearer.privacy.models import KeyRing
from tests.conftest import PASSWORD, client_for

CLOCK = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
WRONG = "not my password at all"
UNLOCK, RECOVER, DESTROY = reverse("privacy:unlock"), reverse("privacy:recover"), reverse("privacy:destroy")
DELETE, CHANGE = reverse("accounts:delete"), reverse("accounts:password_change")
NEW_PASSWORD = "a different harbour at dawn"


@pytest.fixture
def locked_client(client, alex):
    client.force_login(alex)  # logged in, private space not opened
    return client


@pytest.fixture
def after_reset(client, db):
    """Alex after a password reset: logged in, the private space waiting for the recovery key."""
    user, recovery_key, _ = account_services.user_create(
        email="alex@example.com", password=PASSWORD, display_name="Alex", time_zone="UTC"
    )
    privacy_services.password_reset(user=user, new_password=PASSWORD)
    client.force_login(user)
    return client, recovery_key


def _alex():
    return User.objects.get(email="alex@example.com")


def _fail_unlock(client, times):
    for _ in range(times):
        assert client.post(UNLOCK, {"password": WRONG}).status_code == 400


def _is_unlocked(client) -> bool:
    return client.get(UNLOCK).status_code == 302


def test_unlock_is_refused_after_too_many_wrong_passwords_even_with_the_right_one(locked_client, settings):
    _fail_unlock(locked_client, settings.AXES_FAILURE_LIMIT)
    refused = locked_client.post(UNLOCK, {"password": PASSWORD})
    assert refused.status_code == 429
    assert b"try again in 15 minutes" in refused.content
    assert not _is_unlocked(locked_client)


def test_unlock_opens_again_once_the_cool_off_has_passed(locked_client, settings):
    with time_machine.travel(CLOCK, tick=False) as clock:
        _fail_unlock(locked_client, settings.AXES_FAILURE_LIMIT)
        clock.shift(timedelta(minutes=14))
        assert locked_client.post(UNLOCK, {"password": PASSWORD}).status_code == 429
        assert b"try again in 1 minute" in locked_client.post(UNLOCK, {"password": PASSWORD}).content
        clock.shift(timedelta(minutes=1))
        assert locked_client.post(UNLOCK, {"password": PASSWORD}).status_code == 302
    assert _is_unlocked(locked_client)


def test_a_refused_check_does_not_look_at_the_password_or_write_anything(locked_client, settings, monkeypatch):
    _fail_unlock(locked_client, settings.AXES_FAILURE_LIMIT)
    checked = []
    real_unwrap = crypto.unwrap_with_password
    monkeypatch.setattr(crypto, "unwrap_with_password", lambda *a, **k: checked.append(1) or real_unwrap(*a, **k))
    counted = list(ThrottleAttempt.objects.values_list("pk", "at"))
    assert locked_client.post(UNLOCK, {"password": PASSWORD}).status_code == 429
    assert checked == []
    assert list(ThrottleAttempt.objects.values_list("pk", "at")) == counted


def test_a_right_password_forgets_the_wrong_ones_before_it(locked_client, settings):
    _fail_unlock(locked_client, settings.AXES_FAILURE_LIMIT - 1)
    assert locked_client.post(UNLOCK, {"password": PASSWORD}).status_code == 302
    locked_client.post(reverse("accounts:logout"))
    locked_client.force_login(_alex())
    _fail_unlock(locked_client, settings.AXES_FAILURE_LIMIT - 1)
    assert locked_client.post(UNLOCK, {"password": PASSWORD}).status_code == 302


def test_one_persons_wrong_passwords_do_not_hold_back_another(locked_client, sam, settings):
    _fail_unlock(locked_client, settings.AXES_FAILURE_LIMIT)
    sam_client = client_for(sam)
    sam_client.post(reverse("accounts:logout"))
    sam_client.force_login(sam)
    assert sam_client.post(UNLOCK, {"password": PASSWORD}).status_code == 302


def test_wrong_passwords_anywhere_count_together(locked_client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        locked_client.post(DELETE, {"password": WRONG, "confirm": "on"})
    locked_client.post(CHANGE, {"old_password": WRONG, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert locked_client.post(UNLOCK, {"password": PASSWORD}).status_code == 429


def test_account_delete_is_refused_after_too_many_wrong_passwords(locked_client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert locked_client.post(DELETE, {"password": WRONG, "confirm": "on"}).status_code == 200
    refused = locked_client.post(DELETE, {"password": PASSWORD, "confirm": "on"})
    assert refused.status_code == 429
    assert b"Too many tries" in refused.content
    assert User.objects.filter(email="alex@example.com").exists()


def test_password_change_is_refused_after_too_many_wrong_old_passwords(locked_client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        wrong = locked_client.post(
            CHANGE, {"old_password": WRONG, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
        )
        assert wrong.status_code == 200 and wrong.context["form"].errors["old_password"]
    refused = locked_client.post(
        CHANGE, {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert refused.status_code == 429
    assert b"Too many tries" in refused.content
    assert _alex().check_password(PASSWORD)


def test_recover_is_refused_after_too_many_wrong_recovery_keys(after_reset, settings):
    client, recovery_key = after_reset
    wrong_key = "0000-0000-0000-0000-0000-0000-0000-0000"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert client.post(RECOVER, {"recovery_key": wrong_key, "password": PASSWORD}).status_code == 400
    refused = client.post(RECOVER, {"recovery_key": recovery_key, "password": PASSWORD})
    assert refused.status_code == 429
    assert KeyRing.objects.get(user=_alex()).is_locked


def test_destroy_is_refused_after_too_many_wrong_passwords(after_reset, settings):
    client, _ = after_reset
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert client.post(DESTROY, {"password": WRONG, "confirm": "on"}).status_code == 400
    refused = client.post(DESTROY, {"password": PASSWORD, "confirm": "on"})
    assert refused.status_code == 429
    ring = KeyRing.objects.get(user=_alex())
    assert ring.is_locked
