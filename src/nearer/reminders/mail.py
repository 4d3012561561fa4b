"""The reminder e-mail: when, and the event's neutral words. Nothing a person wrote goes into it."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from nearer.core.reminders import DueReminder

SUBJECT = "Nearer reminder"


def reminder_message(*, user, due: DueReminder) -> EmailMessage:
    """The message for one due reminder, addressed to the person alone."""
    local = due.occurs_at  # already in the event's own zone (a template would move it to UTC)
    body = render_to_string("reminders/email/reminder.txt", {
        "name": user.display_name, "summary": due.event.summary, "zone": due.event.time_zone,
        "day": f"{local:%A} {local.day} {local:%B}", "time": f"{local:%H:%M}",
    })
    return EmailMessage(SUBJECT, body, settings.DEFAULT_FROM_EMAIL, [user.email])
