"""The private safety screen comes first for every person: until it is answered, feature pages send
the person to it (and back afterwards), feature API endpoints refuse, and nothing is written."""

import pytest
from django.urls import reverse

from nearer.coach.models import CoachDraft
from nearer.journal.models import JournalEntry
from nearer.program.models import SafetyScreen
from tests.conftest import client_for
from tests.factories import make_couple, make_invitation, make_user
from tests.program.helpers import safety_post

FEATURE_PAGES = [
    ("pages:home", {}), ("coach:index", {}), ("coach:drafts", {}), ("journal:index", {}),
    ("program:index", {}), ("program:check", {}), ("program:talks", {}), ("program:reflection", {}),
    ("program:step", {"step_id": "prepare"}), ("couples:space", {}),
]
OPEN_PAGES = ["program:safety", "pages:help", "accounts:profile", "accounts:export", "accounts:delete",
              "accounts:password_change", "privacy:unlock", "pages:privacy"]


@pytest.mark.parametrize(("route", "kwargs"), FEATURE_PAGES)
def test_a_new_person_is_sent_to_the_safety_questions_from_every_feature_page(newcomer, route, kwargs):
    url = reverse(route, kwargs=kwargs)
    response = client_for(newcomer).get(url)
    assert response.status_code == 302
    back = "" if route == "pages:home" else "?next=" + url.replace("/", "%2F")
    assert response["Location"] == reverse("program:safety") + back


@pytest.mark.parametrize("route", OPEN_PAGES)
def test_the_screen_help_and_the_account_stay_open_before_the_screen(newcomer, route):
    response = client_for(newcomer).get(reverse(route))
    assert not response.get("Location", "").startswith(reverse("program:safety"))
    assert response.status_code in (200, 302)


def test_writing_before_the_screen_is_refused_and_changes_nothing(newcomer):
    client = client_for(newcomer)
    assert client.post(reverse("journal:index"), {"body": "a note"})["Location"] == reverse("program:safety")
    assert client.post(reverse("coach:drafts"), {"text": "I miss our walks."})["Location"] == reverse("program:safety")
    assert client.post(reverse("couples:create"), {"partner_label": "Sunny"})["Location"] == reverse("program:safety")
    assert JournalEntry.objects.count() == 0 and CoachDraft.objects.count() == 0


def test_the_api_refuses_feature_endpoints_before_the_screen(newcomer):
    client = client_for(newcomer)
    response = client.post("/api/v1/coach", {"text": "I miss our walks."}, content_type="application/json")
    assert response.status_code == 409
    assert "safety questions" in response.json()["detail"]
    assert client.get("/api/v1/me").status_code == 200


def test_after_the_screen_the_person_goes_back_to_where_they_were_going(newcomer):
    client = client_for(newcomer)
    asked = client.get(reverse("coach:index"))["Location"]
    response = client.post(asked, safety_post())
    assert response.status_code == 302 and response["Location"] == reverse("coach:index")
    assert client.get(reverse("coach:index")).status_code == 200
    assert client.post("/api/v1/coach", {"text": "I miss our walks."},
                       content_type="application/json").status_code == 200


def test_the_screen_never_sends_a_person_off_the_site(newcomer):
    client = client_for(newcomer)
    for target in ("https://evil.example/", "//evil.example/", "x"):
        response = client.post(reverse("program:safety") + f"?next={target}", safety_post())
        assert response.status_code == 302 and response["Location"] == reverse("program:index")
    assert SafetyScreen.objects.filter(author=newcomer).count() == 1


def test_the_joining_partner_answers_the_screen_before_joining(alex, now):
    _, token = make_invitation(make_couple(alex, "Sam", now=now).user, now=now)
    sam = make_user("sam@example.com", "Sam", screened=False)
    client = client_for(sam)
    join = reverse("couples:join", args=[token])
    asked = client.get(join)["Location"]
    assert asked.startswith(reverse("program:safety"))
    assert client.post(join, {"partner_label": "Alex"})["Location"] == reverse("program:safety")
    assert client.post(asked, safety_post())["Location"] == join
    assert client.post(join, {"partner_label": "Alex"})["Location"] == reverse("couples:welcome")
