"""`nearer remind` from the command line, as cron or a systemd timer runs it: without SMTP the
reminder is written to the data folder's mail files, once however often the command runs."""

import os
import subprocess
import sys

SETUP = """
from datetime import timedelta
from nearer.ops.django_setup import setup_django
setup_django()
from django.utils import timezone
from nearer.accounts.services import user_create
from nearer.program import services as program
from nearer.reminders.services import reminder_email_set
now = timezone.now()
user, _, key = user_create(email="cron@example.com", password="a calm harbour at dusk", display_name="Cron",
                           time_zone="Europe/Paris")
from nearer.core.program import load_program
from nearer.privacy.passwords import password_open
key = password_open(user=user, password="a calm harbour at dusk").key
answers = {question.id: False for question in load_program().safety.questions}
program.safety_screen_save(user=user, answers=answers, region="us", key=key, now=now)
program.talk_schedule(user=user, title="CANARY-cli-title", starts_at=now + timedelta(minutes=40), key=key, now=now)
reminder_email_set(user=user, by_email=True, now=now)
"""


def test_remind_sends_a_due_reminder_once_into_the_mail_folder(run_nearer, tmp_path):
    assert run_nearer("db", "upgrade").returncode == 0
    env = {**os.environ, "NEARER_DATA_DIR": str(tmp_path / "data")}
    env.pop("NEARER_DATABASE_URL", None)  # the same SQLite file as `nearer remind` below
    made = subprocess.run([sys.executable, "-c", SETUP], capture_output=True, text=True, env=env, timeout=60)
    assert made.returncode == 0, made.stderr
    first, second = run_nearer("remind"), run_nearer("remind")
    assert first.returncode == 0 and first.stdout.strip() == "Sent 1 reminder.", first.stderr
    assert second.returncode == 0 and second.stdout.strip() == "Sent 0 reminders."
    [message] = list((tmp_path / "data" / "mail").glob("*.eml"))
    text = message.read_text()
    assert "cron@example.com" in text and "Europe/Paris" in text and "CANARY" not in text


def test_remind_with_nothing_due_sends_nothing(run_nearer):
    assert run_nearer("db", "upgrade").returncode == 0
    result = run_nearer("remind")
    assert result.returncode == 0 and result.stdout.strip() == "Sent 0 reminders."
