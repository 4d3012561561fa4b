from django.urls import reverse

from nearer.couples.models import Membership
from tests.conftest import client_for


def test_leaving_ends_access_on_the_next_request(alex_and_sam, sam):
    client = client_for(sam)
    assert "You joined Alex’s couple space" in client.get(reverse("couples:space")).content.decode()
    assert client.post(reverse("couples:leave")).status_code == 302
    page = client.get(reverse("couples:space")).content.decode()
    assert "Start my couple space" in page
    assert Membership.objects.get(user=sam).left_at is not None


def test_partner_keeps_the_space_after_the_other_leaves(alex_and_sam, alex, sam):
    client_for(sam).post(reverse("couples:leave"))
    page = client_for(alex).get(reverse("couples:space")).content.decode()
    assert "on your own" in page


def test_person_who_left_can_start_a_new_space(alex_and_sam, sam):
    client = client_for(sam)
    client.post(reverse("couples:leave"))
    assert client.post(reverse("couples:create"), {"partner_label": "Someone"}).status_code == 302
    assert Membership.objects.filter(user=sam, left_at__isnull=True).count() == 1


def test_leaving_without_a_space_answers_404(alex):
    assert client_for(alex).post(reverse("couples:leave")).status_code == 404


def test_leave_page_asks_for_confirmation(alex_and_sam, alex):
    client = client_for(alex)
    assert "Leave the couple space?" in client.get(reverse("couples:leave")).content.decode()
    assert Membership.objects.get(user=alex).left_at is None
