"""The agreement pages, for self, partner, another couple, a former member and anonymous visitors."""

import pytest
from django.urls import reverse

from nearer.agreements.models import Agreement
from nearer.couples import services as couples
from tests.agreements.helpers import KIND_PLANS, form_data, make_agreement
from tests.conftest import client_for
from tests.factories import answer_screen

pytestmark = pytest.mark.django_db
NEW = reverse("agreements:new")


def _detail(agreement):
    return reverse("agreements:detail", args=[agreement.pk])


def test_the_catalogue_shows_all_46_moments_and_filters_them(alex):
    client = client_for(alex)
    assert "46 moments" in client.get(reverse("agreements:catalogue")).content.decode()
    page = client.get(reverse("agreements:catalogue"), {"minutes": "2", "energy": "low"}).content.decode()
    assert "46 moments" not in page and "2 min ·" in page and "15 min ·" not in page


def test_a_bad_filter_shows_the_whole_catalogue_rather_than_failing(alex):
    response = client_for(alex).get(reverse("agreements:catalogue"), {"minutes": "lots", "care": "<b>"})
    assert response.status_code == 200 and "46 moments" in response.content.decode()


def test_choosing_a_moment_fills_the_form_from_the_catalogue(alex):
    page = client_for(alex).get(NEW, {"from": "morning_coffee"}).content.decode()
    assert "Fifteen minutes of coffee or tea together" in page and 'value="morning_coffee"' in page


@pytest.mark.parametrize("kind", sorted(KIND_PLANS))
def test_every_kind_can_be_created_from_the_form(alex, kind):
    response = client_for(alex).post(NEW, form_data(kind))
    agreement = Agreement.objects.get()
    assert response.status_code == 302 and response["Location"] == _detail(agreement)
    assert agreement.kind == kind and agreement.status == "active"


def test_a_bad_form_re_renders_with_the_message_and_stores_nothing(alex):
    response = client_for(alex).post(NEW, form_data("pause_signal", duration_minutes=5))
    assert response.status_code == 400 and "between 20 and 1440 minutes" in response.content.decode()
    assert not Agreement.objects.exists()


def test_a_person_alone_is_not_offered_to_propose(alex):
    assert "Propose it to my partner" not in client_for(alex).get(NEW).content.decode()


def test_a_couple_proposes_through_the_form_and_the_partner_accepts(alex, sam, alex_and_sam):
    alex_client, sam_client = client_for(alex), client_for(sam)
    assert "Propose it to my partner" in alex_client.get(NEW).content.decode()
    alex_client.post(NEW, {**form_data("shared_activity"), "share": "propose"})
    agreement = Agreement.objects.get()
    page = sam_client.get(_detail(agreement)).content.decode()
    assert "Alex proposed this" in page and ">Accept<" in page and "Suggest a change" in page
    sam_client.post(reverse("agreements:respond", args=[agreement.pk]), {"answer": "accept", "version": "1"})
    assert "agreed by both of you" in alex_client.get(_detail(agreement)).content.decode()


def test_a_stale_answer_through_the_page_gets_a_clear_conflict_message(alex, sam, alex_and_sam):
    agreement = make_agreement(alex, propose=True)
    client = client_for(sam)
    client.post(_detail(agreement), {**form_data(), "title": "My version", "version": "1"})
    page = client.post(_detail(agreement), {**form_data(), "title": "Again", "version": "1"}, follow=True)
    assert "changed meanwhile" in page.content.decode()
    assert "My version" in page.content.decode()


def test_a_safety_concern_hides_every_proposal_control(alex, sam, alex_and_sam):
    agreement = make_agreement(alex, propose=True)
    answer_screen(sam, yes=["afraid_of_partner"])
    client = client_for(sam)
    assert "Propose it to my partner" not in client.get(NEW).content.decode()
    page = client.get(_detail(agreement)).content.decode()
    assert ">Accept<" not in page and "Suggest a change" not in page
    assert "waits for your answer" not in client.get(reverse("agreements:today")).content.decode()


@pytest.mark.parametrize("viewer", ["kim", "former"])
def test_others_get_the_same_404_as_for_a_missing_agreement(alex, sam, alex_and_sam, kim, viewer, now):
    agreement = make_agreement(alex, propose=True)
    if viewer == "former":
        couples.membership_leave(user=sam, now=now)
    person = kim if viewer == "kim" else sam
    client = client_for(person)
    for name in ("detail", "respond", "status", "mark", "pause_start", "pause_end"):
        method = client.get if name == "detail" else client.post
        assert method(reverse(f"agreements:{name}", args=[agreement.pk])).status_code == 404, name
    assert "Tea on the balcony" not in client.get(reverse("agreements:index")).content.decode()


def test_a_partner_never_sees_the_others_private_agreement(alex, sam, alex_and_sam):
    agreement = make_agreement(alex, title="Just for me")
    client = client_for(sam)
    assert client.get(_detail(agreement)).status_code == 404
    assert "Just for me" not in client.get(reverse("agreements:index")).content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client, alex):
    agreement = make_agreement(alex)
    for url in (reverse("agreements:index"), NEW, _detail(agreement)):
        assert client.get(url)["Location"].startswith("/accounts/login/")


def test_ending_from_the_page_keeps_it_in_the_history(alex):
    agreement = make_agreement(alex, title="Tea on the balcony")
    client = client_for(alex)
    client.post(reverse("agreements:status", args=[agreement.pk]), {"action": "end", "version": "1"})
    page = client.get(reverse("agreements:index")).content.decode()
    assert "Ended" in page and "Tea on the balcony" in page
