"""Removed text does not linger in the SQLite files: after un-sharing, sharing, or deleting an entry,
a draft, a talk or the account, neither the stored bytes of the removed text (the sealed blob of
private text, the open text of shared text) remain in the database file, its -wal or its -shm."""

import pathlib
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse

from nearer.coach import services as coach
from nearer.coach.models import CoachDraft
from nearer.journal import services as journal
from nearer.journal.models import JournalEntry
from nearer.program.models import Talk
from tests.conftest import PASSWORD, client_for
from tests.factories import key_for
from tests.program.helpers import past_talk, screen

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _sqlite_only():
    if connection.vendor != "sqlite":
        pytest.skip("reads the SQLite files themselves")


def _files() -> bytes:
    path = pathlib.Path(connection.settings_dict["NAME"])
    return b"".join(f.read_bytes() for f in (path, path.with_name(path.name + "-wal"),
                                             path.with_name(path.name + "-shm")) if f.exists())


def _sealed(item, column: str) -> bytes:
    item.refresh_from_db()
    blob = bytes(getattr(item, f"{column}_sealed"))
    assert len(blob) > 24 and blob in _files(), "the sealed blob should be on disk before the change"
    return blob


def test_deleting_a_journal_entry_leaves_its_sealed_text_nowhere(alex, now):
    entry = journal.entry_create(user=alex, body="canary-journal-deleted", key=key_for(alex), now=now)
    blob = _sealed(entry, "body")
    assert client_for(alex).post(reverse("journal:delete", args=[entry.pk])).status_code == 302
    assert not JournalEntry.objects.exists()
    assert blob not in _files()


def test_unsharing_leaves_the_shared_text_nowhere_and_sharing_the_sealed_blob(alex, alex_and_sam, now):
    entry = journal.entry_create(user=alex, body="canary-shared-then-taken-back", key=key_for(alex), now=now)
    blob = _sealed(entry, "body")
    client = client_for(alex)
    client.post(reverse("journal:visibility", args=[entry.pk]), {"visibility": "shared"})
    assert JournalEntry.objects.get().visibility == "shared"
    assert blob not in _files()
    assert b"canary-shared-then-taken-back" in _files()
    client.post(reverse("journal:visibility", args=[entry.pk]), {"visibility": "private"})
    assert JournalEntry.objects.get().visibility == "private"
    assert b"canary-shared-then-taken-back" not in _files()


def test_deleting_a_draft_leaves_its_sealed_text_nowhere(alex, now):
    draft = coach.draft_create(user=alex, body="canary draft to delete", key=key_for(alex), now=now)
    blob = _sealed(draft, "body")
    assert client_for(alex).post(reverse("coach:draft_delete", args=[draft.pk])).status_code == 302
    assert not CoachDraft.objects.exists()
    assert blob not in _files()


def test_deleting_a_talk_leaves_its_sealed_title_nowhere(alex, now):
    screen(alex, now - timedelta(hours=3))
    talk = past_talk(alex, now, title="canary-talk-title")
    blob = _sealed(talk, "title")
    assert client_for(alex).post(reverse("program:talk_delete", args=[talk.pk])).status_code == 302
    assert not Talk.objects.exists()
    assert blob not in _files()


def test_deleting_the_account_leaves_its_sealed_text_nowhere(alex, now):
    entry = journal.entry_create(user=alex, body="canary-account-deleted", key=key_for(alex), now=now)
    blob = _sealed(entry, "body")
    client = client_for(alex)
    assert client.post(reverse("accounts:delete"), {"password": PASSWORD, "confirm": "on"}).status_code == 302
    assert blob not in _files()
