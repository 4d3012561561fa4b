"""Talks and feed links for the reminder tests, through the real services."""

from datetime import datetime

from django.urls import reverse

from nearer.program import services as program_services
from nearer.reminders import services
from tests.factories import key_for


def talk(user, *, title: str, starts_at: datetime, now: datetime):
    return program_services.talk_schedule(user=user, title=title, starts_at=starts_at, key=key_for(user), now=now)


def feed_path(user, now) -> str:
    return reverse("reminders:feed", args=[services.feed_create(user=user, now=now)])
