"""Settings the production server depends on: which proxy may speak for a client (defect 11) and
database connections kept open between requests (issue 11)."""

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse


@pytest.fixture
def behind_proxy(settings):
    settings.BEHIND_PROXY = True
    settings.PROXY_ADDRESSES = ["127.0.0.1", "::1", "10.20.0.0/16"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    return settings


@pytest.mark.django_db
@pytest.mark.parametrize("proxy", ["127.0.0.1", "::1", "10.20.3.4"])
def test_forwarded_proto_from_the_proxy_counts(behind_proxy, proxy):
    answer = Client(REMOTE_ADDR=proxy).get("/", HTTP_X_FORWARDED_PROTO="https")
    assert answer.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("stranger", ["203.0.113.9", "10.21.0.1", "", "not an address"])
def test_forwarded_proto_from_anyone_else_is_ignored(behind_proxy, stranger):
    answer = Client(REMOTE_ADDR=stranger).get("/", HTTP_X_FORWARDED_PROTO="https")
    assert answer.status_code == 301 and answer["Location"].startswith("https://")


def _failed_login_address(remote_addr: str, forwarded_for: str) -> str:
    Client(REMOTE_ADDR=remote_addr).post(
        reverse("accounts:login"), {"username": "alex@example.com", "password": "wrong"},
        HTTP_X_FORWARDED_FOR=forwarded_for, HTTP_X_FORWARDED_PROTO="https", secure=True,
    )
    return AccessAttempt.objects.get().ip_address


def test_the_proxy_names_the_client_for_throttling(behind_proxy, alex):
    assert _failed_login_address("127.0.0.1", "10.9.9.9, 198.51.100.7") == "198.51.100.7"


def test_a_client_cannot_name_itself_for_throttling(behind_proxy, alex):
    assert _failed_login_address("203.0.113.9", "198.51.100.7") == "203.0.113.9"


def test_without_a_proxy_forwarded_headers_are_ignored(settings, alex):
    settings.BEHIND_PROXY = False
    assert _failed_login_address("127.0.0.1", "198.51.100.7") == "127.0.0.1"


def test_database_connections_are_kept_open_and_checked():
    from nearer.config import settings as nearer_settings

    database = nearer_settings.DATABASES["default"]
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True
