"""Login throttling (django-axes): by account and address together, with a much higher limit for one
address alone; a lock-out ends a cool-off after the last wrong password, however often it is tried."""

from datetime import datetime, timedelta, timezone

import time_machine
from django.test import Client
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.settings_probe import settings_with

URL = reverse("accounts:login")
HOME = "10.20.30.40"
CLOCK = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _log_in(client, email, password=PASSWORD):
    return client.post(URL, {"username": email, "password": password})


def _fail(client, email, times):
    for _ in range(times):
        _log_in(client, email, "not the password")


def test_one_persons_wrong_passwords_do_not_lock_out_another_at_the_same_address(alex, sam, settings):
    home = Client(REMOTE_ADDR=HOME)
    _fail(home, alex.email, settings.AXES_FAILURE_LIMIT)
    assert _log_in(Client(REMOTE_ADDR=HOME), sam.email).status_code == 302
    locked = _log_in(Client(REMOTE_ADDR=HOME), alex.email)
    assert locked.status_code == 429
    assert b"Too many attempts" in locked.content


def test_failures_from_elsewhere_do_not_lock_a_person_out_at_their_own_address(alex, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT + 1):
        _fail(Client(REMOTE_ADDR=f"10.0.2.{attempt + 1}"), alex.email, 1)
    assert _log_in(Client(REMOTE_ADDR=HOME), alex.email).status_code == 302


def test_an_address_trying_many_accounts_is_locked_as_a_whole(alex, sam, settings):
    limit = settings.NEARER_LOGIN_ADDRESS_LIMIT
    assert limit >= 10 * settings.AXES_FAILURE_LIMIT
    guesser = Client(REMOTE_ADDR="10.9.9.9")
    for attempt in range(limit - 1):
        _fail(guesser, f"guess{attempt}@example.com", 1)
    assert _log_in(Client(REMOTE_ADDR="10.9.9.9"), sam.email).status_code == 302
    _fail(guesser, "one-more@example.com", 1)
    locked = _log_in(Client(REMOTE_ADDR="10.9.9.9"), alex.email)
    assert locked.status_code == 429
    assert _log_in(Client(REMOTE_ADDR="10.9.9.10"), alex.email).status_code == 302


def test_the_address_limit_is_read_from_the_environment(monkeypatch):
    assert settings_with(monkeypatch)["NEARER_LOGIN_ADDRESS_LIMIT"] == 50
    assert settings_with(monkeypatch, NEARER_LOGIN_ADDRESS_LIMIT="80")["NEARER_LOGIN_ADDRESS_LIMIT"] == 80


def test_a_lock_out_ends_a_cool_off_after_the_last_wrong_password_though_tried_meanwhile(alex, settings):
    cool_off = settings.AXES_COOLOFF_TIME
    assert cool_off == timedelta(minutes=15)
    with time_machine.travel(CLOCK, tick=False) as clock:
        _fail(Client(REMOTE_ADDR=HOME), alex.email, settings.AXES_FAILURE_LIMIT)
        clock.shift(timedelta(minutes=7))
        assert _log_in(Client(REMOTE_ADDR=HOME), alex.email, "still wrong").status_code == 429
        clock.shift(timedelta(minutes=7))
        assert _log_in(Client(REMOTE_ADDR=HOME), alex.email).status_code == 429
        # 28 minutes after the last wrong password that counted: the tries meanwhile did not restart it.
        clock.shift(timedelta(minutes=14))
        assert _log_in(Client(REMOTE_ADDR=HOME), alex.email).status_code == 302


def test_a_lock_out_holds_for_the_whole_cool_off_after_the_last_wrong_password(alex, settings):
    with time_machine.travel(CLOCK, tick=False) as clock:
        _fail(Client(REMOTE_ADDR=HOME), alex.email, settings.AXES_FAILURE_LIMIT)
        clock.shift(settings.AXES_COOLOFF_TIME - timedelta(seconds=1))
        assert _log_in(Client(REMOTE_ADDR=HOME), alex.email).status_code == 429
        clock.shift(timedelta(seconds=2))
        assert _log_in(Client(REMOTE_ADDR=HOME), alex.email).status_code == 302


def test_the_lock_out_page_says_how_long_it_lasts(alex, settings):
    _fail(Client(REMOTE_ADDR=HOME), alex.email, settings.AXES_FAILURE_LIMIT)
    locked = _log_in(Client(REMOTE_ADDR=HOME), alex.email)
    assert b"15 minutes" in locked.content


def test_a_successful_login_leaves_no_record_of_the_address_or_browser(alex):
    from axes.models import AccessLog

    assert _log_in(Client(), alex.email).status_code == 302
    assert not AccessLog.objects.exists()
