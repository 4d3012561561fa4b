"""The data key's life: sign-up, login, password change, reset (locked), recovery, destroying."""

import re

from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.urls import reverse

from nearer.core.crypto import unwrap_with_recovery_key
from nearer.journal import services as journal
from nearer.journal.models import JournalEntry
from nearer.privacy.models import KeyRing
from tests.conftest import PASSWORD, client_for, sign_up
from tests.factories import key_for
from tests.program.helpers import answer_safety

NEW_PASSWORD = "another quiet morning walk"


def _recovery_key_at_signup(client) -> str:
    recovery_key = sign_up(client, "river@example.com").context["recovery_key"]
    client.post(reverse("privacy:recovery_key"))  # "I have saved it"
    return recovery_key


def _reset_password(client, email):
    client.post(reverse("accounts:password_reset"), {"email": email})
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", mail.outbox[-1].body).group(1)
    form_page = client.get(link, follow=True)
    client.post(form_page.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})


def test_session_in_the_database_holds_no_data_key(alex, now):
    journal.entry_create(user=alex, body="hidden", key=key_for(alex), now=now)
    client_for(alex)
    data_key = key_for(alex)[0]
    import base64

    for row in Session.objects.all():
        decoded = row.get_decoded()
        assert data_key.hex() not in str(decoded)
        assert base64.b64encode(data_key).decode() not in str(decoded)


def test_without_the_unlock_cookie_the_session_is_locked(alex):
    client = client_for(alex)
    assert client.get(reverse("journal:index")).status_code == 200
    del client.cookies["nearer_unlock"]
    assert client.get(reverse("journal:index"))["Location"].startswith(reverse("privacy:unlock"))


def test_unlock_page_opens_the_space_with_the_password(alex):
    client = Client()
    client.force_login(alex)
    wrong = client.post(reverse("privacy:unlock"), {"password": "not it"})
    assert wrong.status_code == 400
    assert client.post(reverse("privacy:unlock"), {"password": PASSWORD}).status_code == 302
    assert client.get(reverse("journal:index")).status_code == 200


def test_password_change_keeps_private_text_readable(alex, now):
    entry = journal.entry_create(user=alex, body="still mine", key=key_for(alex), now=now)
    client = client_for(alex)
    client.post(reverse("accounts:password_change"), {
        "old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD,
    })
    fresh = client_for(alex, password=NEW_PASSWORD)
    assert "still mine" in fresh.get(reverse("journal:detail", args=[entry.pk])).content.decode()


def test_reset_leaves_the_space_locked_until_the_recovery_key_is_entered(client, db, now):
    recovery_key = _recovery_key_at_signup(client)
    answer_safety(client)
    client.post(reverse("journal:index"), {"body": "before the reset"})
    client.post(reverse("accounts:logout"))
    _reset_password(client, "river@example.com")
    assert KeyRing.objects.get(user__email="river@example.com").is_locked
    fresh = client_for(JournalEntry.objects.get().author, password=NEW_PASSWORD)
    locked = fresh.get(reverse("journal:index"))
    assert locked["Location"].startswith(reverse("privacy:unlock"))
    assert "recovery key" in fresh.get(locked["Location"]).content.decode()
    bad = fresh.post(reverse("privacy:recover"), {"recovery_key": "0000-0000-0000-0000-0000-0000-0000-0000", "password": NEW_PASSWORD})
    assert bad.status_code == 400
    good = fresh.post(reverse("privacy:recover"), {"recovery_key": recovery_key.lower(), "password": NEW_PASSWORD})
    assert good.status_code == 302
    assert "before the reset" in fresh.get(reverse("journal:index")).content.decode()
    assert not KeyRing.objects.get(user__email="river@example.com").is_locked


def test_without_the_recovery_key_the_locked_space_can_be_destroyed(client, db):
    _recovery_key_at_signup(client)
    answer_safety(client)
    client.post(reverse("journal:index"), {"body": "lost for good"})
    client.post(reverse("accounts:logout"))
    _reset_password(client, "river@example.com")
    person = JournalEntry.objects.get().author
    fresh = client_for(person, password=NEW_PASSWORD)
    refused = fresh.post(reverse("privacy:destroy"), {"password": NEW_PASSWORD})
    assert refused.status_code == 400 and JournalEntry.objects.count() == 1
    done = fresh.post(reverse("privacy:destroy"), {"password": NEW_PASSWORD, "confirm": "on"}, follow=True)
    assert done.redirect_chain[-1][0] == reverse("privacy:recovery_key")
    assert "A fresh private space" in done.content.decode()
    new_key = done.context["recovery_key"]
    ring = KeyRing.objects.get(user=person)
    assert not ring.is_locked and len(unwrap_with_recovery_key(ring.recovery_wrap, new_key)) == 32
    assert JournalEntry.objects.count() == 0
    # A fresh private space: the safety questions come first again (their answers went with it).
    assert fresh.get(reverse("journal:index"))["Location"].startswith(reverse("program:safety"))
    answer_safety(fresh)
    assert fresh.get(reverse("journal:index")).status_code == 200


def test_destroy_is_refused_while_the_space_is_not_locked(alex, now):
    journal.entry_create(user=alex, body="keep me", key=key_for(alex), now=now)
    response = client_for(alex).post(reverse("privacy:destroy"), {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 400
    assert JournalEntry.objects.count() == 1


def test_logout_drops_the_unlock_cookie(alex):
    client = client_for(alex)
    response = client.post(reverse("accounts:logout"))
    assert response.cookies["nearer_unlock"].value == ""


def test_moved_blob_fails_to_open_instead_of_showing_another_text(alex, now):
    import pytest

    from nearer.core.crypto import TamperedError
    from nearer.privacy.services import item_read

    first = journal.entry_create(user=alex, body="first", key=key_for(alex), now=now)
    second = journal.entry_create(user=alex, body="second", key=key_for(alex), now=now)
    second.body_sealed = first.body_sealed
    with pytest.raises(TamperedError):
        item_read(second, key=key_for(alex))
