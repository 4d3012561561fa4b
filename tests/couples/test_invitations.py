import re
import uuid
from datetime import timedelta

import time_machine
from django.urls import reverse

from nearer.couples.models import Invitation, Membership
from tests.conftest import client_for, page_body
from tests.factories import make_couple, make_invitation


def _invite(client) -> str:
    response = client.post(reverse("couples:invite"))
    assert response.status_code == 200
    return re.search(r'value="http://testserver(/couple/join/[^"]+/)"', response.content.decode()).group(1)


def test_invitation_link_lets_the_partner_join(alex, sam, now):
    make_couple(alex, "Sam", now=now)
    link = _invite(client_for(alex))
    sam_client = client_for(sam)
    assert "invited you" in sam_client.get(link).content.decode()
    response = sam_client.post(link, {"partner_label": "Alex"})
    assert response.status_code == 302
    membership = Membership.objects.get(user=sam)
    assert (membership.role, membership.couple_id) == ("partner", Membership.objects.get(user=alex).couple_id)


def test_only_a_hash_of_the_link_is_stored(alex, now):
    make_couple(alex, "Sam", now=now)
    link = _invite(client_for(alex))
    token = link.rstrip("/").rsplit("/", 1)[-1]
    stored = Invitation.objects.get()
    assert token not in stored.token_hash and len(stored.token_hash) == 64


def test_used_link_cannot_be_used_again(alex, sam, kim, now):
    make_couple(alex, "Sam", now=now)
    link = _invite(client_for(alex))
    client_for(sam).post(link, {"partner_label": "Alex"})
    response = client_for(kim).post(link, {"partner_label": "Alex"})
    assert response.status_code == 410
    assert "already been used" in response.content.decode()
    assert not Membership.objects.filter(user=kim).exists()


def test_expired_link_is_refused(alex, sam, now):
    make_couple(alex, "Sam", now=now)
    link = _invite(client_for(alex))
    with time_machine.travel(now + timedelta(days=7, minutes=1)):
        response = client_for(sam).post(link, {"partner_label": "Alex"})
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert not Membership.objects.filter(user=sam).exists()


def test_revoked_link_is_refused(alex, sam, now):
    make_couple(alex, "Sam", now=now)
    client = client_for(alex)
    link = _invite(client)
    invitation = Invitation.objects.get()
    assert client.post(reverse("couples:revoke", args=[invitation.uid])).status_code == 302
    response = client_for(sam).post(link, {"partner_label": "Alex"})
    assert response.status_code == 410
    assert "withdrawn" in response.content.decode()


def test_new_link_withdraws_the_earlier_one(alex, now):
    membership = make_couple(alex, "Sam", now=now)
    first, _ = make_invitation(alex, now=now)
    make_invitation(alex, now=now)
    first.refresh_from_db()
    assert first.status_at(now) == "revoked"
    assert Invitation.objects.filter(couple=membership.couple).count() == 2


def test_unknown_link_answers_404(sam):
    response = client_for(sam).get("/couple/join/not-a-real-token/")
    assert response.status_code == 404
    assert "not valid" in response.content.decode()


def test_person_already_in_a_couple_cannot_join_another(alex, kim, now):
    make_couple(alex, "Sam", now=now)
    make_couple(kim, "Robin", now=now)
    link = _invite(client_for(alex))
    response = client_for(kim).post(link, {"partner_label": "Alex"})
    assert response.status_code == 400
    assert "already belong to a couple space" in response.content.decode()
    assert Membership.objects.filter(user=kim).count() == 1
    assert Invitation.objects.get(couple__memberships__user=alex).used_at is None


def test_founder_cannot_join_their_own_space(alex, now):
    make_couple(alex, "Sam", now=now)
    client = client_for(alex)
    link = _invite(client)
    assert client.post(link, {"partner_label": "Me"}).status_code == 400
    assert Membership.objects.filter(user=alex).count() == 1


def test_full_couple_cannot_create_invitations(alex_and_sam, alex):
    response = client_for(alex).post(reverse("couples:invite"), follow=True)
    assert "already joined" in response.content.decode()


def test_anonymous_visitor_is_offered_sign_up_or_log_in(client, alex, now):
    make_couple(alex, "Sam", now=now)
    link = _invite(client_for(alex))
    page = client.get(link).content.decode()
    assert "Create an account to join" in page and "Log in to join" in page
    assert client.post(link, {"partner_label": "x"}).status_code == 200
    assert Membership.objects.count() == 1


def test_revoking_another_couples_invitation_answers_404_like_a_missing_one(alex, kim, now):
    make_couple(alex, "Sam", now=now)
    make_couple(kim, "Robin", now=now)
    invitation, _ = make_invitation(kim, now=now)
    foreign = client_for(alex).post(reverse("couples:revoke", args=[invitation.uid]))
    missing = client_for(alex).post(reverse("couples:revoke", args=[uuid.uuid4()]))
    assert foreign.status_code == missing.status_code == 404
    assert page_body(foreign) == page_body(missing)
    invitation.refresh_from_db()
    assert invitation.revoked_at is None
