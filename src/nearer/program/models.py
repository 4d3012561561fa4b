"""What a person answers and records in the program. Every answer is private and sealed with the
author's key: structured answers are stored as JSON text in sealed columns, so nothing a person
answered (not even whether the safety screen raised a concern) is readable in the database.

One safety screen, one check, one plan record and one worksheet per person (redoing replaces the
answers); talks are many."""

from django.db import models
from django.utils import timezone

from nearer.privacy.models import Item


class SafetyScreen(Item):
    """The private safety screen: {"answers": {question id: bool}, "region": region id}."""

    SEALED_FIELDS = ("answers",)
    SEALED_OWNER = "author"

    answers_sealed = models.BinaryField(null=True, blank=True)
    answers_shared = models.TextField(blank=True, default="")


class Check(Item):
    """The check: {"signs": [...], "contexts": [...], readiness question id: bool | None} and free text."""

    SEALED_FIELDS = ("answers", "free_text")
    SEALED_OWNER = "author"

    answers_sealed = models.BinaryField(null=True, blank=True)
    answers_shared = models.TextField(blank=True, default="")
    free_text_sealed = models.BinaryField(null=True, blank=True)
    free_text_shared = models.TextField(blank=True, default="")


class Plan(Item):
    """What the person marked as done: {"marked": [fact ids], "occurrences": {fact id: [ISO dates]}}.

    The start date is plain: it says when the program began, nothing about what was answered."""

    SEALED_FIELDS = ("record",)
    SEALED_OWNER = "author"

    started_on = models.DateField(default=timezone.localdate)
    record_sealed = models.BinaryField(null=True, blank=True)
    record_shared = models.TextField(blank=True, default="")

    def export_fields(self) -> dict:
        return {"started_on": self.started_on.isoformat()}


class Reflection(Item):
    """The self-reflection worksheet: {"triggers", "own_part", "grounding_note": str, "grounding_tried": bool}."""

    SEALED_FIELDS = ("worksheet",)
    SEALED_OWNER = "author"

    worksheet_sealed = models.BinaryField(null=True, blank=True)
    worksheet_shared = models.TextField(blank=True, default="")


class Talk(Item):
    """A protected talk. Its time is plain (it is a calendar slot); the title the person typed and the
    debrief ({"learned", "needs", "space_asked", "return_at"}) are sealed."""

    SEALED_FIELDS = ("title", "debrief")
    SEALED_OWNER = "author"

    starts_at = models.DateTimeField(default=timezone.now)
    title_sealed = models.BinaryField(null=True, blank=True)
    title_shared = models.TextField(blank=True, default="")
    debrief_sealed = models.BinaryField(null=True, blank=True)
    debrief_shared = models.TextField(blank=True, default="")

    class Meta(Item.Meta):
        ordering = ["-starts_at"]

    def export_fields(self) -> dict:
        return {"starts_at": self.starts_at.isoformat()}
