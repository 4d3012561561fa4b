"""Seed the database bench/pages.py loads, through Nearer's own services (real encryption, real
password hashing), and write what the bench needs to know as JSON to the file given.

Run by bench/pages.py with NEARER_DATA_DIR / NEARER_DATABASE_URL pointing at a throwaway database:
    python bench/seed_pages.py OUT.json"""

from __future__ import annotations

import json
import pathlib
import sys
from datetime import timedelta

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

PASSWORD = "a calm harbour at dusk"
PEOPLE = {"main": ("bench-main@example.com", "Alex", 200), "partner": ("bench-partner@example.com", "Sam", 20),
          "ten": ("bench-ten@example.com", "Robin", 10), "many": ("bench-many@example.com", "Kim", 5000)}


def _key(user):
    from nearer.privacy.passwords import password_open

    return password_open(user=user, password=PASSWORD).key


def _journal(user, count, key, start, *, share_every=0, share_at=None):
    """`count` entries ten minutes apart from `start`; every `share_every`-th one shared at `share_at`."""
    from django.db import transaction

    from nearer.journal import services

    entries = []
    with transaction.atomic():
        for number in range(count):
            when = start + timedelta(minutes=10 * number)
            body = f"Day {number}: we had tea on the balcony and talked about the week. " * 3
            entry = services.entry_create(user=user, body=body, key=key, now=when)
            if share_every and number % share_every == 0:
                services.entry_set_visibility(user=user, entry_id=entry.pk, visibility="shared", key=key, now=share_at)
            entries.append(entry)
    return entries


def _program(user, key, now):
    from nearer.core.program import load_program
    from nearer.program import services

    ids = [question.id for question in load_program().safety.questions]
    services.safety_screen_save(user=user, answers={q: False for q in ids}, region="us", key=key, now=now)
    services.check_save(user=user, answers={"contexts": []}, free_text="", key=key, now=now)
    services.reflection_save(user=user, triggers="silence after work", own_part="I push for answers",
                             grounding_note="", grounding_tried=True, key=key, now=now)
    services.talk_schedule(user=user, title="Sunday walk", starts_at=now + timedelta(days=2), key=key, now=now)


def _plans() -> dict[str, list[str]]:
    """The queries of the journal list's second page for the person in a couple, and the plan of each."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from nearer.accounts.models import User
    from nearer.journal import selectors

    user = User.objects.get(email=PEOPLE["main"][0])
    first = selectors.entry_page(user=user, key=_key(user))
    with CaptureQueriesContext(connection) as captured:
        selectors.entry_page(user=user, key=_key(user), older=first.older)
    queries = [q["sql"] for q in captured.captured_queries if 'FROM "journal_journalentry"' in q["sql"]]
    explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    plans = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
        for sql in queries:
            cursor.execute(explain + sql)
            plans[sql] = [str(row[-1] if connection.vendor == "sqlite" else row[0]) for row in cursor.fetchall()]
    return plans


def main(out: pathlib.Path) -> None:
    from nearer.ops.django_setup import setup_django

    setup_django()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from nearer.accounts import services as accounts
    from nearer.couples import services as couples

    call_command("migrate", verbosity=0)
    now = timezone.now()
    users = {name: accounts.user_create(email=email, password=PASSWORD, display_name=display, time_zone="UTC")[0]
             for name, (email, display, _) in PEOPLE.items()}
    keys = {name: _key(user) for name, user in users.items()}
    space = couples.couple_create(user=users["main"], partner_label="Sam", now=now, key=keys["main"])
    _, token = couples.invitation_create(user=users["main"], now=now, key=keys["main"])
    couples.invitation_accept(user=users["partner"], token=token, partner_label="Alex", now=now, key=keys["partner"])
    start = now - timedelta(days=60)
    entries = {name: _journal(users[name], PEOPLE[name][2], keys[name], start,
                              share_every=5 if name == "partner" else 0, share_at=now + timedelta(seconds=1))
               for name in PEOPLE}
    _program(users["main"], keys["main"], now)
    version = connection.pg_version if connection.vendor == "postgresql" else None
    import sqlite3

    out.write_text(json.dumps({
        "password": PASSWORD, "emails": {name: email for name, (email, _, _) in PEOPLE.items()},
        "entry": str(entries["main"][-1].pk), "couple": space.couple_id, "plans": _plans(),
        "database": (f"PostgreSQL {version // 10000}.{version % 10000}" if version
                     else f"SQLite {sqlite3.sqlite_version}"),
    }, indent=1))


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
