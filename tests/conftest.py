"""Shared fixtures: personas alex (noticed the distance), sam (alex's partner), kim (another couple).

The data folder is a fresh temporary directory per run (tests/isolated_data_dir.py), so tests never
touch a person's real data and parallel runs never share a database file."""

import re

import pytest

PASSWORD = "a calm harbour at dusk"


@pytest.fixture(autouse=True)
def _fast_password_hashing(request):
    """Argon2id at full cost is the real login scheme (see test_security_settings); most tests need
    not pay for it, so they run the same scheme at the cheapest cost."""
    if request.config.pluginmanager.hasplugin("django") and "real_hashing" not in request.keywords:
        settings = request.getfixturevalue("settings")
        settings.NEARER_KDF = {"time_cost": 1, "memory_cost_kib": 8, "parallelism": 1}


@pytest.fixture
def now():
    from django.utils import timezone

    return timezone.now()


@pytest.fixture
def alex(db):
    from tests.factories import make_user

    return make_user("alex@example.com", "Alex")


@pytest.fixture
def sam(db):
    from tests.factories import make_user

    return make_user("sam@example.com", "Sam")


@pytest.fixture
def kim(db):
    from tests.factories import make_user

    return make_user("kim@example.com", "Kim")


@pytest.fixture
def newcomer(db):
    """A brand-new account that has not answered the private safety screen yet."""
    from tests.factories import make_user

    return make_user("nova@example.com", "Nova", screened=False)


@pytest.fixture
def alex_and_sam(alex, sam, now):
    """A couple space started by alex, which sam joined."""
    from tests.factories import make_couple, make_joined

    membership = make_couple(alex, "Sunny", now=now)
    make_joined(sam, membership, now=now)
    return membership.couple


@pytest.fixture
def kim_space(kim, now):
    from tests.factories import make_couple

    return make_couple(kim, "Robin", now=now).couple


def client_for(user, password=PASSWORD):
    """A browser-like client logged in through the real login form (so the private space is open)."""
    from django.test import Client

    client = Client()
    response = client.post("/accounts/login/", {"username": user.email, "password": password})
    assert response.status_code == 302, "login failed"
    return client


CSRF_IN_PAGE = re.compile(rb'("X-CSRFToken": "|name="csrfmiddlewaretoken" value=")[^"]*"')


def page_body(response) -> bytes:
    """The response body without its per-response CSRF token, for comparing two answers."""
    return CSRF_IN_PAGE.sub(rb'\1"', response.content)


SIGNUP_LINK = re.compile(r"https?://[^/\s]+(/accounts/signup/confirm/[^\s/]+/)")


def signup_link(email: str) -> str:
    """The path of the newest sign-up link e-mailed to this address (from the locmem outbox)."""
    from django.core import mail

    for message in reversed(mail.outbox):
        if email in message.to and SIGNUP_LINK.search(message.body):
            return SIGNUP_LINK.search(message.body).group(1)
    raise AssertionError(f"no sign-up link was sent to {email}")


def sign_up(client, email: str, name: str = "River", *, password: str = PASSWORD, time_zone: str = "UTC",
            next_url: str = ""):
    """Sign up through the real pages (address, e-mailed link, details); return the recovery key page."""
    step_one = client.post("/accounts/signup/", {"email": email, "next": next_url})
    assert step_one.status_code == 200, step_one.status_code
    response = client.post(signup_link(email), {
        "display_name": name, "time_zone": time_zone, "password1": password, "password2": password,
    }, follow=True)
    assert response.status_code == 200 and "recovery_key" in response.context, "sign-up did not finish"
    return response
