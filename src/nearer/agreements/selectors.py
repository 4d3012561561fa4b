"""Agreements the person may see (their own, and the ones proposed within their couple), opened
for display, with their schedule worked out in the person's time zone."""

import json
from dataclasses import dataclass

from nearer.agreements.inputs import parse_weekdays
from nearer.agreements.models import Agreement
from nearer.core.practice import KINDS, Schedule
from nearer.core.practice.recurrence import describe
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services

ORDER = {"proposed": 0, "active": 1, "paused": 2, "ended": 3, "declined": 4}


@dataclass(frozen=True)
class AgreementView:
    id: str
    kind: str
    kind_label: str
    title: str
    details: dict
    status: str
    schedule: Schedule
    schedule_text: str
    shared: bool
    mine: bool  # the person wrote it first
    awaiting_me: bool
    awaiting_partner: bool
    version: int
    author_name: str

    @property
    def is_history(self) -> bool:
        return self.status in ("ended", "declined")


def schedule_of(agreement: Agreement) -> Schedule:
    return Schedule(
        frequency=agreement.frequency, starts_on=agreement.starts_on, at=agreement.at,
        duration_minutes=agreement.duration_minutes, weekdays=parse_weekdays(agreement.weekdays),
        ends_on=agreement.ends_on,
    )


def _details(text: str) -> dict:
    try:
        found = json.loads(text or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def agreement_view(agreement: Agreement, *, user, key) -> AgreementView:
    texts = privacy_services.item_read(agreement, key=key)
    schedule = schedule_of(agreement)
    waiting = agreement.status == Agreement.Status.PROPOSED and agreement.awaiting_id is not None
    return AgreementView(
        id=str(agreement.pk), kind=agreement.kind, kind_label=KINDS[agreement.kind].label if agreement.kind in KINDS
        else agreement.kind, title=texts["title"], details=_details(texts["details"]), status=agreement.status,
        schedule=schedule, schedule_text=describe(schedule), shared=agreement.is_shared,
        mine=agreement.author_id == user.pk, awaiting_me=waiting and agreement.awaiting_id == user.pk,
        awaiting_partner=waiting and agreement.awaiting_id != user.pk, version=agreement.version,
        author_name=agreement.author.display_name,
    )


def agreement_list(*, user, key, statuses: tuple[str, ...] | None = None) -> list[AgreementView]:
    """The agreements the person may see: waiting proposals first, then active, paused and past ones."""
    query = privacy_selectors.visible(Agreement, user=user).select_related("author")
    if statuses is not None:
        query = query.filter(status__in=statuses)
    views = [agreement_view(agreement, user=user, key=key) for agreement in query[:500]]
    return sorted(views, key=lambda view: (ORDER.get(view.status, 9), view.title.lower()))


def agreement_get(*, user, agreement_id, key) -> AgreementView:
    """One agreement the person may see; NotFoundError for foreign, missing or malformed ids alike."""
    agreement = privacy_selectors.item_get(Agreement, user=user, item_id=agreement_id)
    return agreement_view(agreement, user=user, key=key)
