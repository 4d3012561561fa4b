"""The person's own coach drafts, opened for display. Nobody else ever sees a draft."""

from dataclasses import dataclass
from datetime import datetime

from nearer.coach.models import CoachDraft
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services


@dataclass(frozen=True)
class DraftView:
    id: str
    body: str
    reply_to: str
    purpose: str
    purpose_label: str
    created_at: datetime
    updated_at: datetime


def _view(draft: CoachDraft, *, key: tuple[bytes, int]) -> DraftView:
    texts = privacy_services.item_read(draft, key=key)
    return DraftView(
        id=str(draft.pk), body=texts["body"], reply_to=texts["reply_to"], purpose=draft.purpose,
        purpose_label=draft.get_purpose_display(), created_at=draft.created_at, updated_at=draft.updated_at,
    )


def draft_list(*, user, key: tuple[bytes, int]) -> list[DraftView]:
    """The person's own drafts, most recently changed first."""
    drafts = privacy_selectors.own(CoachDraft, user=user).order_by("-updated_at")[:200]
    return [_view(draft, key=key) for draft in drafts]


def draft_get(*, user, draft_id, key: tuple[bytes, int]) -> DraftView:
    """One of the person's own drafts; NotFoundError for anyone else's, a missing or a malformed id."""
    return _view(privacy_selectors.own_item_get(CoachDraft, user=user, item_id=draft_id), key=key)
