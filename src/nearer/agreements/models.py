"""Agreements, the marks a person makes on their due days, the parking lot and active pauses.

What is sealed and what is plain: the words a person writes (an agreement's title, its details such
as the agreed phrase, the catalogue moment chosen, the end of a crunch; a parking-lot topic) are
sealed with the author's key while private, and open to both members once proposed to the couple,
like a shared journal entry. The kind and the schedule (how often, weekdays, time, length, start and
end) are plain columns: due dates are computed from them on every Today page, and they say only that
some slot of one of the program's ten kinds exists, never what it holds (a talk's time is plain for
the same reason). A mark is plain too: it records that a person tapped "done" or "not today" on a
date, and only its maker ever sees it. A pause holds only its times."""

import uuid
from datetime import time

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from nearer.core.practice import FREQUENCIES, KINDS
from nearer.privacy.models import Item


class Agreement(Item):
    SEALED_FIELDS = ("title", "details")
    SEALED_OWNER = "author"
    SHAREABLE = True

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        ACTIVE = "active", "Active"
        PAUSED = "paused", "Paused"
        ENDED = "ended", "Ended"
        DECLINED = "declined", "Declined"

    kind = models.CharField(max_length=30, choices=[(k.id, k.label) for k in KINDS.values()],
                            default="micro_connection")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    frequency = models.CharField(max_length=10, choices=[(f, f) for f in FREQUENCIES], default="daily")
    weekdays = models.CharField(max_length=20, blank=True, default="")  # "0,3" (0 = Monday)
    at = models.TimeField(default=time(20, 0))
    duration_minutes = models.PositiveIntegerField(default=15)
    starts_on = models.DateField(default=timezone.localdate)
    ends_on = models.DateField(null=True, blank=True)
    # In a couple: who must answer the proposal now (None once it was answered).
    awaiting = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+")
    version = models.PositiveIntegerField(default=1)
    title_sealed = models.BinaryField(null=True, blank=True)
    title_shared = models.TextField(blank=True, default="")
    details_sealed = models.BinaryField(null=True, blank=True)
    details_shared = models.TextField(blank=True, default="")

    class Meta(Item.Meta):
        indexes = [
            models.Index(fields=["author", "status"], name="agreement_author_status"),
            models.Index(fields=["couple", "visibility", "status"], name="agreement_couple_status"),
        ]

    def export_fields(self) -> dict:
        return {
            "kind": self.kind, "status": self.status, "frequency": self.frequency, "weekdays": self.weekdays,
            "at": self.at.isoformat(), "duration_minutes": self.duration_minutes,
            "starts_on": self.starts_on.isoformat(), "ends_on": self.ends_on.isoformat() if self.ends_on else None,
        }


class Mark(models.Model):
    class Status(models.TextChoices):
        DONE = "done", "Done"
        NOT_TODAY = "not_today", "Not today"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="marks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    on = models.DateField()
    status = models.CharField(max_length=10, choices=Status.choices)
    marked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "agreement", "on"], name="one_mark_per_day")]
        indexes = [models.Index(fields=["user", "on"], name="mark_user_day")]


class ParkingTopic(Item):
    """A work topic waiting in the parking lot until the agreed time; private to the one who parked it."""

    SEALED_FIELDS = ("topic",)
    SEALED_OWNER = "author"

    topic_sealed = models.BinaryField(null=True, blank=True)
    topic_shared = models.TextField(blank=True, default="")
    talked_at = models.DateTimeField(null=True, blank=True)

    def export_fields(self) -> dict:
        return {"talked_at": self.talked_at.isoformat() if self.talked_at else None}


class Pause(models.Model):
    """A pause called under a pause-signal agreement; seen by whoever can see the agreement."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="pauses")
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField()
    returns_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agreement"], condition=Q(ended_at__isnull=True),
                                               name="one_open_pause_per_agreement")]
