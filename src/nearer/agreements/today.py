"""The Today view: what is due today and for the rest of the week (with the person's own marks), the
next talk and tune-up, a running pause, and the parking lot. Gathered here; the rules are in core."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from nearer.agreements.marks import marks_between
from nearer.agreements.models import Agreement
from nearer.agreements.parking import TopicView, parking_list
from nearer.agreements.pauses import PauseView, pause_running
from nearer.agreements.selectors import AgreementView, agreement_get, agreement_list
from nearer.core.practice import Occurrence, next_occurrence, occurrences
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services
from nearer.program import standing
from nearer.program.models import Talk
from nearer.program.selectors import local_today


@dataclass(frozen=True)
class DueItem:
    agreement: AgreementView
    occurrence: Occurrence
    mark: str = ""  # "", "done" or "not_today": the person's own mark only


@dataclass(frozen=True)
class NextTalk:
    title: str
    starts_at: datetime


@dataclass(frozen=True)
class TodayView:
    today: date
    due_today: list[DueItem]
    this_week: list[DueItem]
    next_talk: NextTalk | None
    next_tune_up: DueItem | None
    pause: PauseView | None
    pause_signals: list[AgreementView]
    parking: list[TopicView]
    parking_talked: list[TopicView]
    parking_opens: datetime | None  # when the protected hours end next (topics wait until then)
    waiting_for_me: list[AgreementView] = field(default_factory=list)
    concern: bool = False


def _due(active: list[AgreementView], *, user, first: date, last: date) -> list[DueItem]:
    found = [
        (view, occurrence) for view in active
        for occurrence in occurrences(view.schedule, zone=user.time_zone, first=first, last=last)
    ]
    marks = marks_between(user=user, agreement_ids=[view.id for view, _ in found], first=first, last=last)
    items = [DueItem(view, occ, marks.get((view.id, occ.on), "")) for view, occ in found]
    return sorted(items, key=lambda item: (item.occurrence.starts_at, item.agreement.title.lower()))


def _next_talk(user, key, now: datetime) -> NextTalk | None:
    talk = (privacy_selectors.visible(Talk, user=user).filter(author_id=user.pk, starts_at__gte=now)
            .order_by("starts_at").first())
    if talk is None:
        return None
    return NextTalk(title=privacy_services.item_read(talk, key=key)["title"], starts_at=talk.starts_at)


def _next_of(views: list[AgreementView], *, user, now: datetime) -> DueItem | None:
    upcoming = [(occ, view) for view in views if (occ := next_occurrence(view.schedule, zone=user.time_zone, now=now))]
    if not upcoming:
        return None
    occurrence, view = min(upcoming, key=lambda pair: pair[0].starts_at)
    return DueItem(view, occurrence)


def today_view(*, user, key, now: datetime) -> TodayView:
    """Everything the Today page shows for this person at `now`."""
    today = local_today(user, now)
    views = agreement_list(user=user, key=key, statuses=(Agreement.Status.ACTIVE, Agreement.Status.PROPOSED))
    active = [view for view in views if view.status == Agreement.Status.ACTIVE]
    week_end = today + timedelta(days=6 - today.weekday())
    due = _due(active, user=user, first=today, last=week_end)
    waiting_for_me = [view for view in views if view.awaiting_me]
    # The safety standing opens the person's whole program: only asked when a proposal would be shown.
    concern = bool(waiting_for_me) and standing.safety_concern(user=user, key=key)
    waiting, talked = parking_list(user=user, key=key)
    boundary = _next_of([v for v in active if v.kind == "work_talk_boundary"], user=user, now=now)
    signals = [view for view in active if view.kind == "pause_signal"]
    return TodayView(
        today=today, due_today=[item for item in due if item.occurrence.on == today],
        this_week=[item for item in due if item.occurrence.on > today], next_talk=_next_talk(user, key, now),
        next_tune_up=_next_of([v for v in active if v.kind == "weekly_tune_up"], user=user, now=now),
        pause=pause_running(user=user, now=now, among=[view.id for view in signals]), pause_signals=signals,
        parking=waiting, parking_talked=talked, parking_opens=boundary.occurrence.ends_at if boundary else None,
        waiting_for_me=[] if concern else waiting_for_me, concern=concern,
    )


def due_item(*, user, key, agreement_id, on: date) -> DueItem:
    """One due day of an agreement with the person's own mark, for the region a mark redraws."""
    view = agreement_get(user=user, agreement_id=agreement_id, key=key)
    found = occurrences(view.schedule, zone=user.time_zone, first=on, last=on)
    marks = marks_between(user=user, agreement_ids=[view.id], first=on, last=on)
    return DueItem(view, found[0], marks.get((view.id, on), "")) if found else DueItem(view, None)
