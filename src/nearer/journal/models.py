"""Journal entries: private notes, or small wins shared with the partner."""

from django.db import models

from nearer.privacy.models import Item


class JournalEntry(Item):
    SEALED_FIELDS = ("body",)
    SEALED_OWNER = "author"
    SHAREABLE = True

    body_sealed = models.BinaryField(null=True, blank=True)
    body_shared = models.TextField(blank=True, default="")

    class Meta(Item.Meta):
        verbose_name_plural = "journal entries"
