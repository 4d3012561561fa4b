"""The reminders page: make a calendar link (shown once), turn it off, choose e-mail reminders."""

import pytest
from django.test import Client
from django.urls import reverse

from nearer.reminders.models import FeedLink, ReminderChoice
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_making_a_link_shows_it_once(alex):
    client = client_for(alex)
    response = client.post(reverse("reminders:feed_create"))
    link = response.context["link"]
    assert response.status_code == 200 and link.startswith("http") and link.encode() in response.content
    assert Client().get(link.split("testserver")[1]).status_code == 200
    page = client.get(reverse("reminders:index"))
    assert link.encode() not in page.content and b"You made your link on" in page.content


def test_turning_off_a_link_that_does_not_exist_says_so_and_changes_nothing(alex):
    client = client_for(alex)
    response = client.post(reverse("reminders:feed_revoke"), follow=True)
    assert b"no calendar link to turn off" in response.content and not FeedLink.objects.exists()


def test_e_mail_reminders_are_off_until_the_person_turns_them_on(alex):
    client = client_for(alex)
    assert not client.get(reverse("reminders:index")).context["settings"].by_email
    client.post(reverse("reminders:email"), {"by_email": "on"})
    assert ReminderChoice.objects.get(user=alex).by_email
    client.post(reverse("reminders:email"), {})
    assert not ReminderChoice.objects.get(user=alex).by_email


def test_one_persons_choices_do_not_touch_anothers(alex, sam, alex_and_sam):
    client_for(alex).post(reverse("reminders:feed_create"))
    client_for(alex).post(reverse("reminders:email"), {"by_email": "on"})
    page = client_for(sam).get(reverse("reminders:index"))
    assert page.context["settings"].feed_since is None and not page.context["settings"].by_email
    client_for(sam).post(reverse("reminders:feed_revoke"))
    assert FeedLink.objects.filter(user=alex).exists()


@pytest.mark.parametrize("name", ["reminders:index"])
def test_anonymous_is_sent_to_log_in(name):
    response = Client().get(reverse(name))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("name", ["reminders:feed_create", "reminders:feed_revoke", "reminders:email"])
def test_anonymous_changes_nothing(name):
    response = Client().post(reverse(name))
    assert response.status_code == 302 and not FeedLink.objects.exists() and not ReminderChoice.objects.exists()


def test_the_account_page_leads_to_reminders(alex):
    assert reverse("reminders:index").encode() in client_for(alex).get(reverse("accounts:profile")).content
