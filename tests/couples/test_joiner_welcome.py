"""The partner's own way in: a welcome written for the person who joined, wording from their side,
and their own safety screen before anything else."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse

from nearer.couples import services as couple_services
from nearer.journal import services as journal_services
from tests.conftest import client_for
from tests.factories import key_for, make_couple, make_invitation, make_joined, make_user
from tests.program.helpers import check

pytestmark = pytest.mark.django_db

WELCOME = reverse("couples:welcome")


def _text(response) -> str:
    return " ".join(response.content.decode().split())


def test_joining_leads_to_a_welcome_written_for_the_one_who_joined(alex, sam, now):
    make_couple(alex, "Sunny", now=now)
    _, token = make_invitation(alex, now=now)
    client = client_for(sam)
    response = client.post(reverse("couples:join", args=[token]), {"partner_label": "Lexi"}, follow=True)
    assert response.redirect_chain[-1][0] == WELCOME
    page = _text(response)
    assert "You joined Lexi’s couple space." in page
    assert "Lexi invited you to practise together" in page
    assert "What you will not see" in page and "before you joined" in page
    assert "Sunny" not in page and "has joined" not in page


def test_the_welcome_shows_nothing_the_founder_wrote(alex, sam, now):
    membership = make_couple(alex, "Sunny", now=now)
    journal_services.entry_create(user=alex, body="canary-founder-private", key=key_for(alex), now=now)
    make_joined(sam, membership, now=now + timedelta(minutes=1))
    assert "canary-founder-private" not in _text(client_for(sam).get(WELCOME))


@pytest.mark.parametrize("who", ["alex", "kim", "newcomer_solo"])
def test_anyone_but_the_one_who_joined_is_sent_to_their_couple_space(alex_and_sam, alex, kim, kim_space, who, now):
    person = {"alex": alex, "kim": kim, "newcomer_solo": make_user("solo@example.com", "Solo")}[who]
    response = client_for(person).get(WELCOME)
    assert response.status_code == 302 and response["Location"] == reverse("couples:space")


def test_a_former_member_is_sent_to_their_couple_space(alex_and_sam, sam, now):
    couple_services.membership_leave(user=sam, now=now)
    response = client_for(sam).get(WELCOME)
    assert response.status_code == 302 and response["Location"] == reverse("couples:space")


def test_anonymous_is_sent_to_log_in():
    response = Client().get(WELCOME)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_the_home_page_of_the_one_who_joined_points_to_their_welcome(alex_and_sam, alex, sam):
    joined, founder = _text(client_for(sam).get(reverse("pages:home"))), _text(client_for(alex).get(reverse("pages:home")))
    assert "You joined Alex’s couple space" in joined and WELCOME in joined
    assert "Alex invited you to practise together" in joined
    assert WELCOME not in founder and "invited you" not in founder


def test_the_plan_reads_right_from_the_side_of_the_one_who_joined(alex_and_sam, alex, sam, now):
    for person in (alex, sam):
        check(person, now)
    joined, founder = (_text(client_for(p).get(reverse("program:index"))) for p in (sam, alex))
    assert "Reading this plan from your side" in joined and "Alex invited you" in joined
    assert "Reading this plan from your side" not in founder



def test_the_one_who_joined_can_use_their_own_coach_journal_and_plan(alex_and_sam, sam, now):
    check(sam, now)
    client = client_for(sam)
    for name in ("coach:index", "journal:index", "program:index", "program:talks"):
        assert client.get(reverse(name)).status_code == 200, name
