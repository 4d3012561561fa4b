"""Everything that changes reminders: the feed link, the e-mail choice, and sending what is due."""

import logging
import secrets
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction

from nearer.core.errors import NotFoundError
from nearer.core.reminders import DueReminder, due_reminders
from nearer.reminders import mail, selectors, sources
from nearer.reminders.models import FeedLink, ReminderChoice, SentReminder

logger = logging.getLogger("nearer.reminders")
KEEP_SENT = timedelta(days=2)


@transaction.atomic
def feed_create(*, user, now: datetime) -> str:
    """Make a new secret feed link for the person and return its secret (shown once); an earlier link
    stops working."""
    token = secrets.token_urlsafe(32)
    FeedLink.objects.filter(user=user).delete()
    FeedLink.objects.create(user=user, token_hash=selectors.token_digest(token), created_at=now)
    return token


@transaction.atomic
def feed_revoke(*, user) -> None:
    """Stop the person's feed link from working; NotFoundError when they have none."""
    deleted, _ = FeedLink.objects.filter(user=user).delete()
    if not deleted:
        raise NotFoundError("You have no calendar link to turn off.")


@transaction.atomic
def reminder_email_set(*, user, by_email: bool, now: datetime) -> ReminderChoice:
    """Turn e-mail reminders on or off for the person."""
    choice, _ = ReminderChoice.objects.update_or_create(user=user, defaults={"by_email": by_email, "updated_at": now})
    return choice


def _send_once(*, user, due: DueReminder, now: datetime) -> bool:
    """Record the reminder and send it in one transaction: a second run (or one running at the same
    time) meets the unique constraint and sends nothing; a failed send records nothing."""
    try:
        with transaction.atomic():
            SentReminder.objects.create(user=user, event_uid=due.event.uid, occurs_at=due.occurs_at,
                                        alarm_minutes=due.alarm_minutes, sent_at=now)
            mail.reminder_message(user=user, due=due).send()
    except IntegrityError:
        return False
    return True


def reminders_send(*, now: datetime) -> tuple[int, int]:
    """Send every e-mail reminder due at `now` that was not sent before; return (sent, failed).
    A reminder that could not be sent is tried again on the next run."""
    # A record for an occurrence that has begun can never be needed again (nothing is due after the start).
    SentReminder.objects.filter(occurs_at__lt=now - KEEP_SENT).delete()
    sent = failed = 0
    for user in selectors.email_reminder_people():
        for due in due_reminders(sources.events_for(user=user, key=None, now=now), now=now):
            try:
                sent += _send_once(user=user, due=due, now=now)
            except (OSError, ConnectionError) as error:  # the mail server refused or could not be reached
                failed += 1
                logger.warning("Reminder for person %s not sent: %s", user.pk, type(error).__name__)
    return sent, failed
