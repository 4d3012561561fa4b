"""The documented deployment, end to end (defect 11): Debian's nginx terminates TLS with a throwaway
certificate and proxies to `nearer serve` started with NEARER_HTTPS=1 and NEARER_BEHIND_PROXY=1.

Visitors connect to nginx from different loopback addresses (127.0.0.2, 127.0.0.3, ...), so nginx's
X-Forwarded-For names a different client for each, the way it would for people on the internet.
Without nginx the tests are skipped with a message, except where CI or NEARER_REQUIRE_BROWSER is set."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import NEARER
from tests.cli.proxy_harness import NGINX, Visitor, free_port, start_nginx, wait_for_port
from tests.conftest import PASSWORD

REPO = Path(__file__).resolve().parents[2]
FAILURE_LIMIT = 3
CREATE_PEOPLE = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
from tests.factories import make_user
make_user("alex@example.com", "Alex")
make_user("sam@example.com", "Sam")
"""


def _require_nginx() -> None:
    if Path(NGINX).exists():
        return
    message = "the reverse-proxy test needs nginx (apt-get install nginx-light)"
    if os.environ.get("NEARER_REQUIRE_BROWSER") or os.environ.get("CI"):
        pytest.fail(message + "; CI or NEARER_REQUIRE_BROWSER is set", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """nginx on HTTPS and HTTP ports in front of `nearer serve --workers 2`, with two people."""
    _require_nginx()
    folder = tmp_path_factory.mktemp("proxy")
    env = {
        **os.environ, "NEARER_DATA_DIR": str(folder / "data"), "NEARER_HTTPS": "1",
        "NEARER_BEHIND_PROXY": "1", "NEARER_ALLOWED_HOSTS": "127.0.0.1",
        "NEARER_LOGIN_FAILURE_LIMIT": str(FAILURE_LIMIT), "NEARER_KDF_TIME_COST": "1",
        "NEARER_KDF_MEMORY_KIB": "8192", "DJANGO_SETTINGS_MODULE": "nearer.config.settings",
    }
    for name in ("NEARER_DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        env.pop(name, None)
    subprocess.run([sys.executable, "-c", CREATE_PEOPLE], cwd=REPO, env=env, check=True, timeout=120)
    app_port, https_port, http_port = free_port(), free_port(), free_port()
    log = folder / "serve.log"
    server = subprocess.Popen(
        [NEARER, "serve", "--port", str(app_port), "--workers", "2"],
        stdout=log.open("w"), stderr=subprocess.STDOUT, env=env,
    )
    nginx = None
    try:
        wait_for_port(app_port, process=server, log=log)
        nginx = start_nginx(folder, https_port=https_port, http_port=http_port, app_port=app_port)
        yield {"folder": folder, "https_port": https_port, "http_port": http_port, "app_port": app_port,
               "log": log}
    finally:
        for process in (nginx, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)


def _over_https(deployment, source: str) -> Visitor:
    return Visitor(source, deployment["https_port"], ca_file=deployment["folder"] / "cert.pem")


def test_pages_answer_over_https_with_hsts_and_no_redirect_loop(deployment):
    answer = _over_https(deployment, "127.0.0.2").get("/")
    assert answer.status == 200, (answer.status, answer.headers.get("Location"))
    assert "max-age=31536000" in answer.headers["Strict-Transport-Security"]
    assert "Nearer" in answer.body


def test_plain_http_through_the_proxy_is_sent_to_https(deployment):
    answer = Visitor("127.0.0.2", deployment["http_port"]).get("/journal/")
    assert answer.status == 301
    assert answer.headers["Location"].startswith("https://127.0.0.1")
    assert "Strict-Transport-Security" not in answer.headers


def test_login_through_the_proxy_sets_secure_cookies(deployment):
    visitor = _over_https(deployment, "127.0.0.4")
    answer = visitor.login("sam@example.com", PASSWORD)
    assert answer.status == 302, answer.status
    for name in ("sessionid", "csrftoken", "nearer_unlock"):
        assert answer.cookies[name]["secure"], f"{name} is sent without Secure"
    assert answer.cookies["sessionid"]["httponly"]
    assert visitor.get(answer.headers["Location"]).status == 200


def test_two_people_behind_the_proxy_are_throttled_by_their_own_address(deployment):
    first, second = _over_https(deployment, "127.0.0.2"), _over_https(deployment, "127.0.0.3")
    forged = {"X-Forwarded-For": "10.9.9.9"}  # a client's own header: nginx appends the real address
    for _ in range(FAILURE_LIMIT - 1):
        assert first.login("alex@example.com", "not the password", headers=forged).status == 200
    first.login("alex@example.com", "not the password", headers=forged)
    assert first.login("alex@example.com", PASSWORD).status == 429
    assert second.login("sam@example.com", PASSWORD).status == 302
    with sqlite3.connect(deployment["folder"] / "data" / "nearer.sqlite3") as database:
        recorded = {row[0] for row in database.execute("SELECT ip_address FROM axes_accessattempt")}
    assert "127.0.0.2" in recorded
    assert not recorded & {"127.0.0.1", "10.9.9.9"}, recorded


def test_forwarded_headers_count_only_from_the_proxy_address(deployment):
    claim = {"X-Forwarded-Proto": "https"}
    stranger = Visitor("127.0.0.2", deployment["app_port"]).get("/", headers=claim)
    assert stranger.status == 301 and stranger.headers["Location"].startswith("https://")
    proxy_address = Visitor("127.0.0.1", deployment["app_port"]).get("/", headers=claim)
    assert proxy_address.status == 200
