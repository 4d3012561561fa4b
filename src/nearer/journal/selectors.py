"""Journal entries the person may read, with their text opened for display."""

from dataclasses import dataclass
from datetime import datetime

from nearer.journal.models import JournalEntry
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services


@dataclass(frozen=True)
class EntryView:
    id: str
    body: str
    mine: bool
    shared: bool
    share: str  # a nearer.privacy.selectors.ShareState: who can see it now
    author_name: str
    created_at: datetime


def _view(entry, *, user, key, share: str) -> EntryView:
    body = privacy_services.item_read(entry, key=key)["body"]
    return EntryView(
        id=str(entry.pk), body=body, mine=entry.author_id == user.pk, shared=entry.is_shared, share=share,
        author_name=entry.author.display_name, created_at=entry.created_at,
    )


def entry_list(*, user, key: tuple[bytes, int]) -> list[EntryView]:
    """Own entries and the partner's shared ones, newest first."""
    entries = list(privacy_selectors.visible(JournalEntry, user=user).select_related("author")[:200])
    shares = privacy_selectors.share_states(JournalEntry, entries, user=user)
    return [_view(entry, user=user, key=key, share=shares[entry.pk]) for entry in entries]


def entry_get(*, user, entry_id, key: tuple[bytes, int]) -> EntryView:
    """One entry the person may read; NotFoundError otherwise."""
    entry = privacy_selectors.item_get(JournalEntry, user=user, item_id=entry_id)
    share = privacy_selectors.share_states(JournalEntry, [entry], user=user)[entry.pk]
    return _view(entry, user=user, key=key, share=share)
