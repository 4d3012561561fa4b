"""The recovery key waits (sealed in the session) until the person says they saved it; a new one can
be made from the account page, and the old one then stops working."""

import base64

from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from nearer.core.crypto import unwrap_with_recovery_key
from nearer.privacy import session
from nearer.privacy.models import KeyRing
from tests.conftest import PASSWORD, client_for, sign_up

PAGE = reverse("privacy:recovery_key")
DOWNLOAD = reverse("privacy:recovery_key_download")
NEW = reverse("privacy:recovery_key_new")


def test_key_page_survives_reloads_and_goes_once_confirmed(client, db):
    recovery_key = sign_up(client, "river@example.com").context["recovery_key"]
    for _ in range(2):
        page = client.get(PAGE)
        assert page.context["recovery_key"] == recovery_key
        assert "no-store" in page["Cache-Control"]
    done = client.post(PAGE)
    assert done.status_code == 302 and done["Location"] == reverse("pages:home")
    gone = client.get(PAGE)
    assert recovery_key not in gone.content.decode() and b"No recovery key is waiting" in gone.content
    assert client.get(DOWNLOAD).status_code == 404


def test_download_serves_the_key_as_a_text_file_that_is_not_kept(client, db):
    recovery_key = sign_up(client, "river@example.com").context["recovery_key"]
    response = client.get(DOWNLOAD)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="nearer-recovery-key.txt"'
    assert "no-store" in response["Cache-Control"]
    assert recovery_key in response.content.decode()


def test_the_waiting_key_needs_the_unlock_cookie(client, db):
    """The session row alone (a copy of the database) does not open the waiting key."""
    recovery_key = sign_up(client, "river@example.com").context["recovery_key"]
    (row,) = Session.objects.all()
    stored = row.get_decoded()[session.RECOVERY_KEY]
    assert recovery_key.encode() not in base64.b64decode(stored[0])
    del client.cookies["nearer_unlock"]
    page = client.get(PAGE)
    assert recovery_key not in page.content.decode()
    assert client.get(DOWNLOAD).status_code == 404


def test_key_page_belongs_to_its_own_session_only(client, db):
    recovery_key = sign_up(client, "river@example.com").context["recovery_key"]
    other = Client()
    other.post(reverse("accounts:login"), {"username": "river@example.com", "password": PASSWORD})
    assert recovery_key not in other.get(PAGE).content.decode()


def test_a_new_recovery_key_replaces_the_old_one(alex):
    client = client_for(alex)
    old_wrap = KeyRing.objects.get(user=alex).recovery_wrap
    wrong = client.post(NEW, {"password": "not my password"})
    assert wrong.status_code == 400 and b"not right" in wrong.content
    assert KeyRing.objects.get(user=alex).recovery_wrap == old_wrap
    response = client.post(NEW, {"password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == PAGE
    new_key = response.context["recovery_key"]
    ring = KeyRing.objects.get(user=alex)
    assert ring.recovery_wrap != old_wrap
    assert len(unwrap_with_recovery_key(ring.recovery_wrap, new_key)) == 32
    assert client.post(PAGE)["Location"] == reverse("accounts:profile")


def test_new_recovery_key_needs_an_open_space(alex):
    client = Client()
    client.force_login(alex)
    response = client.get(NEW)
    assert response.status_code == 302 and response["Location"].startswith(reverse("privacy:unlock"))


def test_the_account_page_links_to_a_new_recovery_key(alex):
    assert NEW in client_for(alex).get(reverse("accounts:profile")).content.decode()


def test_after_a_new_key_the_old_one_no_longer_recovers(client, db):
    from tests.privacy.test_keys import NEW_PASSWORD, _reset_password

    old_key = sign_up(client, "river@example.com").context["recovery_key"]
    client.post(PAGE)
    new_key = client.post(NEW, {"password": PASSWORD}, follow=True).context["recovery_key"]
    client.post(PAGE)
    client.post(reverse("accounts:logout"))
    _reset_password(client, "river@example.com")
    client.post(reverse("accounts:login"), {"username": "river@example.com", "password": NEW_PASSWORD})
    old = client.post(reverse("privacy:recover"), {"recovery_key": old_key, "password": NEW_PASSWORD})
    assert old.status_code == 400 and b"does not open" in old.content
    assert client.post(reverse("privacy:recover"), {"recovery_key": new_key, "password": NEW_PASSWORD}).status_code == 302


def test_home_reminds_a_person_whose_recovery_key_is_still_waiting(db):
    from tests.program.helpers import answer_safety

    client = Client()
    sign_up(client, "river@example.com")
    answer_safety(client)
    assert "has not been saved yet" in client.get(reverse("pages:home")).content.decode()
    client.post(reverse("privacy:recovery_key"))
    assert "has not been saved yet" not in client.get(reverse("pages:home")).content.decode()
