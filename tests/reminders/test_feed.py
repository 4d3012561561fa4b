"""The personal calendar feed: a secret, revocable address that lists the person's own talks in
neutral words, with a reminder, and nothing anyone wrote."""

from datetime import timedelta

import pytest
import vobject
from django.test import Client
from django.urls import reverse

from nearer.accounts.models import User
from nearer.reminders.models import FeedLink
from nearer.reminders.selectors import token_digest
from tests.conftest import client_for
from tests.reminders.helpers import feed_path, talk

pytestmark = pytest.mark.django_db

NEUTRAL = "Half an hour for the two of us"


def _events(response):
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    calendar = vobject.readOne(response.content.decode())
    return calendar.contents.get("vevent", [])


def test_the_feed_lists_the_persons_talks_in_neutral_words_with_a_reminder(alex, now):
    booked = talk(alex, title="CANARY-title-about-money", starts_at=now + timedelta(days=2), now=now)
    response = Client().get(feed_path(alex, now))
    [event] = _events(response)
    assert event.uid.value == f"talk-{booked.pk}@nearer"
    assert event.summary.value == NEUTRAL
    assert event.valarm.trigger.value == timedelta(hours=-1)
    assert b"CANARY" not in response.content


def test_the_feed_shows_the_talk_at_the_persons_local_time(now):
    from tests.factories import make_user

    paris = make_user("lou@example.com", "Lou", time_zone="Europe/Paris")
    talk(paris, title="", starts_at=now + timedelta(days=1), now=now)
    body = Client().get(feed_path(paris, now)).content.decode()
    assert "DTSTART;TZID=Europe/Paris:" in body and "TZID:Europe/Paris" in body


def test_the_feed_holds_only_the_owners_talks(alex, sam, kim, alex_and_sam, now):
    talk(sam, title="sam's", starts_at=now + timedelta(days=1), now=now)
    talk(kim, title="kim's", starts_at=now + timedelta(days=1), now=now)
    mine = talk(alex, title="", starts_at=now + timedelta(days=3), now=now)
    assert [e.uid.value for e in _events(Client().get(feed_path(alex, now)))] == [f"talk-{mine.pk}@nearer"]


def test_only_a_hash_of_the_secret_is_stored(alex, now):
    path = feed_path(alex, now)
    token = path.split("/")[-2]
    stored = FeedLink.objects.get(user=alex)
    assert stored.token_hash == token_digest(token) and token not in stored.token_hash


@pytest.mark.parametrize("token", ["not-a-secret", "x" * 300])
def test_a_wrong_secret_opens_nothing(alex, now, token):
    feed_path(alex, now)
    response = Client().get(reverse("reminders:feed", args=[token]))
    assert response.status_code == 404 and b"BEGIN:VCALENDAR" not in response.content


def test_a_revoked_link_answers_404(alex, now):
    path = feed_path(alex, now)
    client = client_for(alex)
    assert client.post(reverse("reminders:feed_revoke")).status_code == 302
    assert Client().get(path).status_code == 404


def test_a_new_link_retires_the_old_one(alex, now):
    old, new = feed_path(alex, now), feed_path(alex, now)
    assert Client().get(old).status_code == 404 and Client().get(new).status_code == 200


def test_the_feed_of_a_deleted_or_disabled_account_answers_404(alex, now):
    path = feed_path(alex, now)
    User.objects.filter(pk=alex.pk).update(is_active=False)
    assert Client().get(path).status_code == 404
    User.objects.filter(pk=alex.pk).delete()
    assert Client().get(path).status_code == 404


def test_the_feed_is_not_stored_by_caches(alex, now):
    response = Client().get(feed_path(alex, now))
    assert "no-store" in response["Cache-Control"]


def test_the_feed_answers_even_to_a_logged_in_person_who_has_not_answered_the_screen(newcomer, now):
    path = feed_path(newcomer, now)
    assert client_for(newcomer).get(path).status_code == 200
