"""Agreements in the calendar feed: each active one with a time repeats by its schedule, at the same
local hour across a daylight-saving change, named by its kind (never by the title the couple wrote)."""

from datetime import UTC, datetime, time
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
import vobject
from dateutil.rrule import rrulestr
from django.test import Client
from django.urls import reverse

from nearer.agreements import services
from tests.agreements.helpers import make_agreement
from tests.factories import key_for, make_user
from tests.reminders.helpers import feed_path

pytestmark = pytest.mark.django_db


def _events(user, now):
    calendar = vobject.readOne(Client().get(feed_path(user, now)).content.decode())
    return {event.uid.value: event for event in calendar.contents.get("vevent", [])}


def test_a_weekly_tune_up_stays_at_its_local_hour_across_the_clock_change(now):
    lou = make_user("lou@example.com", "Lou", time_zone="Europe/Paris")
    start = datetime(2026, 10, 18, 12, tzinfo=UTC)  # the Sunday before Paris leaves summer time
    tune_up = make_agreement(lou, "weekly_tune_up", now=start, title="CANARY-our-sunday", at=time(20, 0))
    event = _events(lou, start)[f"agreement-{tune_up.pk}@nearer"]
    assert event.summary.value == "Weekly tune-up"
    assert "DTSTART;TZID=Europe/Paris:20261018T200000" in Client().get(feed_path(lou, start)).content.decode()
    first = event.dtstart.value.replace(tzinfo=ZoneInfo("Europe/Paris"))  # the wall-clock time, in its zone
    starts = list(islice(rrulestr(event.rrule.value, dtstart=first), 3))
    assert [(moment.hour, moment.utcoffset().total_seconds() / 3600) for moment in starts] == [
        (20, 2.0), (20, 1.0), (20, 1.0)]


def test_the_feed_never_shows_an_agreements_title_and_leaves_out_the_as_needed_kinds(alex, now):
    daily = make_agreement(alex, title="CANARY-walk", now=now)
    make_agreement(alex, "pause_signal", now=now, title="CANARY-pause")
    body = Client().get(feed_path(alex, now)).content
    assert b"CANARY" not in body
    events = _events(alex, now)
    assert list(events) == [f"agreement-{daily.pk}@nearer"]
    assert events[f"agreement-{daily.pk}@nearer"].rrule.value == "FREQ=DAILY"


def test_an_ended_agreement_leaves_the_feed(alex, now):
    agreement = make_agreement(alex, now=now)
    services.agreement_set_status(user=alex, agreement_id=agreement.pk, action="end", version=agreement.version,
                                  now=now)
    assert _events(alex, now) == {}


def test_a_partners_proposal_appears_only_once_accepted(alex, sam, alex_and_sam, now):
    proposed = make_agreement(alex, propose=True, now=now)
    assert _events(sam, now) == {}
    services.agreement_respond(user=sam, agreement_id=proposed.pk, answer="accept", version=proposed.version,
                               key=key_for(sam), now=now)
    assert f"agreement-{proposed.pk}@nearer" in _events(sam, now)


def test_an_agreement_downloads_as_one_event_under_its_own_title(alex, now):
    from tests.conftest import client_for

    agreement = make_agreement(alex, title="Tea on the balcony", now=now)
    client = client_for(alex)
    page = client.get(reverse("agreements:detail", args=[agreement.pk])).content.decode()
    assert reverse("agreements:ics", args=[agreement.pk]) in page
    response = client.get(reverse("agreements:ics", args=[agreement.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    [event] = vobject.readOne(response.content.decode()).contents["vevent"]
    assert event.summary.value == "Tea on the balcony" and event.rrule.value == "FREQ=DAILY"


def test_an_agreement_without_a_time_has_no_calendar_file(alex, now):
    from tests.conftest import client_for

    pause = make_agreement(alex, "pause_signal", now=now)
    assert client_for(alex).get(reverse("agreements:ics", args=[pause.pk])).status_code == 404
