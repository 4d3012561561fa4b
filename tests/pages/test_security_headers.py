import pytest
from django.urls import reverse

PAGES = ["/", reverse("accounts:login"), reverse("accounts:signup"), reverse("pages:privacy"), "/missing/"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_every_page_sends_the_security_headers(client, path):
    response = client.get(path)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_the_quick_exit_control(client, path, settings):
    settings.QUICK_EXIT_URL = "https://neutral.example/weather"
    page = client.get(path).content.decode()
    assert 'id="quick-exit" href="https://neutral.example/weather"' in page


@pytest.mark.django_db
def test_pages_carry_no_inline_script(client):
    import re

    for path in PAGES:
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", client.get(path).content.decode(), re.S)
        assert all("src=" in attrs and not body.strip() for attrs, body in scripts), path


def test_session_cookie_is_httponly_and_lax(client, alex):
    from tests.conftest import PASSWORD

    response = client.post(reverse("accounts:login"), {"username": alex.email, "password": PASSWORD})
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


def test_production_settings_pass_the_deploy_check(tmp_path):
    import os
    import subprocess
    import sys

    env = {
        **os.environ, "NEARER_DATA_DIR": str(tmp_path), "NEARER_DEBUG": "0", "NEARER_HTTPS": "1",
        "NEARER_SECRET_KEY": "k" * 20 + "-Zq9!xT4#wL2@pV7$mR5%nB8^cJ3&hF6*dG1(sK0)-yU",
        "NEARER_ALLOWED_HOSTS": "nearer.example.org",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests for their own thread only
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING",
         "--settings", "nearer.config.settings"],
        capture_output=True, text=True, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_passwords_are_checked_with_the_one_run_argon2id_login_scheme():
    from nearer.config import settings as nearer_settings

    assert nearer_settings.PASSWORD_HASHERS[0] == "nearer.privacy.hashers.LoginVerifierHasher"
    assert "django.contrib.auth.hashers.Argon2PasswordHasher" in nearer_settings.PASSWORD_HASHERS


@pytest.mark.real_hashing
def test_stored_password_is_an_argon2id_verifier_at_full_cost(alex):
    assert alex.password.startswith("nearer_argon2id$t=3,m=65536,p=4$")
