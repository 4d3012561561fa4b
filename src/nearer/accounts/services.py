"""Everything that changes a person's account: sign up, profile, export and deletion."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from nearer.accounts.models import User
from nearer.accounts.throttle import guards_password_check
from nearer.core.errors import InvalidInputError
from nearer.couples.models import Couple, Invitation, Membership
from nearer.couples.selectors import partner_label
from nearer.privacy import passwords
from nearer.privacy import services as privacy_services


def user_create(*, email: str, password: str, display_name: str, time_zone: str) -> tuple[User, str, bytes]:
    """Create a person's account and key ring; return (user, recovery key, data key). The slow
    hashing is done before the short write transaction (operator commands and tests use this; the
    sign-up pages use nearer.accounts.signup, which also logs the person in)."""
    ring = privacy_services.keyring_prepare(password=password)
    with transaction.atomic():
        user = User.objects.create(
            email=User.objects.normalize_email(email).lower(), password=ring.password_hash,
            display_name=display_name.strip(), time_zone=time_zone,
        )
        privacy_services.keyring_store(user=user, ring=ring)
    return user, ring.recovery_key, ring.data_key


@transaction.atomic
def user_update_profile(*, user: User, display_name: str, time_zone: str) -> User:
    """Change the name shown to the partner and the time zone dates are shown in."""
    user.display_name, user.time_zone = display_name.strip(), time_zone
    user.full_clean(exclude=["password"])
    user.save(update_fields=["display_name", "time_zone"])
    return user


def account_export(*, user: User, now: datetime, key: tuple[bytes, int] | None) -> dict:
    """Everything the person wrote or chose, as plain data for a JSON download. Private text is
    decrypted with the person's key; while their space is locked it is left out and said so."""
    memberships = Membership.objects.filter(user=user).order_by("joined_at")
    invitations = Invitation.objects.filter(created_by=user).order_by("created_at")
    return {
        "format": "nearer-export/1",
        "exported_at": now.isoformat(),
        "private_text_included": key is not None,
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "time_zone": user.time_zone,
            "joined": user.date_joined.isoformat(),
        },
        "couple_spaces": [
            {
                "role": m.role,
                "partner_name": partner_label(membership=m, key=key),
                "joined": m.joined_at.isoformat(),
                "left": m.left_at.isoformat() if m.left_at else None,
            }
            for m in memberships
        ],
        "items": privacy_services.items_export(user=user, key=key),
        "invitations_created": [
            {"created": i.created_at.isoformat(), "status": i.status_at(now)} for i in invitations
        ],
        "agreement_marks": _own_marks(user),
    }


def _own_marks(user: User) -> list[dict]:
    """The person's own "done" / "not today" marks (never their partner's)."""
    from nearer.agreements.models import Mark

    rows = Mark.objects.filter(user=user).order_by("on").values_list("agreement_id", "on", "status")
    return [{"agreement": str(agreement), "on": on.isoformat(), "status": status} for agreement, on, status in rows]


@guards_password_check
def account_delete(*, user: User, password: str) -> None:
    """Delete the person and everything that is theirs; a couple space nobody else ever joined
    goes with them. On SQLite the write-ahead log is checkpointed so no deleted text lingers."""
    if passwords.password_open(user=user, password=password) is None:
        raise InvalidInputError("That password is not right, so nothing was deleted.")
    with transaction.atomic():
        _delete_rows(user)
        privacy_services.forget_removed_text()


def _delete_rows(user: User) -> None:
    from axes.models import AccessAttempt, AccessLog

    couple_ids = list(Membership.objects.filter(user=user).values_list("couple_id", flat=True))
    for couple_id in couple_ids:
        others = Membership.objects.filter(couple_id=couple_id, user__isnull=False).exclude(user=user)
        if not others.exists():
            Couple.objects.filter(pk=couple_id).delete()
    # What stays of a shared space is a record without the person: the partner reads "left", not
    # "has not joined". The account's deletion below empties `user`.
    Membership.objects.filter(user=user, left_at__isnull=True).update(left_at=timezone.now())
    Membership.objects.filter(user=user).update(partner_label_sealed=None)
    Invitation.objects.filter(created_by=user, used_at__isnull=True).delete()
    AccessAttempt.objects.filter(username__iexact=user.email).delete()
    AccessLog.objects.filter(username__iexact=user.email).delete()
    user.delete()
