"""Queries about couple spaces, always scoped to the person asking."""

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from nearer.core.errors import NotFoundError
from nearer.couples.models import Invitation, Membership
from nearer.privacy.sealing import unseal


def token_digest(token: str) -> str:
    """The stored form of an invitation secret."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


_REMEMBERED = "_nearer_active_membership"


def membership_active(*, user) -> Membership | None:
    """The person's current membership with its couple, or None when they are on their own.

    Read once per user object (one object per request): pages ask it from several places. The
    services that start or end a membership call membership_forget."""
    if not user.is_authenticated:
        return None
    if _REMEMBERED not in user.__dict__:
        found = Membership.objects.select_related("couple").filter(user=user, left_at__isnull=True).first()
        user.__dict__[_REMEMBERED] = found
    return user.__dict__[_REMEMBERED]


def membership_forget(*, user) -> None:
    """Drop the remembered membership after it changed (joined, started or left)."""
    user.__dict__.pop(_REMEMBERED, None)


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


PARTNER_FALLBACK = "Your partner"


class CoupleState(StrEnum):
    NO_SPACE = "no_space"
    SOLO = "solo"  # a space of their own that nobody has joined (or only people who left before they came)
    PARTNER_JOINED = "partner_joined"  # the partner joined the person's space
    JOINED_THEIRS = "joined_theirs"  # the person joined the partner's space
    PARTNER_LEFT = "partner_left"  # the partner was here with them and left


@dataclass(frozen=True)
class CoupleStatus:
    """What is true about the person's couple space; every page words it from this alone."""

    state: CoupleState
    partner_name: str = ""
    since: datetime | None = None


def _partner_left(*, membership: Membership) -> Membership | None:
    """The latest member who shared the space with this person and then left."""
    return (
        Membership.objects.select_related("user")
        .filter(couple_id=membership.couple_id, left_at__gte=membership.joined_at)
        .exclude(user_id=membership.user_id)
        .order_by("-left_at")
        .first()
    )


def _joined_later(mine: Membership, theirs: Membership) -> bool:
    if mine.joined_at != theirs.joined_at:
        return mine.joined_at > theirs.joined_at
    return mine.role == Membership.Role.PARTNER


def couple_status(*, user, key: tuple[bytes, int] | None = None) -> CoupleStatus:
    """The person's place in a couple space: alone, together (and who joined whom), or left behind
    (also when the partner deleted their account). Names the partner by the person's own private
    label when unlocked, else by display name."""
    membership = membership_active(user=user)
    if membership is None:
        return CoupleStatus(CoupleState.NO_SPACE)
    label = partner_label(membership=membership, key=key)
    partner = partner_membership(membership=membership)
    if partner is not None:
        name = label or partner.user.display_name
        if _joined_later(membership, partner):
            return CoupleStatus(CoupleState.JOINED_THEIRS, name, membership.joined_at)
        return CoupleStatus(CoupleState.PARTNER_JOINED, name, partner.joined_at)
    left = _partner_left(membership=membership)
    if left is not None:
        # A partner who deleted their account left only an unnamed record behind.
        name = label or (left.user.display_name if left.user else PARTNER_FALLBACK)
        return CoupleStatus(CoupleState.PARTNER_LEFT, name, left.left_at)
    return CoupleStatus(CoupleState.SOLO, label)


def invitation_list(*, user) -> list[Invitation]:
    """The invitations the person made for their active couple, newest first. Only their maker sees
    them: a partner learns nothing of when links were made or whether they were used."""
    membership = membership_active(user=user)
    if membership is None:
        return []
    return list(Invitation.objects.filter(couple_id=membership.couple_id, created_by=user)[:20])


def invitation_get(*, user, invitation_uid) -> Invitation:
    """One invitation the person made for their active couple; NotFoundError for anything else."""
    membership = membership_active(user=user)
    found = None
    if membership is not None:
        found = Invitation.objects.filter(
            couple_id=membership.couple_id, created_by=user, uid=invitation_uid
        ).first()
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
