"""A person's calendar feed link, their choice about e-mail reminders, and the reminders already sent.

None of these rows holds anything a person wrote: a hash of the feed secret, a yes/no, and for each
reminder sent the event's opaque id and the moment it was for."""

from django.conf import settings
from django.db import models


class FeedLink(models.Model):
    """The secret address of a person's calendar feed. Only a hash of the secret is stored, so a copy
    of the database cannot be used to read anyone's calendar. Revoking deletes the row."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()


class ReminderChoice(models.Model):
    """Whether the person wants reminders by e-mail (off unless they turn it on)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    by_email = models.BooleanField(default=False)
    updated_at = models.DateTimeField()


class SentReminder(models.Model):
    """One reminder e-mail sent: the unique constraint is what makes `nearer remind` send each once,
    however often and however many copies of it run."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    event_uid = models.CharField(max_length=200)
    occurs_at = models.DateTimeField()
    alarm_minutes = models.PositiveIntegerField()
    sent_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "event_uid", "occurs_at", "alarm_minutes"], name="one_reminder_per_occurrence"
            ),
        ]
