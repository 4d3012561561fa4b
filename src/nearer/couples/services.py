"""Everything that changes a couple space: create it, invite, join, revoke, leave."""

import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction

from nearer.core.errors import ConflictError, InvalidInputError, NotFoundError
from nearer.couples import selectors
from nearer.couples.models import PARTNER_LABEL_MAX, Couple, Invitation, Membership
from nearer.privacy.sealing import seal
from nearer.program import standing

INVITATION_REASONS = {
    Invitation.Status.USED: "This invitation link has already been used. Ask for a new one.",
    Invitation.Status.REVOKED: "This invitation link was withdrawn. Ask for a new one.",
    Invitation.Status.EXPIRED: "This invitation link has expired (links last 7 days). Ask for a new one.",
}


def _clean_label(partner_label: str) -> str:
    label = " ".join((partner_label or "").split())
    if not label:
        raise InvalidInputError("Give your partner a name (a first name or nickname is enough).")
    if len(label) > PARTNER_LABEL_MAX:
        raise InvalidInputError(f"Keep the name to {PARTNER_LABEL_MAX} characters or fewer.")
    return label


def _refuse_under_safety_concern(*, user, key: tuple[bytes, int]) -> None:
    """Nothing that brings the partner in while the person's safety answers raise a concern."""
    if standing.safety_concern(user=user, key=key):
        raise ConflictError(standing.partner_tools_note())


def _new_membership(*, label: str, key: tuple[bytes, int], **fields) -> Membership:
    membership = Membership(**fields)
    membership.partner_label_sealed = seal(membership, "partner_label", label, owner_id=fields["user"].pk, key=key)
    membership.save()
    selectors.membership_forget(user=fields["user"])
    return membership


@transaction.atomic
def couple_create(*, user, partner_label: str, now: datetime, key: tuple[bytes, int]) -> Membership:
    """Start a couple space for the person; ConflictError if they already belong to one."""
    label = _clean_label(partner_label)
    _refuse_under_safety_concern(user=user, key=key)
    if selectors.membership_active(user=user) is not None:
        raise ConflictError("You already have a couple space. Leave it first to start another.")
    couple = Couple.objects.create(created_at=now)
    try:
        with transaction.atomic():
            return _new_membership(
                couple=couple, user=user, role=Membership.Role.FOUNDER, label=label, joined_at=now, key=key
            )
    except IntegrityError:
        raise ConflictError("You already have a couple space. Leave it first to start another.") from None


@transaction.atomic
def invitation_create(*, user, now: datetime, key: tuple[bytes, int]) -> tuple[Invitation, str]:
    """Create a single-use link for the partner; return it with its secret (shown once). The key opens
    the person's safety answers: under a concern no link is made."""
    _refuse_under_safety_concern(user=user, key=key)
    membership = selectors.membership_active(user=user)
    if membership is None:
        raise ConflictError("Start your couple space before inviting your partner.")
    if selectors.partner_membership(membership=membership) is not None:
        raise ConflictError("Your partner has already joined your space.")
    Invitation.objects.filter(
        couple_id=membership.couple_id, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=now)
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        couple_id=membership.couple_id,
        created_by=user,
        token_hash=selectors.token_digest(token),
        created_at=now,
        expires_at=now + timedelta(days=settings.INVITATION_DAYS),
    )
    return invitation, token


@transaction.atomic
def invitation_revoke(*, user, invitation_uid, now: datetime) -> Invitation:
    """Withdraw a waiting invitation the person made."""
    invitation = selectors.invitation_get(user=user, invitation_uid=invitation_uid)
    if invitation.status_at(now) != Invitation.Status.PENDING:
        raise ConflictError("Only a waiting invitation can be withdrawn.")
    invitation.revoked_at = now
    invitation.save(update_fields=["revoked_at"])
    return invitation


def invitation_check(*, token: str, now: datetime) -> Invitation:
    """The invitation behind a link if it can still be accepted; NotFound/Conflict errors say why not."""
    invitation = selectors.invitation_by_token(token=token)
    status = invitation.status_at(now)
    if status != Invitation.Status.PENDING:
        raise ConflictError(INVITATION_REASONS[status])
    return invitation


ALREADY_IN_A_COUPLE = "You already belong to a couple space. Leave it before joining another."
OWN_LINK = "This link is for your partner, and you are already in this couple space: send it to them."


def join_refusal(*, user, invitation: Invitation) -> str:
    """Why this person cannot join through this invitation, said before any form; empty if they can."""
    membership = selectors.membership_active(user=user)
    if membership is None:
        return ""
    return OWN_LINK if membership.couple_id == invitation.couple_id else ALREADY_IN_A_COUPLE


@transaction.atomic
def invitation_accept(
    *, user, token: str, partner_label: str, now: datetime, key: tuple[bytes, int]
) -> Membership:
    """Join the couple behind the link; the link is used up. Errors say exactly why not."""
    label = _clean_label(partner_label)
    _refuse_under_safety_concern(user=user, key=key)
    invitation = invitation_check(token=token, now=now)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.status_at(now) != Invitation.Status.PENDING:
        raise ConflictError(INVITATION_REASONS[invitation.status_at(now)])
    refusal = join_refusal(user=user, invitation=invitation)
    if refusal:
        raise ConflictError(refusal)
    active = Membership.objects.filter(couple_id=invitation.couple_id, left_at__isnull=True).count()
    if active != 1:
        raise ConflictError("This couple space cannot take a new member.")
    membership = _new_membership(
        couple_id=invitation.couple_id, user=user, role=Membership.Role.PARTNER,
        label=label, joined_at=now, key=key,
    )
    invitation.used_at, invitation.used_by = now, user
    invitation.save(update_fields=["used_at", "used_by"])
    return membership


@transaction.atomic
def membership_leave(*, user, now: datetime) -> None:
    """Leave the couple space; the person's waiting invitations are withdrawn with them."""
    membership = selectors.membership_active(user=user)
    if membership is None:
        raise NotFoundError("You are not in a couple space.")
    membership.left_at = now
    membership.save(update_fields=["left_at"])
    selectors.membership_forget(user=user)
    Invitation.objects.filter(
        couple_id=membership.couple_id, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=now)
