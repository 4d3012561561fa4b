"""Saving, rewriting and deleting coach drafts. Drafts stay private: there is no way to share one."""

from datetime import datetime

from django.db import transaction

from nearer.coach.models import CoachDraft, Purpose
from nearer.core.coach import MAX_CHARS
from nearer.core.errors import InvalidInputError
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services


def _clean(body: str, reply_to: str, purpose: str) -> dict[str, str]:
    body, reply_to = (body or "").strip(), (reply_to or "").strip()
    if not body:
        raise InvalidInputError("There is nothing to save yet: write what you want to say first.")
    if len(body) > MAX_CHARS or len(reply_to) > MAX_CHARS:
        raise InvalidInputError(f"A draft can hold up to {MAX_CHARS:,} characters in each box.")
    if purpose not in Purpose.values:
        raise InvalidInputError("Choose what the draft is for: an opening, a reply or a request.")
    return {"body": body, "reply_to": reply_to, "purpose": purpose}


@transaction.atomic
def draft_create(*, user, body: str, reply_to: str = "", purpose: str = Purpose.OPENING,
                 key: tuple[bytes, int], now: datetime) -> CoachDraft:
    """Store a new private draft, sealed with the person's key."""
    cleaned = _clean(body, reply_to, purpose)
    draft = CoachDraft(author=user, created_at=now, purpose=cleaned.pop("purpose"))
    privacy_services.item_write(draft, key=key, now=now, **cleaned)
    return draft


@transaction.atomic
def draft_update(*, user, draft_id, body: str, reply_to: str = "", purpose: str = Purpose.OPENING,
                 key: tuple[bytes, int], now: datetime) -> CoachDraft:
    """Rewrite one of the person's own drafts; NotFoundError for anyone else's."""
    cleaned = _clean(body, reply_to, purpose)
    draft = privacy_selectors.own_item_get(CoachDraft, user=user, item_id=draft_id)
    draft.purpose = cleaned.pop("purpose")
    privacy_services.item_write(draft, key=key, now=now, **cleaned)
    return draft


@transaction.atomic
def draft_delete(*, user, draft_id) -> None:
    """Delete one of the person's own drafts; NotFoundError for anyone else's."""
    privacy_selectors.own_item_get(CoachDraft, user=user, item_id=draft_id).delete()
    privacy_services.forget_removed_text()
