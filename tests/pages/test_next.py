"""`next` sends a person only to a path of this site: a bare word, another host, a scheme-relative
address or a script URL all fall back to the page's default, and none of them gives a server error."""

import re

import pytest
from django.urls import reverse

from nearer.accounts import services as account_services
from nearer.pages.navigation import safe_next
from nearer.privacy import services as privacy_services
from tests.conftest import PASSWORD, client_for

BAD_NEXT = ["x", "//evil.example", "https://evil.example", "javascript:alert(1)", "/\\evil.example",
            "http:/evil.example", " //evil.example"]
NEW_PASSWORD = "another quiet morning walk"


def _assert_sent_home_safely(response, default: str):
    assert response.status_code < 500
    if response.status_code in (301, 302, 303):
        assert response["Location"] == default


@pytest.mark.parametrize("bad", BAD_NEXT)
def test_safe_next_keeps_only_local_paths(rf, bad):
    request = rf.get("/privacy/unlock/", {"next": bad})
    assert safe_next(request, default="pages:home") == reverse("pages:home")


@pytest.mark.parametrize("good", ["/journal/", "/program/talks/?x=1"])
def test_safe_next_follows_a_path_of_this_site(rf, good):
    assert safe_next(rf.get("/", {"next": good}), default="pages:home") == good
    assert safe_next(rf.post("/", {"next": good}), default="pages:home") == good


@pytest.mark.parametrize("bad", BAD_NEXT)
def test_unlock_page_with_a_bad_next(alex, bad):
    client = client_for(alex)
    home = reverse("pages:home")
    _assert_sent_home_safely(client.get(reverse("privacy:unlock"), {"next": bad}), home)
    del client.cookies["nearer_unlock"]
    assert client.get(reverse("privacy:unlock"), {"next": bad}).status_code == 200
    response = client.post(reverse("privacy:unlock"), {"password": PASSWORD, "next": bad})
    assert response.status_code == 302 and response["Location"] == home


@pytest.mark.parametrize("bad", BAD_NEXT)
def test_recover_page_with_a_bad_next(db, bad):
    user, recovery_key, _ = account_services.user_create(
        email="river@example.com", password=PASSWORD, display_name="River", time_zone="UTC")
    privacy_services.password_reset(user=user, new_password=NEW_PASSWORD)
    client = client_for(user, password=NEW_PASSWORD)
    response = client.post(reverse("privacy:recover"),
                           {"recovery_key": recovery_key, "password": NEW_PASSWORD, "next": bad})
    assert response.status_code == 302 and response["Location"] == reverse("pages:home")


@pytest.mark.parametrize("bad", BAD_NEXT)
def test_login_with_a_bad_next(alex, client, bad):
    assert client.get(reverse("accounts:login"), {"next": bad}).status_code == 200
    response = client.post(reverse("accounts:login"), {"username": alex.email, "password": PASSWORD, "next": bad})
    assert response.status_code == 302
    assert response["Location"] in (reverse("pages:home"), "/home/")


@pytest.mark.parametrize("bad", BAD_NEXT)
def test_signup_with_a_bad_next(client, db, bad, mailoutbox):
    assert client.get(reverse("accounts:signup"), {"next": bad}).status_code == 200
    response = client.post(reverse("accounts:signup") + "?next=" + bad, {"email": "river@example.com", "next": bad})
    assert response.status_code == 200
    link = re.search(r"http://testserver(/\S+)", mailoutbox[-1].body).group(1)
    details = client.get(link)
    assert details.status_code == 200
    assert f'value="{bad}"' not in details.content.decode() and f"next={bad}" not in details.content.decode()


