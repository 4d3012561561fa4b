"""Log entries and needs the person may read, scoped through nearer.privacy."""

from dataclasses import dataclass
from datetime import datetime

from nearer.core.practice_log.entries import INITIATED, KINDS, MOMENT_TOPICS, RESPONSES
from nearer.core.practice_log import Week, week_bounds
from nearer.practice.models import LogEntry, Need
from nearer.practice.services import WHO
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services

PAGE = 50


@dataclass(frozen=True)
class LogEntryView:
    id: str
    kind: str
    occurred_at: datetime
    initiator: str
    topic: str
    response: str
    defensiveness: int | None
    repaired_at: datetime | None
    safety: int | None
    closeness: int | None
    note: str
    mine: bool
    shared: bool
    share: str
    author_name: str

    @property
    def title(self) -> str:
        return KINDS[self.kind]

    @property
    def summary(self) -> str:
        """The entry's own details in words (the person's side only)."""
        if self.kind == "moment":
            return f"{MOMENT_TOPICS.get(self.topic, '')} · {INITIATED.get(self.initiator, '')}"
        if self.kind == "bid":
            return RESPONSES.get(self.response, "")
        if self.kind == "rough":
            return f"How defensive I felt: {self.defensiveness} of 5"
        if self.kind == "weekly":
            return f"Safety {self.safety} of 7 · closeness {self.closeness} of 7"
        return ""


def _views(entries, *, user, key) -> list[LogEntryView]:
    shares = privacy_selectors.share_states(LogEntry, entries, user=user)
    return [
        LogEntryView(
            id=str(e.pk), kind=e.kind, occurred_at=e.occurred_at, initiator=e.initiator, topic=e.topic,
            response=e.response, defensiveness=e.defensiveness, repaired_at=e.repaired_at, safety=e.safety,
            closeness=e.closeness, note=privacy_services.item_read(e, key=key)["note"], mine=e.author_id == user.pk,
            shared=e.is_shared, share=shares[e.pk], author_name=e.author.display_name,
        )
        for e in entries
    ]


def log_list(*, user, key: tuple[bytes, int], week: Week | None = None, limit: int = PAGE) -> list[LogEntryView]:
    """Entries the person may read (their own, and the ones their partner shared), newest first;
    only those of `week` (in the person's time zone) when given."""
    query = privacy_selectors.visible(LogEntry, user=user).select_related("author").order_by("-occurred_at", "-id")
    if week is not None:
        start, end = week_bounds(week, user.time_zone)
        query = query.filter(occurred_at__gte=start, occurred_at__lt=end)
    return _views(list(query[:limit]), user=user, key=key)


def log_get(*, user, entry_id, key: tuple[bytes, int]) -> LogEntryView:
    """One entry the person may read; NotFoundError otherwise."""
    entry = privacy_selectors.item_get(LogEntry, user=user, item_id=entry_id)
    return _views([entry], user=user, key=key)[0]


def log_entries_between(*, user, start: datetime, end: datetime) -> list[dict]:
    """The person's own entries with `start <= occurred_at < end`, oldest first, as plain data without
    notes: what a measure of their practice is computed from."""
    rows = (LogEntry.objects.filter(author_id=user.pk, occurred_at__gte=start, occurred_at__lt=end)
            .order_by("occurred_at", "id")
            .values("kind", "occurred_at", "initiator", "topic", "response", "defensiveness", "repaired_at",
                    "safety", "closeness"))
    return [dict(row) for row in rows]


@dataclass(frozen=True)
class NeedView:
    id: str
    need: str
    action: str
    who: str
    how_often: str
    active: bool
    mine: bool
    shared: bool
    share: str
    author_name: str

    @property
    def who_words(self) -> str:
        return WHO.get(self.who, "")


def need_list(*, user, key: tuple[bytes, int]) -> list[NeedView]:
    """The person's needs (in focus first) and the needs their partner shared with them."""
    needs = list(privacy_selectors.visible(Need, user=user).select_related("author").order_by("-active", "created_at"))
    needs.sort(key=lambda n: n.author_id != user.pk)  # own first, keeping the order within each
    return _need_views(needs, user=user, key=key)


def need_get(*, user, need_id, key: tuple[bytes, int]) -> NeedView:
    """One need the person may read; NotFoundError otherwise."""
    return _need_views([privacy_selectors.item_get(Need, user=user, item_id=need_id)], user=user, key=key)[0]


def _need_views(needs, *, user, key) -> list[NeedView]:
    shares = privacy_selectors.share_states(Need, needs, user=user)
    views = []
    for n in needs:
        texts = privacy_services.item_read(n, key=key)
        views.append(NeedView(id=str(n.pk), who=n.who, active=n.active, mine=n.author_id == user.pk,
                              shared=n.is_shared, share=shares[n.pk], author_name=n.author.display_name, **texts))
    return views
