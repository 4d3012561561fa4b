"""Journal entries the person may read, with their text opened for display."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q

from nearer.core.errors import InvalidInputError
from nearer.journal import paging
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


@dataclass(frozen=True)
class EntryPage:
    entries: list[EntryView]
    older: str  # token of the next older page, "" when this page holds the oldest entries
    newer: str  # token of the next newer page, "" on the first page
    problem: str = ""  # set when the link asked for could not be used (the newest entries are shown)


def _after(position: paging.Position | None, *, newer: bool) -> Q:
    """Entries strictly older (or newer) than `position`; the plain range on created_at lets the
    index do the work, the OR only separates entries written in the same microsecond."""
    if position is None:
        return Q()
    at, pk = position.created_at, position.id
    if newer:
        return Q(created_at__gte=at) & (Q(created_at__gt=at) | Q(created_at=at, id__gt=pk))
    return Q(created_at__lte=at) & (Q(created_at__lt=at) | Q(created_at=at, id__lt=pk))


def _fetch(user, position: paging.Position | None, *, newer: bool) -> list[JournalEntry]:
    """Up to PAGE_SIZE + 1 visible entries next to `position`, nearest first: each part of the
    visibility rule is read in index order with its own LIMIT, then the short lists are merged."""
    order = ("created_at", "id") if newer else ("-created_at", "-id")
    found = []
    for part in privacy_selectors.visible_parts(JournalEntry, user=user):
        query = part.filter(_after(position, newer=newer)).select_related("author").order_by(*order)
        found.extend(query[: paging.PAGE_SIZE + 1])
    found.sort(key=lambda entry: (entry.created_at, entry.id), reverse=not newer)
    return found[: paging.PAGE_SIZE + 1]


def _token(user, entry) -> str:
    return paging.encode(user=user, created_at=entry.created_at, entry_id=entry.pk)


def _page(user, key, position: paging.Position | None, *, newer: bool) -> EntryPage:
    found = _fetch(user, position, newer=newer)
    if position is not None and (not found or (newer and len(found) <= paging.PAGE_SIZE)):
        return _page(user, key, None, newer=False)  # nothing beyond (entries deleted, or the top): the first page
    shown = found[: paging.PAGE_SIZE]
    if newer:
        shown.reverse()
    more = len(found) > paging.PAGE_SIZE
    older = _token(user, shown[-1]) if shown and (newer or more) else ""
    newer_token = _token(user, shown[0]) if shown and (newer or position is not None) else ""
    shares = privacy_selectors.share_states(JournalEntry, shown, user=user)
    entries = [_view(entry, user=user, key=key, share=shares[entry.pk]) for entry in shown]
    return EntryPage(entries=entries, older=older, newer=newer_token)


def entry_page(*, user, key: tuple[bytes, int], older: str | None = None, newer: str | None = None) -> EntryPage:
    """One page of the entries the person may read, newest first. `older` / `newer` are tokens
    from a previous page (at most one); a token that cannot be used gives the first page with
    `problem` set. Only the entries on the page are opened."""
    if older is None and newer is None:
        return _page(user, key, None, newer=False)
    try:
        if older is not None and newer is not None:
            raise InvalidInputError(paging.BAD_LINK)
        position = paging.decode(user=user, token=older if older is not None else newer)
    except InvalidInputError as error:
        first = _page(user, key, None, newer=False)
        return EntryPage(entries=first.entries, older=first.older, newer="", problem=str(error))
    return _page(user, key, position, newer=newer is not None)


def entry_get(*, user, entry_id, key: tuple[bytes, int]) -> EntryView:
    """One entry the person may read; NotFoundError otherwise."""
    entry = privacy_selectors.item_get(JournalEntry, user=user, item_id=entry_id)
    share = privacy_selectors.share_states(JournalEntry, [entry], user=user)[entry.pk]
    return _view(entry, user=user, key=key, share=share)


WINS_SHOWN = 100


def win_list(*, user) -> list[EntryView]:
    """The shared journal entries (small wins) the person can read now, theirs and their partner's,
    newest first (shared text is open, so no key is needed)."""
    shared = [part.filter(visibility="shared").select_related("author").order_by("-created_at", "-id")[:WINS_SHOWN]
              for part in privacy_selectors.visible_parts(JournalEntry, user=user)]
    entries = sorted((e for part in shared for e in part), key=lambda e: (e.created_at, e.id), reverse=True)[:WINS_SHOWN]
    shares = privacy_selectors.share_states(JournalEntry, entries, user=user)
    return [_view(entry, user=user, key=None, share=shares[entry.pk]) for entry in entries]
