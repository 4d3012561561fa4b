from django.urls import reverse

from nearer.couples.models import Couple, Membership
from nearer.couples.selectors import partner_label
from tests.conftest import client_for
from tests.factories import key_for

URL = reverse("couples:create")


def test_person_can_start_a_couple_space_on_their_own(alex):
    response = client_for(alex).post(URL, {"partner_label": "Sam"})
    assert response.status_code == 302
    membership = Membership.objects.get(user=alex)
    assert (membership.role, membership.left_at) == ("founder", None)
    assert partner_label(membership=membership, key=key_for(alex)) == "Sam"
    assert b"Sam" not in bytes(membership.partner_label_sealed)


def test_second_couple_space_is_refused(alex, now):
    client = client_for(alex)
    client.post(URL, {"partner_label": "Sam"})
    response = client.post(URL, {"partner_label": "Robin"})
    assert response.status_code == 400
    assert "already have a couple space" in response.content.decode()
    assert Couple.objects.count() == 1


def test_partner_name_is_required_and_bounded(alex):
    client = client_for(alex)
    for bad in ("", "   ", "x" * 61):
        response = client.post(URL, {"partner_label": bad})
        assert response.status_code == 400
    assert Couple.objects.count() == 0


def test_creating_needs_login_and_post(client, alex):
    assert client.post(URL, {"partner_label": "Sam"}).status_code == 302
    assert client_for(alex).get(URL).status_code == 405
    assert Couple.objects.count() == 0


def test_space_page_shows_the_invite_form_only_to_a_solo_member(alex_and_sam, alex, kim, kim_space):
    assert "Create an invitation link" not in client_for(alex).get(reverse("couples:space")).content.decode()
    assert "Create an invitation link" in client_for(kim).get(reverse("couples:space")).content.decode()
