import os
import signal
import socket
import subprocess
import time
import urllib.request

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


def test_serve_migrates_serves_and_stops_cleanly_on_ctrl_c(tmp_path):
    port = _free_port()
    env = {**os.environ, "NEARER_DATA_DIR": str(tmp_path / "data")}
    env.pop("NEARER_DATABASE_URL", None)
    process = subprocess.Popen(
        [NEARER, "serve", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, env=env,
    )
    try:
        first = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in first
        assert "Data folder:" in process.stdout.readline()
        body = _get_with_retries(f"http://127.0.0.1:{port}/")
        assert "Nearer" in body
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "Stopped." in output


def _get_with_retries(url: str) -> str:
    for _ in range(50):
        try:
            return urllib.request.urlopen(url, timeout=2).read().decode()
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{url} never answered")


def test_serve_refuses_a_bad_port(run_nearer):
    result = run_nearer("serve", "--port", "70000")
    assert result.returncode == 2
    assert "65535" in result.stderr
