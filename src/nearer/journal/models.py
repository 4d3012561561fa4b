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
        # The paged list reads two parts of the visibility rule (nearer.privacy.selectors.visible_parts)
        # newest first; each index serves one part's filter and its (created_at, id) order, so no
        # part is sorted or scanned in full.
        indexes = [
            models.Index(fields=["author", "created_at", "id"], name="journal_own_newest"),
            models.Index(fields=["couple", "visibility", "created_at", "id"], name="journal_shared_newest"),
        ]
