"""Reading a person's reminder settings and their feed, always scoped to the person or their secret."""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from nearer.core.errors import NotFoundError
from nearer.reminders.models import FeedLink, ReminderChoice

TOKEN_MAX = 200
FEED_NOT_FOUND = "This calendar link is not valid or no longer works."


def token_digest(token: str) -> str:
    """The stored form of a feed secret."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ReminderSettings:
    feed_since: datetime | None
    by_email: bool


def reminder_settings(*, user) -> ReminderSettings:
    """Whether the person has a feed link (and since when) and whether they chose e-mail reminders."""
    link = FeedLink.objects.filter(user=user).only("created_at").first()
    choice = ReminderChoice.objects.filter(user=user).first()
    return ReminderSettings(feed_since=link.created_at if link else None, by_email=bool(choice and choice.by_email))


def feed_owner(*, token: str):
    """The active person whose feed this secret opens; NotFoundError for a wrong or revoked secret."""
    if not token or len(token) > TOKEN_MAX:
        raise NotFoundError(FEED_NOT_FOUND)
    link = FeedLink.objects.select_related("user").filter(token_hash=token_digest(token)).first()
    if link is None or not link.user.is_active:
        raise NotFoundError(FEED_NOT_FOUND)
    return link.user


def email_reminder_people():
    """Everyone who chose e-mail reminders and can still log in."""
    from django.contrib.auth import get_user_model

    ids = ReminderChoice.objects.filter(by_email=True).values("user_id")
    return get_user_model().objects.filter(pk__in=ids, is_active=True).order_by("pk")
