"""Expired sessions are deleted: by `nearer db clean-sessions` (for cron or a systemd timer) and by
`nearer serve` on its own, at start and then every NEARER_SESSION_CLEAN_HOURS."""

import os
import signal
import sqlite3
import subprocess
import time

import pytest

from tests.cli.conftest import NEARER
from tests.cli.test_operator_commands import _free_port, _get_with_retries

EXPIRED = ("expired-one", "expired-two")
LIVE = ("live-one",)


def _add_sessions(database) -> None:
    with sqlite3.connect(database) as connection:
        for key in EXPIRED:
            connection.execute("INSERT INTO django_session VALUES (?, 'e30', '2020-01-01 00:00:00')", (key,))
        for key in LIVE:
            connection.execute("INSERT INTO django_session VALUES (?, 'e30', '2999-01-01 00:00:00')", (key,))


def _session_keys(database) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {row[0] for row in connection.execute("SELECT session_key FROM django_session")}


def test_clean_sessions_deletes_expired_sessions_and_keeps_live_ones(run_nearer, tmp_path):
    assert run_nearer("db", "upgrade").returncode == 0
    database = tmp_path / "data" / "nearer.sqlite3"
    _add_sessions(database)
    result = run_nearer("db", "clean-sessions")
    assert result.returncode == 0, result.stderr
    assert "Deleted 2 expired sessions." in result.stdout
    assert _session_keys(database) == set(LIVE)
    again = run_nearer("db", "clean-sessions")
    assert "Deleted 0 expired sessions." in again.stdout


def test_serve_cleans_expired_sessions_on_its_own(run_nearer, tmp_path):
    assert run_nearer("db", "upgrade").returncode == 0
    database = tmp_path / "data" / "nearer.sqlite3"
    _add_sessions(database)
    port = _free_port()
    env = {**os.environ, "NEARER_DATA_DIR": str(tmp_path / "data")}
    env.pop("NEARER_DATABASE_URL", None)
    process = subprocess.Popen([NEARER, "serve", "--port", str(port), "--workers", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        _get_with_retries(f"http://127.0.0.1:{port}/")
        for _ in range(100):
            if not _session_keys(database) & set(EXPIRED):
                break
            time.sleep(0.1)
        assert _session_keys(database) == set(LIVE)
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output


def test_session_clean_interval_is_checked(run_nearer):
    result = run_nearer("serve", env={"NEARER_SESSION_CLEAN_HOURS": "0"})
    assert result.returncode != 0
    assert "NEARER_SESSION_CLEAN_HOURS must be between" in result.stderr


@pytest.mark.django_db(transaction=True)
def test_the_sweeper_keeps_cleaning_at_its_interval(now):
    from datetime import timedelta

    from django.contrib.sessions.models import Session

    from nearer.ops.sessions import SessionSweeper

    def expire(key):
        Session.objects.create(session_key=key, session_data="e30", expire_date=now - timedelta(days=1))

    def wait_until_gone(key):
        for _ in range(100):
            if not Session.objects.filter(session_key=key).exists():
                return True
            time.sleep(0.05)
        return False

    Session.objects.create(session_key="live-one", session_data="e30", expire_date=now + timedelta(days=1))
    expire("expired-first")
    sweeper = SessionSweeper(interval=0.2)
    sweeper.start()
    try:
        assert wait_until_gone("expired-first")
        expire("expired-later")
        assert wait_until_gone("expired-later")
    finally:
        sweeper.stop()
    sweeper.hold_off()
    assert list(Session.objects.values_list("session_key", flat=True)) == ["live-one"]
