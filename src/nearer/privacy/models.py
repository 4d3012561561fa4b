"""The key ring of each person, and the one base every item a person writes is built on.

Visibility: an item is `private` (its author only) or `shared` (both active members of the
author's couple, and only items shared after the viewer joined). Private text is sealed with the
author's data key (see nearer.core.crypto); shared text is stored open, readable by both members."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class KeyRing(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="keyring"
    )
    # The data key wrapped under the login password; empty after a forgotten-password reset,
    # until the recovery key is entered (the private space is locked meanwhile).
    password_wrap = models.TextField(blank=True)
    recovery_wrap = models.TextField()
    key_version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)

    @property
    def is_locked(self) -> bool:
        return not self.password_wrap


class Visibility(models.TextChoices):
    PRIVATE = "private", "Only me"
    SHARED = "shared", "Shared with my partner"


class Item(models.Model):
    """Base of everything a person writes. Subclasses list their sealed text columns in
    SEALED_FIELDS; for each name `x` they declare `x_sealed` (BinaryField) and `x_shared` (TextField)."""

    SEALED_FIELDS: tuple[str, ...] = ()
    # Only kinds meant for the couple may ever be shared (journal wins); safety answers, the check,
    # reflection and coach drafts keep the default and can never leave their author.
    SHAREABLE: bool = False

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    couple = models.ForeignKey("couples.Couple", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    visibility = models.CharField(max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE)
    shared_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    @property
    def is_shared(self) -> bool:
        return self.visibility == Visibility.SHARED

    def export_fields(self) -> dict:
        """Plain (not private-text) fields a subclass adds to the person's export."""
        return {}
