import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import client_for, page_body
from tests.program.helpers import PROGRAM, answer_check, answer_safety, past_talk, screen

MISSING = "00000000-0000-0000-0000-000000000000"
PAGES = ["program:index", "program:safety", "program:check", "program:reflection", "program:talks"]


@pytest.mark.parametrize("name", PAGES)
def test_anonymous_person_is_sent_to_log_in(db, name):
    response = Client().get(reverse(name))
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:login"))


def test_anonymous_person_is_sent_to_log_in_for_a_talk(db):
    for name in ("program:talk", "program:talk_ics"):
        response = Client().get(reverse(name, args=[MISSING]))
        assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:login"))


def test_locked_session_is_sent_to_unlock_first(alex):
    client = Client()
    client.force_login(alex)
    response = client.get(reverse("program:index"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("privacy:unlock"))


def test_author_opens_their_own_talk(alex, now):
    screen(alex, now)
    talk = past_talk(alex, now)
    assert client_for(alex).get(reverse("program:talk", args=[talk.pk])).status_code == 200


@pytest.mark.parametrize("person", ["sam", "kim"])
@pytest.mark.parametrize("name", ["program:talk", "program:talk_ics"])
def test_others_get_the_same_404_for_a_talk_as_for_a_missing_one(request, alex_and_sam, kim_space, alex, now, person, name):
    screen(alex, now)
    talk = past_talk(alex, now, title="only mine")
    client = client_for(request.getfixturevalue(person))
    foreign, missing = client.get(reverse(name, args=[talk.pk])), client.get(reverse(name, args=[MISSING]))
    assert foreign.status_code == missing.status_code == 404
    assert page_body(foreign) == page_body(missing)


@pytest.mark.parametrize("person", ["sam", "kim"])
def test_others_cannot_write_a_debrief_on_someone_elses_talk(request, alex_and_sam, kim_space, alex, now, person):
    screen(alex, now)
    talk = past_talk(alex, now)
    client = client_for(request.getfixturevalue(person))
    answer_safety(client)
    response = client.post(reverse("program:talk", args=[talk.pk]), {"learned": "intrusion", "space_asked": "no"})
    assert response.status_code == 404


def test_malformed_talk_id_gets_the_same_404(alex):
    client = client_for(alex)
    malformed, missing = client.get(reverse("program:talk", args=["nope"])), client.get(reverse("program:talk", args=[MISSING]))
    assert malformed.status_code == missing.status_code == 404 and page_body(malformed) == page_body(missing)


def test_partner_sees_only_their_own_program_never_the_safety_outcome(alex, now):
    from tests.factories import make_couple, make_joined, make_user

    sam = make_user("sam@example.com", "Sam", screened=False)
    make_joined(sam, make_couple(alex, "Sunny", now=now), now=now)
    alex_client = client_for(alex)
    answer_safety(alex_client, yes=["afraid_of_partner"])
    sam_client = client_for(sam)
    assert sam_client.get(reverse("program:index"))["Location"].startswith(reverse("program:safety"))
    answer_safety(sam_client)
    answer_check(sam_client)
    page = sam_client.get(reverse("program:index")).content.decode()
    assert "Switched off for your safety" not in page and PROGRAM.safety.concern_message not in page


def test_unknown_http_method_is_refused(alex):
    assert client_for(alex).delete(reverse("program:index")).status_code == 405
