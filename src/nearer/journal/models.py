"""Journal entries: private notes, or small wins shared with the partner."""

from django.conf import settings
from django.db import models

from nearer.privacy.models import Item


class JournalEntry(Item):
    SEALED_FIELDS = ("body",)
    SEALED_OWNER = "author"
    SHAREABLE = True

    # The two indexes below start with author and couple, so these need no index of their own (a
    # lone author index also tempts PostgreSQL to sort a person's entries instead of reading them in order).
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False)
    couple = models.ForeignKey(
        "couples.Couple", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", db_index=False
    )
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
