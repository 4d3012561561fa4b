"""Writing, sharing and deleting log entries and needs (tune-up answers: nearer.practice.tuneups).
Every text is written through nearer.privacy, so it is sealed while private."""

from dataclasses import replace
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from nearer.core.errors import ConflictError, InvalidInputError
from nearer.core.practice_log import LogFields, clean_log_fields
from nearer.practice.models import LogEntry, Need
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services
from nearer.program import standing

NOTE_MAX = 2_000
NEED_TEXT_MAX = 500
ACTIVE_NEEDS_MAX = 3
WHO = {"me": "I do it", "partner": "My partner does it", "both": "We do it together"}


def clean_text(text: str | None, *, limit: int, required: str = "") -> str:
    """The text stripped; InvalidInputError when it is over `limit`, or empty and `required` says why."""
    text = (text or "").strip()
    if required and not text:
        raise InvalidInputError(required)
    if len(text) > limit:
        raise InvalidInputError(f"This is {len(text):,} characters long; the limit is {limit:,}.")
    return text


def _apply(entry: LogEntry, fields: LogFields) -> None:
    for name in ("kind", "occurred_at", "initiator", "topic", "response", "defensiveness", "repaired_at",
                 "safety", "closeness"):
        setattr(entry, name, getattr(fields, name))


def _refuse_future(fields: LogFields, now: datetime) -> None:
    if fields.occurred_at > now or (fields.repaired_at is not None and fields.repaired_at > now):
        raise InvalidInputError("Log what has happened: that time is still to come.")


@transaction.atomic
def log_create(*, user, fields: LogFields, note: str = "", key: tuple[bytes, int], now: datetime) -> LogEntry:
    """Log a new private entry of one kind (see nearer.core.practice_log.entries)."""
    fields = clean_log_fields(fields)
    _refuse_future(fields, now)
    note = clean_text(note, limit=NOTE_MAX)
    entry = LogEntry(author=user, created_at=now)
    _apply(entry, fields)
    privacy_services.item_write(entry, key=key, now=now, note=note)
    return entry


@transaction.atomic
def log_update(*, user, entry_id, fields: LogFields, note: str = "", key: tuple[bytes, int],
               now: datetime) -> LogEntry:
    """Change one of the person's own entries; its kind stays what it was."""
    entry = privacy_selectors.own_item_get(LogEntry, user=user, item_id=entry_id)
    fields = clean_log_fields(replace(fields, kind=entry.kind))
    _refuse_future(fields, now)
    _apply(entry, fields)
    privacy_services.item_write(entry, key=key, now=now, note=clean_text(note, limit=NOTE_MAX))
    return entry


def _set_visibility(model, *, user, item_id, visibility: str, key, now: datetime):
    item = privacy_selectors.own_item_get(model, user=user, item_id=item_id)
    if visibility == "shared" and standing.safety_concern(user=user, key=key):
        raise ConflictError(standing.partner_tools_note())
    privacy_services.item_set_visibility(item, user=user, visibility=visibility, key=key, now=now)
    return item


def log_set_visibility(*, user, entry_id, visibility: str, key: tuple[bytes, int], now: datetime) -> LogEntry:
    """Share an own entry with the partner or make it private again (sharing is refused under a
    safety concern)."""
    return _set_visibility(LogEntry, user=user, item_id=entry_id, visibility=visibility, key=key, now=now)


@transaction.atomic
def log_delete(*, user, entry_id) -> None:
    """Delete one of the person's own entries."""
    privacy_selectors.own_item_get(LogEntry, user=user, item_id=entry_id).delete()
    privacy_services.forget_removed_text()


def _clean_need(need: str, action: str, who: str, how_often: str) -> dict[str, str]:
    if who not in WHO:
        raise InvalidInputError(f"Choose who does it: {', '.join(WHO)}.")
    return {
        "need": clean_text(need, limit=NEED_TEXT_MAX, required="Name the need in a few words."),
        "action": clean_text(action, limit=NEED_TEXT_MAX, required="Say what someone would see being done."),
        "how_often": clean_text(how_often, limit=NEED_TEXT_MAX, required="Say how often, e.g. every evening."),
    }


def _room_for_active(user, *, exclude=None) -> None:
    # The person's own row is the lock: two windows adding a need at once are counted one after the other.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    active = Need.objects.filter(author=user, active=True)
    if exclude is not None:
        active = active.exclude(pk=exclude)
    if active.count() >= ACTIVE_NEEDS_MAX:
        raise ConflictError(f"You already have {ACTIVE_NEEDS_MAX} needs in focus. Set one aside first: "
                            "a few needs you act on help more than many.")


@transaction.atomic
def need_create(*, user, need: str, action: str, who: str, how_often: str, key: tuple[bytes, int],
                now: datetime) -> Need:
    """Name a new essential need with its action (at most three in focus at a time)."""
    texts = _clean_need(need, action, who, how_often)
    _room_for_active(user)
    item = Need(author=user, created_at=now, who=who, active=True)
    privacy_services.item_write(item, key=key, now=now, **texts)
    return item


@transaction.atomic
def need_update(*, user, need_id, need: str, action: str, who: str, how_often: str, key: tuple[bytes, int],
                now: datetime) -> Need:
    """Rewrite one of the person's own needs."""
    item = privacy_selectors.own_item_get(Need, user=user, item_id=need_id)
    texts = _clean_need(need, action, who, how_often)
    item.who = who
    privacy_services.item_write(item, key=key, now=now, **texts)
    return item


@transaction.atomic
def need_set_active(*, user, need_id, active: bool, now: datetime) -> Need:
    """Put a need back in focus (if there is room) or set it aside, keeping it."""
    item = privacy_selectors.own_item_get(Need, user=user, item_id=need_id)
    if active and not item.active:
        _room_for_active(user, exclude=item.pk)
    item.active, item.updated_at = active, now
    item.save(update_fields=["active", "updated_at"])
    return item


def need_set_visibility(*, user, need_id, visibility: str, key: tuple[bytes, int], now: datetime) -> Need:
    """Share an own need with the partner or make it private again."""
    return _set_visibility(Need, user=user, item_id=need_id, visibility=visibility, key=key, now=now)


@transaction.atomic
def need_delete(*, user, need_id) -> None:
    """Delete one of the person's own needs."""
    privacy_selectors.own_item_get(Need, user=user, item_id=need_id).delete()
    privacy_services.forget_removed_text()
