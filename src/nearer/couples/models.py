"""A couple space, who belongs to it, and the links that invite a partner in.

A person has at most one active membership (a database constraint, not only a check in code).
Leaving sets `left_at`; every access goes through the active membership, so a person who left
loses access on their next request. When a member deletes their account, their membership stays as
a record without anything personal (no person, no label): role and the days they joined and left, so
the partner who stays reads that their partner left rather than that nobody ever joined."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

PARTNER_LABEL_MAX = 60


class Couple(models.Model):
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"couple {self.pk}"


class Membership(models.Model):
    SEALED_FIELDS = ("partner_label",)
    SEALED_OWNER = "user"

    class Role(models.TextChoices):
        FOUNDER = "founder", "Started the space"
        PARTNER = "partner", "Joined by invitation"

    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="memberships")
    # Empty only on the record left behind by a deleted account (see accounts.services.account_delete).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # How this person refers to their partner: private to them, sealed with their own data key.
    partner_label_sealed = models.BinaryField(null=True, blank=True)
    joined_at = models.DateTimeField()
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(left_at__isnull=True), name="one_active_couple_per_person"
            ),
        ]

    @property
    def is_active(self) -> bool:
        return self.left_at is None


class Invitation(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        USED = "used", "Used"
        REVOKED = "revoked", "Withdrawn"
        EXPIRED = "expired", "Expired"

    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="invitations")
    # Links name an invitation by this opaque id, never by its sequential primary key.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Only a hash of the link's secret is stored: a copy of the database cannot be used to join.
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    used_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def status_at(self, now) -> str:
        """The invitation's state at `now`: used and revoked win over expired."""
        if self.used_at:
            return self.Status.USED
        if self.revoked_at:
            return self.Status.REVOKED
        if now >= self.expires_at:
            return self.Status.EXPIRED
        return self.Status.PENDING
