"""The parking lot: work topics written down to wait for the agreed time, then talked through or
removed. Each topic is private to the one who parked it and sealed with their key."""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from nearer.agreements.models import ParkingTopic
from nearer.core.errors import InvalidInputError
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services

TOPIC_MAX = 500
TALKED_SHOWN = 5


@dataclass(frozen=True)
class TopicView:
    id: str
    topic: str
    parked_at: datetime
    talked_at: datetime | None


@transaction.atomic
def parking_add(*, user, topic: str, key, now: datetime) -> ParkingTopic:
    """Park a work topic."""
    topic = (topic or "").strip()
    if not topic:
        raise InvalidInputError("Write the topic that can wait.")
    if len(topic) > TOPIC_MAX:
        raise InvalidInputError(f"Keep a topic under {TOPIC_MAX} characters.")
    item = ParkingTopic(author=user, created_at=now)
    privacy_services.item_write(item, key=key, now=now, topic=topic)
    return item


def parking_talked(*, user, topic_id, now: datetime) -> None:
    """Mark one of the person's topics as talked through (it leaves the waiting list)."""
    item = privacy_selectors.own_item_get(ParkingTopic, user=user, item_id=topic_id)
    if item.talked_at is None:
        item.talked_at = item.updated_at = now
        item.save(update_fields=["talked_at", "updated_at"])


@transaction.atomic
def parking_remove(*, user, topic_id) -> None:
    """Delete one of the person's topics."""
    privacy_selectors.own_item_get(ParkingTopic, user=user, item_id=topic_id).delete()
    privacy_services.forget_removed_text()


def parking_list(*, user, key) -> tuple[list[TopicView], list[TopicView]]:
    """(topics waiting, oldest first; the few most recently talked through)."""
    own = privacy_selectors.visible(ParkingTopic, user=user).filter(author_id=user.pk)
    waiting = own.filter(talked_at__isnull=True).order_by("created_at")[:100]
    talked = own.filter(talked_at__isnull=False).order_by("-talked_at")[:TALKED_SHOWN]
    return [_view(item, key) for item in waiting], [_view(item, key) for item in talked]


def _view(item: ParkingTopic, key) -> TopicView:
    return TopicView(id=str(item.pk), topic=privacy_services.item_read(item, key=key)["topic"],
                     parked_at=item.created_at, talked_at=item.talked_at)
