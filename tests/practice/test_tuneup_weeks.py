"""Which week a tune-up belongs to follows the person's own clock, across daylight saving and New Year."""

from datetime import datetime, timezone

import time_machine

from nearer.practice.models import LogEntry, TuneUpAnswer
from tests.conftest import client_for
from tests.factories import make_user


def test_a_sunday_evening_answer_in_new_york_belongs_to_that_week_though_utc_is_on_monday(db):
    person = make_user("ny@example.com", "Noor", time_zone="America/New_York")
    with time_machine.travel(datetime(2026, 12, 7, 2, 30, tzinfo=timezone.utc), tick=False):  # Sun 21:30 local
        client = client_for(person)
        client.post("/practice/tune-up/", {"first": "a", "second": "b"})
    assert TuneUpAnswer.objects.get().week == "2026-W49"


def test_new_years_eve_in_auckland_is_already_the_last_week_of_the_iso_year(db):
    person = make_user("akl@example.com", "Aroha", time_zone="Pacific/Auckland")
    with time_machine.travel(datetime(2026, 12, 31, 12, tzinfo=timezone.utc), tick=False):  # 1 Jan 2027, 01:00
        client = client_for(person)
        page = client.get("/practice/tune-up/").content.decode()
        client.post("/practice/tune-up/", {"first": "a", "second": "b"})
    assert "Week 53 of 2026" in page
    assert TuneUpAnswer.objects.get().week == "2026-W53"


def test_the_weeks_log_includes_sunday_night_after_the_clocks_went_back(db):
    person = make_user("ber@example.com", "Ben", time_zone="Europe/Berlin")
    # Sunday 25 October 2026, 23:30 in Berlin (CET again since 03:00): still week 43.
    with time_machine.travel(datetime(2026, 10, 25, 22, 30, tzinfo=timezone.utc), tick=False):
        client = client_for(person)
        client.post("/practice/log/", {"kind": "affection"})
        listed = client.get("/api/v1/log?week=2026-W43").json()
        next_week = client.get("/api/v1/log?week=2026-W44").json()
    assert LogEntry.objects.count() == 1 and len(listed) == 1 and next_week == []
