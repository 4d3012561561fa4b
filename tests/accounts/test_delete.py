import pytest
from django.urls import reverse

from nearer.accounts.models import User
from nearer.couples.models import Couple, Invitation, Membership
from tests.conftest import PASSWORD, client_for
from tests.factories import make_couple, make_invitation

URL = reverse("accounts:delete")


def test_delete_needs_the_password_and_the_confirmation(alex):
    client = client_for(alex)
    missing_confirm = client.post(URL, {"password": PASSWORD})
    assert missing_confirm.context["form"].errors["confirm"]
    wrong_password = client.post(URL, {"password": "wrong", "confirm": "on"})
    assert "nothing was deleted" in wrong_password.context["form"].errors["password"][0]
    assert User.objects.filter(pk=alex.pk).exists()


def test_deleting_a_solo_account_removes_the_couple_space(alex, now):
    make_couple(alex, "Sam", now=now)
    make_invitation(alex, now=now)
    response = client_for(alex).post(URL, {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=alex.pk).exists()
    assert Couple.objects.count() == 0
    assert Invitation.objects.count() == 0


def test_deleting_leaves_the_partner_their_space(alex_and_sam, alex, sam):
    client_for(alex).post(URL, {"password": PASSWORD, "confirm": "on"})
    assert Couple.objects.filter(pk=alex_and_sam.pk).exists()
    assert Membership.objects.filter(couple=alex_and_sam).get().user == sam


def test_deleted_person_is_logged_out(alex):
    client = client_for(alex)
    client.post(URL, {"password": PASSWORD, "confirm": "on"})
    assert client.get(reverse("pages:home")).status_code == 302


@pytest.mark.django_db(transaction=True)
def test_deleted_text_does_not_linger_in_the_sqlite_file(client):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("checks the SQLite file itself")
    from tests.factories import make_user

    from django.utils import timezone

    from nearer.journal import services as journal
    from tests.factories import key_for, make_couple

    canary = "Zanzibar-canary-7731"
    user = make_user("canary@example.com", canary)
    make_couple(user, "Partner", now=timezone.now())
    entry = journal.entry_create(user=user, body=f"shared {canary}", key=key_for(user), now=timezone.now())
    journal.entry_set_visibility(user=user, entry_id=entry.pk, visibility="shared", key=key_for(user), now=timezone.now())
    client.force_login(user)
    client.post(URL, {"password": PASSWORD, "confirm": "on"})
    path = connection.settings_dict["NAME"]
    for suffix in ("", "-wal"):
        try:
            raw = open(path + suffix, "rb").read()
        except FileNotFoundError:
            continue
        assert canary.encode() not in raw
