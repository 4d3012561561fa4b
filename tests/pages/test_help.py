"""Help without an account: /help/ shows the crisis resources to anyone, chooses the region from the
person's choice or time zone, writes nothing, and never mentions couples counselling."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from nearer.core.program import load_program
from tests.conftest import client_for
from tests.factories import answer_screen, make_user

US_HOTLINE = "National Domestic Violence Hotline"
OTHER_REGION = "112 across the European Union"
HELP = "/help/"


def _writes(queries) -> list[str]:
    return [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith(("SELECT", "SAVEPOINT", "RELEASE"))]


@pytest.mark.django_db
def test_help_needs_no_account_and_touches_no_database():
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(HELP)
    assert response.status_code == 200
    assert OTHER_REGION in response.content.decode()
    assert len(queries) == 0
    assert "sessionid" not in response.cookies


@pytest.mark.django_db
def test_help_for_a_visitor_follows_the_browser_time_zone_and_the_region_picked():
    client = Client()
    chicago = client.get(HELP, {"tz": "America/Chicago"}).content.decode()
    assert US_HOTLINE in chicago and "988" in chicago
    lisbon = client.get(HELP, {"tz": "Europe/Lisbon"}).content.decode()
    assert US_HOTLINE not in lisbon and OTHER_REGION in lisbon
    picked = client.get(HELP, {"tz": "America/Chicago", "region": "other"}).content.decode()
    assert US_HOTLINE not in picked and OTHER_REGION in picked


@pytest.mark.django_db
@pytest.mark.parametrize("query", [{"region": "atlantis"}, {"tz": "Not/AZone"}, {"region": "x" * 5000},
                                   {"tz": "../../etc/passwd"}])
def test_help_answers_odd_input_with_the_general_guidance(query):
    response = Client().get(HELP, query)
    assert response.status_code == 200 and OTHER_REGION in response.content.decode()


@pytest.mark.django_db
def test_help_offers_a_plain_region_picker_and_asks_the_browser_only_when_nothing_is_known():
    page = Client().get(HELP).content.decode()
    for region in load_program().safety.regions:
        assert f'<option value="{region.id}"' in page
    assert 'method="get"' in page and "data-guess-zone" in page
    assert "data-guess-zone" not in Client().get(HELP, {"region": "us"}).content.decode()


def test_help_for_a_logged_in_person_uses_their_profile_time_zone(db):
    lee = make_user("lee@example.com", "Lee", time_zone="America/Chicago", screened=False)
    client = client_for(lee)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(HELP).content.decode()
    assert US_HOTLINE in page
    assert _writes(queries) == []


def test_help_for_a_logged_in_person_uses_the_region_they_chose(db):
    lee = make_user("lee@example.com", "Lee", time_zone="America/Chicago", screened=False)
    answer_screen(lee, region="other")
    client = client_for(lee)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(HELP).content.decode()
    assert US_HOTLINE not in page and OTHER_REGION in page
    assert _writes(queries) == []
    assert US_HOTLINE in client.get(HELP, {"region": "us"}).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("region", ["us", "other"])
def test_help_never_mentions_couples_counselling(region):
    response = Client().get(HELP, {"region": region})
    text = response.content.decode().lower()
    assert response.status_code == 200 and "help where you are" in text
    assert "counsel" not in text and "couples" not in text


def test_help_never_mentions_couples_counselling_to_a_person_at_risk(db):
    lee = make_user("lee@example.com", "Lee", screened=False)
    answer_screen(lee, yes=["afraid_of_partner"])
    text = client_for(lee).get(HELP, follow=True).content.decode().lower()
    assert "help where you are" in text and "counsel" not in text and "couples" not in text


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["pages:welcome", "accounts:login", "accounts:signup"])
def test_help_is_linked_from_the_pages_a_visitor_sees(page):
    body = Client().get(reverse(page)).content.decode()
    header = body.split('id="quick-exit"')[0].split("<header")[1]
    assert f'href="{HELP}"' in header, "help sits beside Quick exit"
    main = body.split('<main')[1]
    assert f'href="{HELP}"' in main


def test_old_resources_address_leads_to_help(alex):
    response = client_for(alex).get("/program/resources/", {"region": "other"})
    assert response.status_code == 302 and response["Location"] == f"{HELP}?region=other"
    assert Client().get("/program/resources/")["Location"] == HELP


def test_program_pages_link_to_help_not_the_old_address(alex):
    client = client_for(alex)
    answer_screen(alex, yes=["afraid_of_partner"])
    page = client.get(reverse("program:index")).content.decode()
    assert f'href="{HELP}"' in page and "/program/resources/" not in page
    assert not re.search(r"/program/resources/", client.get(reverse("program:safety")).content.decode())
