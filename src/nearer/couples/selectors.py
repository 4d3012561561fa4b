"""Queries about couple spaces, always scoped to the person asking."""

import hashlib

from nearer.core.errors import NotFoundError
from nearer.couples.models import Invitation, Membership
from nearer.privacy.sealing import unseal


def token_digest(token: str) -> str:
    """The stored form of an invitation secret."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def membership_active(*, user) -> Membership | None:
    """The person's current membership with its couple, or None when they are on their own."""
    if not user.is_authenticated:
        return None
    return Membership.objects.select_related("couple").filter(user=user, left_at__isnull=True).first()


def partner_membership(*, membership: Membership) -> Membership | None:
    """The other active member of the same couple, or None while the person is solo."""
    return (
        Membership.objects.select_related("user")
        .filter(couple_id=membership.couple_id, left_at__isnull=True)
        .exclude(pk=membership.pk)
        .first()
    )


def partner_label(*, membership: Membership, key: tuple[bytes, int] | None) -> str:
    """The name this member privately gave their partner; empty while their space is locked."""
    if key is None or not membership.partner_label_sealed:
        return ""
    return unseal(membership, "partner_label", membership.partner_label_sealed, owner_id=membership.user_id, key=key)


def invitation_list(*, user) -> list[Invitation]:
    """Invitations of the person's active couple, newest first (empty when not in a couple)."""
    membership = membership_active(user=user)
    if membership is None:
        return []
    return list(Invitation.objects.filter(couple_id=membership.couple_id)[:20])


def invitation_get(*, user, invitation_id: int) -> Invitation:
    """One invitation of the person's own couple; NotFoundError for anything else."""
    membership = membership_active(user=user)
    found = None
    if membership is not None:
        found = Invitation.objects.filter(couple_id=membership.couple_id, pk=invitation_id).first()
    if found is None:
        raise NotFoundError("No such invitation.")
    return found


def invitation_by_token(*, token: str) -> Invitation:
    """The invitation a link's secret belongs to, whatever its state; NotFoundError if none."""
    if not token or len(token) > 200:
        raise NotFoundError("This invitation link is not valid.")
    found = (
        Invitation.objects.select_related("created_by").filter(token_hash=token_digest(token)).first()
    )
    if found is None:
        raise NotFoundError("This invitation link is not valid.")
    return found
