"""A login costs one Argon2id run; older accounts move to that scheme at their next login; runs
are bounded per process so a burst of logins queues instead of starving other pages."""

import os
import threading
import time

import pytest
from django.contrib.auth.hashers import make_password
from django.test import Client
from django.urls import reverse

from nearer.core import crypto
from nearer.core.crypto import keys
from nearer.journal import services as journal
from nearer.privacy import kdf_queue, passwords
from nearer.privacy.models import KeyRing
from tests.conftest import PASSWORD, client_for
from tests.factories import key_for


@pytest.fixture
def runs(monkeypatch):
    calls = []
    real = keys.hash_secret_raw

    def counting(**kwargs):
        calls.append(1)
        return real(**kwargs)

    monkeypatch.setattr(keys, "hash_secret_raw", counting)
    return calls


def test_a_login_runs_argon2id_once_and_opens_the_private_space(alex, now, runs):
    journal.entry_create(user=alex, body="one run is enough", key=key_for(alex), now=now)
    runs.clear()
    client = client_for(alex)
    assert len(runs) == 1
    assert "one run is enough" in client.get(reverse("journal:index")).content.decode()


def test_a_wrong_password_runs_argon2id_once_too(alex, runs):
    runs.clear()
    Client().post(reverse("accounts:login"), {"username": alex.email, "password": "not the password"})
    assert len(runs) == 1


def test_an_unknown_address_costs_the_same_run(db, runs):
    Client().post(reverse("accounts:login"), {"username": "nobody@example.com", "password": PASSWORD})
    assert len(runs) == 1


def _make_legacy(user, settings):
    """Turn an account into one made before the one-run scheme: a Django hash beside a v1 wrap."""
    data_key, version = key_for(user)
    params = crypto.KdfParams(**settings.NEARER_KDF)
    user.password = make_password(PASSWORD, hasher="md5")
    user.save(update_fields=["password"])
    KeyRing.objects.filter(user=user).update(password_wrap=crypto.wrap_with_password(data_key, PASSWORD, params))


def test_an_older_account_logs_in_reads_its_text_and_moves_to_the_one_run_scheme(alex, now, settings, runs):
    settings.PASSWORD_HASHERS = ["nearer.privacy.hashers.LoginVerifierHasher",
                                 "django.contrib.auth.hashers.MD5PasswordHasher"]
    journal.entry_create(user=alex, body="written long ago", key=key_for(alex), now=now)
    _make_legacy(alex, settings)
    assert "written long ago" in client_for(alex).get(reverse("journal:index")).content.decode()
    alex.refresh_from_db()
    assert alex.password.startswith("nearer_argon2id$")
    assert KeyRing.objects.get(user=alex).password_wrap.startswith("v2$login$")
    runs.clear()
    assert "written long ago" in client_for(alex).get(reverse("journal:index")).content.decode()
    assert len(runs) == 1


def test_a_cost_change_moves_the_account_at_its_next_login(alex, now, settings, runs):
    journal.entry_create(user=alex, body="kept across the cost change", key=key_for(alex), now=now)
    settings.NEARER_KDF = {"time_cost": 2, "memory_cost_kib": 16, "parallelism": 1}
    runs.clear()
    client = client_for(alex)
    assert len(runs) == 2  # the check at the old cost opens the wrap too; one more run at the new cost
    assert "kept across the cost change" in client.get(reverse("journal:index")).content.decode()
    alex.refresh_from_db()
    assert alex.password.startswith("nearer_argon2id$t=2,m=16,p=1$")


def test_password_change_keeps_the_text_and_the_old_password_stops_working(alex, now):
    journal.entry_create(user=alex, body="still mine", key=key_for(alex), now=now)
    client = client_for(alex)
    new = "another quiet morning walk"
    response = client.post(reverse("accounts:password_change"), {
        "old_password": PASSWORD, "new_password1": new, "new_password2": new})
    assert response.status_code == 302
    assert "still mine" in client.get(reverse("journal:index")).content.decode()
    alex.refresh_from_db()
    assert passwords.password_open(user=alex, password=PASSWORD) is None
    assert "still mine" in client_for(alex, password=new).get(reverse("journal:index")).content.decode()


@pytest.fixture
def fresh_queue():
    kdf_queue.reset()
    yield
    kdf_queue.reset()


def test_argon2id_runs_at_once_are_bounded_per_process(settings, monkeypatch, fresh_queue):
    settings.NEARER_KDF_CONCURRENCY = 1
    running, most = [0], [0]
    lock = threading.Lock()
    real = keys.hash_secret_raw

    def slow(**kwargs):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= 1
        return real(**kwargs)

    monkeypatch.setattr(keys, "hash_secret_raw", slow)
    threads = [threading.Thread(target=passwords.login_new, args=(PASSWORD,)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 1


def test_argon2id_runs_at_a_lower_cpu_priority_than_pages(settings, fresh_queue):
    if not hasattr(os, "setpriority"):
        pytest.skip("thread priorities need Linux")
    settings.NEARER_KDF_NICE = 10
    own = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    theirs = kdf_queue.run(lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
    assert theirs == max(own, 10)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == own


def test_a_login_beyond_the_queue_is_asked_to_retry_and_changes_nothing(alex, settings, fresh_queue):
    settings.NEARER_KDF_QUEUE = 1
    release, waiting = threading.Event(), threading.Event()

    def holds_the_only_place():
        waiting.set()
        release.wait(10)

    holder = threading.Thread(target=kdf_queue.run, args=(holds_the_only_place,))
    holder.start()
    waiting.wait(10)
    password_before = alex.password
    try:
        response = Client().post(reverse("accounts:login"), {"username": alex.email, "password": PASSWORD})
    finally:
        release.set()
        holder.join()
    assert response.status_code == 503
    assert response["Retry-After"] == str(kdf_queue.RETRY_SECONDS)
    assert "try again in a few seconds" in response.content.decode()
    assert "_auth_user_id" not in response.wsgi_request.session
    alex.refresh_from_db()
    assert alex.password == password_before
    assert client_for(alex).get(reverse("journal:index")).status_code == 200
