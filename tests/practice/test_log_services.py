"""Logging, changing, sharing and deleting log entries through the services."""

from datetime import timedelta

import pytest

from nearer.core.errors import ConflictError, InvalidInputError, NotFoundError
from nearer.core.practice_log import LogFields
from nearer.practice import selectors, services
from nearer.practice.models import LogEntry
from tests.factories import answer_screen, key_for

KINDS = {
    "moment": {"initiator": "partner", "topic": "conversation"},
    "appreciation": {},
    "affection": {},
    "bid": {"response": "toward"},
    "rough": {"defensiveness": 3},
    "weekly": {"safety": 5, "closeness": 6},
}


def log(user, now, kind="appreciation", note="", **values):
    fields = LogFields(kind=kind, occurred_at=values.pop("occurred_at", now), **{**KINDS[kind], **values})
    return services.log_create(user=user, fields=fields, note=note, key=key_for(user), now=now)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_is_logged_privately_with_its_note_sealed(people, now, kind):
    alex = people["self"]
    entry = log(alex, now, kind, note="thanked them for the soup")
    stored = LogEntry.objects.get(pk=entry.pk)
    assert stored.visibility == "private" and stored.kind == kind
    assert b"soup" not in bytes(stored.note_sealed) and stored.note_shared == ""
    view = selectors.log_get(user=alex, entry_id=entry.pk, key=key_for(alex))
    assert view.note == "thanked them for the soup"
    assert {k: getattr(view, k) for k in KINDS[kind]} == KINDS[kind]


def test_a_rough_moment_keeps_when_it_was_repaired(people, now):
    entry = log(people["self"], now, "rough", occurred_at=now - timedelta(hours=3), repaired_at=now - timedelta(hours=1))
    assert LogEntry.objects.get(pk=entry.pk).repaired_at == now - timedelta(hours=1)


def test_a_moment_in_the_future_is_refused_and_nothing_is_saved(people, now):
    with pytest.raises(InvalidInputError, match="still to come"):
        log(people["self"], now, occurred_at=now + timedelta(hours=1))
    assert not LogEntry.objects.exists()


def test_a_note_over_the_limit_is_refused_and_nothing_is_saved(people, now):
    with pytest.raises(InvalidInputError, match="limit"):
        log(people["self"], now, note="x" * (services.NOTE_MAX + 1))
    assert not LogEntry.objects.exists()


def test_an_edit_keeps_the_kind_and_changes_the_details(people, now):
    alex = people["self"]
    entry = log(alex, now, "bid")
    fields = LogFields(kind="weekly", occurred_at=now, response="away")
    services.log_update(user=alex, entry_id=entry.pk, fields=fields, note="I was tired", key=key_for(alex), now=now)
    stored = LogEntry.objects.get(pk=entry.pk)
    assert (stored.kind, stored.response) == ("bid", "away")


@pytest.mark.parametrize("role", ["partner", "other_couple", "former_member"])
def test_nobody_else_can_change_or_delete_an_entry(people, now, role):
    entry = log(people["self"], now)
    other = people[role]
    with pytest.raises(NotFoundError):
        services.log_update(user=other, entry_id=entry.pk, fields=LogFields(kind="appreciation", occurred_at=now),
                            key=key_for(other), now=now)
    with pytest.raises(NotFoundError):
        services.log_delete(user=other, entry_id=entry.pk)
    assert LogEntry.objects.filter(pk=entry.pk).exists()


def test_the_partner_reads_only_the_entries_shared_with_them(people, now):
    alex, sam = people["self"], people["partner"]
    private, shared = log(alex, now, note="kept to myself"), log(alex, now, "affection", note="a long hug")
    services.log_set_visibility(user=alex, entry_id=shared.pk, visibility="shared", key=key_for(alex), now=now)
    seen = selectors.log_list(user=sam, key=key_for(sam))
    assert [(e.id, e.note, e.mine) for e in seen] == [(str(shared.pk), "a long hug", False)]
    with pytest.raises(NotFoundError):
        selectors.log_get(user=sam, entry_id=private.pk, key=key_for(sam))


@pytest.mark.parametrize("role", ["other_couple", "former_member"])
def test_people_outside_the_couple_read_no_entry_even_a_shared_one(people, now, role):
    alex = people["self"]
    entry = log(alex, now)
    services.log_set_visibility(user=alex, entry_id=entry.pk, visibility="shared", key=key_for(alex), now=now)
    outsider = people[role]
    assert selectors.log_list(user=outsider, key=key_for(outsider)) == []
    with pytest.raises(NotFoundError):
        selectors.log_get(user=outsider, entry_id=entry.pk, key=key_for(outsider))


def test_sharing_is_refused_while_a_safety_concern_stands(people, now):
    from nearer.core.program import load_program

    alex = people["self"]
    answer_screen(alex, yes=[load_program().safety.questions[0].id], now=now)
    entry = log(alex, now)
    with pytest.raises(ConflictError):
        services.log_set_visibility(user=alex, entry_id=entry.pk, visibility="shared", key=key_for(alex), now=now)
    assert LogEntry.objects.get(pk=entry.pk).visibility == "private"


def test_deleting_an_entry_removes_it(people, now):
    alex = people["self"]
    entry = log(alex, now)
    services.log_delete(user=alex, entry_id=entry.pk)
    assert not LogEntry.objects.exists()


def test_the_progress_selector_gives_plain_data_of_own_entries_in_a_range(people, now):
    alex, sam = people["self"], people["partner"]
    log(alex, now - timedelta(days=8), occurred_at=now - timedelta(days=8))
    log(alex, now, "rough", note="secret words", occurred_at=now - timedelta(hours=2), repaired_at=now - timedelta(hours=1))
    log(sam, now, "bid")
    rows = selectors.log_entries_between(user=alex, start=now - timedelta(days=7), end=now + timedelta(seconds=1))
    assert rows == [{"kind": "rough", "occurred_at": now - timedelta(hours=2), "initiator": "", "topic": "",
                     "response": "", "defensiveness": 3, "repaired_at": now - timedelta(hours=1), "safety": None,
                     "closeness": None}]
