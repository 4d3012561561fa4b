"""Coach drafts: words a person is preparing for their partner. Always private; never shared."""

from django.db import models

from nearer.privacy.models import Item


class Purpose(models.TextChoices):
    OPENING = "opening", "Opening a talk"
    REPLY = "reply", "Replying to my partner"
    REQUEST = "request", "Asking for something"


class CoachDraft(Item):
    SEALED_FIELDS = ("body", "reply_to")
    SEALED_OWNER = "author"

    # What the person means to say, and (optionally) the partner's words it answers.
    body_sealed = models.BinaryField(null=True, blank=True)
    body_shared = models.TextField(blank=True, default="")
    reply_to_sealed = models.BinaryField(null=True, blank=True)
    reply_to_shared = models.TextField(blank=True, default="")
    purpose = models.CharField(max_length=10, choices=Purpose.choices, default=Purpose.OPENING)

    class Meta(Item.Meta):
        verbose_name = "coach draft"

    def export_fields(self) -> dict:
        return {"purpose": self.purpose}
