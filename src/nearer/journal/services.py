"""Writing, sharing and deleting journal entries (the visibility rules live in nearer.privacy)."""

from datetime import datetime

from django.db import transaction

from nearer.core.errors import ConflictError, InvalidInputError
from nearer.couples.selectors import membership_active, partner_membership
from nearer.core.text_limits import LONG_TEXT_MAX, too_long_message
from nearer.journal.models import JournalEntry
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services
from nearer.program import standing

BODY_MAX = LONG_TEXT_MAX
NO_PARTNER_FOR_WINS = ("Small wins are read by both of you, so they can be added once your partner is in your couple "
                       "space. Your private journal is there meanwhile.")


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise InvalidInputError("Write something first.")
    if len(body) > BODY_MAX:
        raise InvalidInputError(too_long_message(len(body), BODY_MAX))
    return body


@transaction.atomic
def entry_create(*, user, body: str, key: tuple[bytes, int], now: datetime) -> JournalEntry:
    """Write a new private entry."""
    entry = JournalEntry(author=user, created_at=now)
    privacy_services.item_write(entry, key=key, now=now, body=_clean_body(body))
    return entry


@transaction.atomic
def win_create(*, user, body: str, key: tuple[bytes, int], now: datetime) -> JournalEntry:
    """Write a small win straight into the shared journal of the couple (both partners read it).
    Refused, with nothing saved, without a couple space or while a safety concern stands."""
    if standing.safety_concern(user=user, key=key):
        raise ConflictError(standing.partner_tools_note())
    membership = membership_active(user=user)
    if membership is None or partner_membership(membership=membership) is None:
        raise ConflictError(NO_PARTNER_FOR_WINS)
    entry = entry_create(user=user, body=body, key=key, now=now)
    privacy_services.item_set_visibility(entry, user=user, visibility="shared", key=key, now=now)
    return entry


@transaction.atomic
def entry_update(*, user, entry_id, body: str, key: tuple[bytes, int], now: datetime) -> JournalEntry:
    """Rewrite one of the person's own entries, keeping its visibility."""
    entry = privacy_selectors.own_item_get(JournalEntry, user=user, item_id=entry_id)
    privacy_services.item_write(entry, key=key, now=now, body=_clean_body(body))
    return entry


def entry_set_visibility(*, user, entry_id, visibility: str, key: tuple[bytes, int], now: datetime) -> JournalEntry:
    """Share one of the person's own entries with their partner, or make it private again (always
    allowed); sharing is refused while the person's safety answers raise a concern."""
    entry = privacy_selectors.own_item_get(JournalEntry, user=user, item_id=entry_id)
    if visibility == "shared" and standing.safety_concern(user=user, key=key):
        raise ConflictError(standing.partner_tools_note())
    privacy_services.item_set_visibility(entry, user=user, visibility=visibility, key=key, now=now)
    return entry


@transaction.atomic
def entry_delete(*, user, entry_id) -> None:
    """Delete one of the person's own entries."""
    privacy_selectors.own_item_get(JournalEntry, user=user, item_id=entry_id).delete()
    privacy_services.forget_removed_text()
