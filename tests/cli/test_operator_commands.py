import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from nearer.ops.server import MAX_DEFAULT_WORKERS
from tests.cli.conftest import NEARER


def test_doctor_fails_before_migrations_and_passes_after(run_nearer):
    before = run_nearer("doctor")
    assert before.returncode == 1
    assert "FAIL  migrations applied" in before.stdout
    assert run_nearer("db", "upgrade").returncode == 0
    after = run_nearer("doctor")
    assert after.returncode == 0, after.stdout
    for name in ("secret key", "debug off", "database reachable", "sqlite pragmas", "migrations applied"):
        assert f"pass  {name}" in after.stdout


def test_doctor_reports_an_unreachable_database(run_nearer):
    result = run_nearer("doctor", env={"NEARER_DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"})
    assert result.returncode == 1
    assert "FAIL  database reachable" in result.stdout


def test_doctor_fails_when_debug_is_on_for_a_public_host(run_nearer):
    run_nearer("db", "upgrade")
    result = run_nearer("doctor", env={"NEARER_DEBUG": "1", "NEARER_ALLOWED_HOSTS": "nearer.example.org"})
    assert result.returncode == 1
    assert "FAIL  debug off" in result.stdout


def test_secret_key_file_is_created_private(run_nearer, tmp_path):
    run_nearer("doctor")
    key = tmp_path / "data" / "secret_key"
    assert key.exists() and oct(key.stat().st_mode & 0o777) == "0o600"


def test_bad_setting_value_is_refused_with_a_clear_message(run_nearer):
    result = run_nearer("doctor", env={"NEARER_DEBUG": "maybe"})
    assert result.returncode != 0
    assert "NEARER_DEBUG must be one of" in result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _wait_for_children(pid: int, count: int) -> int:
    """How many worker processes `pid` has once it has started `count` of them (or after 20 s)."""
    for _ in range(200):
        found = len(_children(pid))
        if found >= count:
            return found
        time.sleep(0.1)
    return found


def _start_serve(tmp_path, *args, env=None):
    full_env = {**os.environ, "NEARER_DATA_DIR": str(tmp_path / "data"), **(env or {})}
    full_env.pop("NEARER_DATABASE_URL", None)
    return subprocess.Popen(
        [NEARER, "serve", *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=full_env,
    )


def _stop(process) -> str:
    process.send_signal(signal.SIGINT)
    output, _ = process.communicate(timeout=30)
    return output


def test_serve_migrates_serves_with_a_worker_per_core_and_stops_cleanly_on_ctrl_c(tmp_path):
    port = _free_port()
    process = _start_serve(tmp_path, "--port", str(port))
    try:
        first = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in first
        assert "Data folder:" in process.stdout.readline()
        assert "Database: sqlite3" in process.stdout.readline()
        body = _get_with_retries(f"http://127.0.0.1:{port}/")
        assert "Nearer" in body
        expected = min(len(os.sched_getaffinity(0)), MAX_DEFAULT_WORKERS)
        assert _wait_for_children(process.pid, expected) == expected
    finally:
        output = _stop(process)
    assert process.returncode == 0, output
    assert output.rstrip().endswith("Stopped."), output
    assert output.count("Stopped.") == 1, output
    assert "Traceback" not in output


def test_serve_runs_the_number_of_workers_asked_for(tmp_path):
    port = _free_port()
    process = _start_serve(tmp_path, "--port", str(port), env={"NEARER_WORKERS": "3"})
    try:
        _get_with_retries(f"http://127.0.0.1:{port}/")
        assert _wait_for_children(process.pid, 3) == 3
    finally:
        output = _stop(process)
    assert process.returncode == 0, output


def test_serve_workers_option_wins_over_the_variable(tmp_path):
    port = _free_port()
    process = _start_serve(tmp_path, "--port", str(port), "--workers", "1", env={"NEARER_WORKERS": "3"})
    try:
        _get_with_retries(f"http://127.0.0.1:{port}/")
        assert _wait_for_children(process.pid, 1) == 1
        time.sleep(0.5)
        assert len(_children(process.pid)) == 1
    finally:
        _stop(process)


def test_serve_says_in_one_line_when_it_cannot_listen(run_nearer):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_nearer("serve", "--port", str(port), timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: cannot listen on 127.0.0.1:{port}: Address already in use"
    ], result.stderr


def test_serve_refuses_a_bad_worker_count(run_nearer):
    assert run_nearer("serve", "--workers", "0").returncode == 2
    result = run_nearer("serve", env={"NEARER_WORKERS": "many"})
    assert result.returncode != 0
    assert "NEARER_WORKERS must be a whole number" in result.stderr


@pytest.mark.parametrize(("name", "value"), [
    ("NEARER_PROXY_ADDRESSES", "127.0.0.1,proxy.example"),
    ("NEARER_DB_CONN_MAX_AGE", "-5"),
])
def test_bad_server_settings_are_refused_with_a_clear_message(run_nearer, name, value):
    result = run_nearer("doctor", env={name: value, "NEARER_BEHIND_PROXY": "1"})
    assert result.returncode != 0
    assert f"{name} must be" in result.stderr


def _get_with_retries(url: str) -> str:
    for _ in range(300):  # up to 30 s: a busy machine starts gunicorn's workers slowly
        try:
            return urllib.request.urlopen(url, timeout=2).read().decode()
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{url} never answered")


def test_serve_refuses_a_bad_port(run_nearer):
    result = run_nearer("serve", "--port", "70000")
    assert result.returncode == 2
    assert "65535" in result.stderr
