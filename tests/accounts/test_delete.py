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
    assert Membership.objects.filter(couple=alex_and_sam, left_at__isnull=True).get().user == sam


def test_what_stays_of_a_deleted_member_is_a_record_without_the_person(alex_and_sam, alex, sam):
    client_for(alex).post(URL, {"password": PASSWORD, "confirm": "on"})
    record = Membership.objects.get(couple=alex_and_sam, user__isnull=True)
    assert record.left_at is not None and record.partner_label_sealed is None and record.role == "founder"


@pytest.mark.parametrize("deleted, stays, name", [("alex", "sam", "Alex"), ("sam", "alex", "Sunny")])
def test_the_partner_who_stays_reads_that_the_other_left_not_that_nobody_joined(
        alex_and_sam, alex, sam, deleted, stays, name):
    people = {"alex": alex, "sam": sam}
    client_for(people[deleted]).post(URL, {"password": PASSWORD, "confirm": "on"})
    page = " ".join(client_for(people[stays]).get(reverse("couples:space")).content.decode().split())
    assert f"{name} left your couple space on" in page and "has not joined" not in page


def test_after_the_partner_deleted_their_account_a_new_partner_can_be_invited(alex_and_sam, alex, sam, kim, now):
    from tests.factories import make_joined

    client_for(sam).post(URL, {"password": PASSWORD, "confirm": "on"})
    founder = Membership.objects.get(user=alex)
    assert make_joined(kim, founder, now=now).couple_id == alex_and_sam.pk


def test_when_both_delete_their_accounts_nothing_of_the_space_stays(alex_and_sam, alex, sam):
    client_for(sam).post(URL, {"password": PASSWORD, "confirm": "on"})
    client_for(alex).post(URL, {"password": PASSWORD, "confirm": "on"})
    assert not Couple.objects.exists() and not Membership.objects.exists()


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
