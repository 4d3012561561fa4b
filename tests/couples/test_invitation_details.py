"""Defect 9: invitations are addressed by opaque ids, named with one word for a withdrawn link,
shown only to the person who made them, and a second couple is refused before any form."""

import re
import uuid

from django.urls import reverse

from nearer.couples.models import Invitation, Membership
from tests.conftest import client_for, page_body
from tests.factories import make_couple, make_invitation, make_joined

SPACE = reverse("couples:space")


def test_invitation_links_use_opaque_ids_not_counters(alex, now):
    make_couple(alex, "Sunny", now=now)
    invitation, _ = make_invitation(alex, now=now)
    page = client_for(alex).get(SPACE).content.decode()
    assert re.search(r"/couple/invitations/\d+/", page) is None
    assert f"/couple/invitations/{invitation.uid}/revoke/" in page
    assert isinstance(invitation.uid, uuid.UUID)


def test_creator_withdraws_an_invitation_by_its_opaque_id(alex, now):
    make_couple(alex, "Sunny", now=now)
    invitation, _ = make_invitation(alex, now=now)
    response = client_for(alex).post(reverse("couples:revoke", args=[invitation.uid]))
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None


def test_a_withdrawn_invitation_is_called_withdrawn_everywhere(alex, sam, now):
    make_couple(alex, "Sunny", now=now)
    invitation, token = make_invitation(alex, now=now)
    client = client_for(alex)
    client.post(reverse("couples:revoke", args=[invitation.uid]))
    page = client.get(SPACE).content.decode()
    assert "Withdrawn" in page and "Revoked" not in page
    refused = client_for(sam).get(reverse("couples:join", args=[token])).content.decode()
    assert "withdrawn" in refused and "revoked" not in refused.lower()
    assert Invitation.Status.REVOKED.label == "Withdrawn"


def test_partner_sees_nothing_of_the_invitations_the_other_made(alex, sam, now):
    membership = make_couple(alex, "Sunny", now=now)
    make_invitation(alex, now=now)  # withdrawn by the next one, which sam uses
    make_joined(sam, membership, now=now)
    sam_page = client_for(sam).get(SPACE).content.decode()
    assert "Invitation links" not in sam_page
    assert "Created" not in sam_page and "Used" not in sam_page and "Withdrawn" not in sam_page
    assert "Invitation links" in client_for(alex).get(SPACE).content.decode()


def test_partner_cannot_withdraw_the_others_invitation(alex, sam, now):
    membership = make_couple(alex, "Sunny", now=now)
    earlier, _ = make_invitation(alex, now=now)  # withdrawn when alex makes the link sam uses
    make_joined(sam, membership, now=now)
    answer = client_for(sam).post(reverse("couples:revoke", args=[earlier.uid]))
    missing = client_for(sam).post(reverse("couples:revoke", args=[uuid.uuid4()]))
    assert answer.status_code == missing.status_code == 404
    assert page_body(answer) == page_body(missing)


def test_join_page_says_at_once_that_a_second_couple_is_not_possible(alex, kim, now):
    make_couple(alex, "Sunny", now=now)
    make_couple(kim, "Robin", now=now)
    _, token = make_invitation(alex, now=now)
    response = client_for(kim).get(reverse("couples:join", args=[token]))
    page = response.content.decode()
    assert "You already belong to a couple space" in page
    assert "Join the couple space" not in page
    assert 'type="submit"' not in page.split('<main', 1)[1]
    assert Membership.objects.filter(user=kim).count() == 1
