"""What a person records while practising: log entries, weekly tune-up answers and their needs.

The structured fields (which kind, when, who started a moment, a 1-7 rating) are plain columns so the
facts and measures can be counted; every word the person writes is sealed like the journal. All
three are private to their author until the author shares one (see nearer.privacy)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from nearer.privacy.models import Item


class LogEntry(Item):
    SEALED_FIELDS = ("note",)
    SEALED_OWNER = "author"
    SHAREABLE = True

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False)
    kind = models.CharField(max_length=20, default="appreciation")
    occurred_at = models.DateTimeField(default=timezone.now)
    initiator = models.CharField(max_length=10, blank=True, default="")
    topic = models.CharField(max_length=20, blank=True, default="")
    response = models.CharField(max_length=10, blank=True, default="")
    defensiveness = models.PositiveSmallIntegerField(null=True, blank=True)
    repaired_at = models.DateTimeField(null=True, blank=True)
    safety = models.PositiveSmallIntegerField(null=True, blank=True)
    closeness = models.PositiveSmallIntegerField(null=True, blank=True)
    note_sealed = models.BinaryField(null=True, blank=True)
    note_shared = models.TextField(blank=True, default="")

    class Meta(Item.Meta):
        verbose_name_plural = "log entries"
        ordering = ["-occurred_at"]
        indexes = [models.Index(fields=["author", "occurred_at"], name="log_own_by_time")]

    def export_fields(self) -> dict:
        return {
            "kind": self.kind, "occurred_at": self.occurred_at.isoformat(), "initiator": self.initiator,
            "topic": self.topic, "response": self.response, "defensiveness": self.defensiveness,
            "repaired_at": self.repaired_at.isoformat() if self.repaired_at else None,
            "safety": self.safety, "closeness": self.closeness,
        }


class TuneUpAnswer(Item):
    """One person's answers to the two fixed tune-up questions for one ISO week (`2026-W49`, counted
    in their time zone). Shared answers are shown to the partner only under the reveal rule
    (nearer.core.practice_log.reveal), never through the general visibility rule alone."""

    SEALED_FIELDS = ("first", "second")
    SEALED_OWNER = "author"
    SHAREABLE = True

    week = models.CharField(max_length=8)
    first_sealed = models.BinaryField(null=True, blank=True)
    first_shared = models.TextField(blank=True, default="")
    second_sealed = models.BinaryField(null=True, blank=True)
    second_shared = models.TextField(blank=True, default="")

    class Meta(Item.Meta):
        ordering = ["-week"]
        constraints = [models.UniqueConstraint(fields=["author", "week"], name="tuneup_one_answer_a_week")]

    def export_fields(self) -> dict:
        return {"week": self.week}


class Need(Item):
    """An essential need of the person, turned into an action someone can see done: who does what,
    how often. At most three are active at a time; a need set aside keeps its history."""

    SEALED_FIELDS = ("need", "action", "how_often")
    SEALED_OWNER = "author"
    SHAREABLE = True

    who = models.CharField(max_length=10, default="me")
    active = models.BooleanField(default=True)
    need_sealed = models.BinaryField(null=True, blank=True)
    need_shared = models.TextField(blank=True, default="")
    action_sealed = models.BinaryField(null=True, blank=True)
    action_shared = models.TextField(blank=True, default="")
    how_often_sealed = models.BinaryField(null=True, blank=True)
    how_often_shared = models.TextField(blank=True, default="")

    class Meta(Item.Meta):
        ordering = ["created_at"]

    def export_fields(self) -> dict:
        return {"who": self.who, "active": self.active}
