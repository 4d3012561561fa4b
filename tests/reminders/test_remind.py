"""`nearer remind` sends each due reminder once: run twice, or twice at the same time, one e-mail.
The e-mail says when and nothing anyone wrote; only people who chose e-mail reminders get one."""

import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection

from nearer.reminders import services
from nearer.reminders.models import SentReminder
from tests.reminders.helpers import talk

TITLE = "CANARY-talk-title-5c1e"


def _opt_in(user, now):
    services.reminder_email_set(user=user, by_email=True, now=now)


@pytest.mark.django_db
def test_a_due_reminder_is_sent_once_however_often_the_command_runs(alex, now):
    _opt_in(alex, now)
    booked = talk(alex, title=TITLE, starts_at=now + timedelta(minutes=50), now=now)
    assert services.reminders_send(now=now) == (1, 0)
    assert services.reminders_send(now=now + timedelta(minutes=5)) == (0, 0)
    [message] = mail.outbox
    assert message.to == ["alex@example.com"] and "Half an hour for the two of us" in message.body
    assert SentReminder.objects.get().event_uid == f"talk-{booked.pk}@nearer"


@pytest.mark.django_db
def test_records_of_reminders_for_past_occurrences_are_dropped(alex, now):
    _opt_in(alex, now)
    talk(alex, title="", starts_at=now + timedelta(minutes=30), now=now)
    services.reminders_send(now=now)
    services.reminders_send(now=now + timedelta(days=1))
    assert SentReminder.objects.count() == 1
    services.reminders_send(now=now + timedelta(days=3))
    assert SentReminder.objects.count() == 0 and len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_e_mail_holds_no_private_text(alex, now):
    _opt_in(alex, now)
    talk(alex, title=TITLE, starts_at=now + timedelta(minutes=30), now=now)
    services.reminders_send(now=now)
    [message] = mail.outbox
    assert "CANARY" not in message.subject + message.body


@pytest.mark.django_db
def test_nothing_is_sent_before_the_reminder_is_due_or_after_the_talk_began(alex, now):
    _opt_in(alex, now)
    talk(alex, title="", starts_at=now + timedelta(hours=3), now=now)
    assert services.reminders_send(now=now) == (0, 0)
    assert services.reminders_send(now=now + timedelta(hours=3, minutes=1)) == (0, 0)
    assert mail.outbox == []


@pytest.mark.django_db
def test_only_people_who_chose_e_mail_reminders_get_one_and_only_for_their_own_talks(alex, sam, alex_and_sam, now):
    _opt_in(sam, now)
    talk(alex, title=TITLE, starts_at=now + timedelta(minutes=30), now=now)
    assert services.reminders_send(now=now) == (0, 0)
    services.reminder_email_set(user=sam, by_email=False, now=now)
    talk(sam, title="", starts_at=now + timedelta(minutes=30), now=now)
    assert services.reminders_send(now=now) == (0, 0) and mail.outbox == []


@pytest.mark.django_db
def test_a_reminder_that_could_not_be_sent_is_tried_again_next_run(alex, now, monkeypatch):
    _opt_in(alex, now)
    talk(alex, title="", starts_at=now + timedelta(minutes=30), now=now)

    def refuse(self, fail_silently=False):
        raise ConnectionRefusedError("no mail server")

    with monkeypatch.context() as patched:
        patched.setattr("django.core.mail.EmailMessage.send", refuse)
        assert services.reminders_send(now=now) == (0, 1)
    assert not SentReminder.objects.exists()
    assert services.reminders_send(now=now) == (1, 0)


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_the_same_moment_send_one_e_mail(alex, now, monkeypatch):
    _opt_in(alex, now)
    talk(alex, title="", starts_at=now + timedelta(minutes=30), now=now)
    start, results = threading.Barrier(2), []
    real_send = mail.EmailMessage.send

    def slow_send(self, fail_silently=False):
        threading.Event().wait(0.3)  # keeps the first run's transaction open while the second one tries
        return real_send(self, fail_silently)

    monkeypatch.setattr("django.core.mail.EmailMessage.send", slow_send)

    def run():
        try:
            start.wait()
            results.append(services.reminders_send(now=now))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [(0, 0), (1, 0)]
    assert len(mail.outbox) == 1 and SentReminder.objects.count() == 1
