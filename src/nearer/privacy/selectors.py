"""The one way to load items a person wrote: scoped to what the person asking may see."""

import uuid

from django.db.models import Q, QuerySet

from nearer.core.errors import NotFoundError
from nearer.couples.models import Membership
from nearer.couples.selectors import membership_active
from nearer.privacy.models import Visibility


def visible(model, *, user) -> QuerySet:
    """Items of `model` the person may see: their own, and items their partner shared with them
    after they joined, while both are active members of the same couple."""
    if not user.is_authenticated:
        return model.objects.none()
    membership = membership_active(user=user)
    scope = Q(author=user)
    if membership is not None:
        active_authors = Membership.objects.filter(
            couple_id=membership.couple_id, left_at__isnull=True
        ).values("user_id")
        scope |= Q(
            visibility=Visibility.SHARED, couple_id=membership.couple_id,
            shared_at__gte=membership.joined_at, author_id__in=active_authors,
        )
    return model.objects.filter(scope)


def item_get(model, *, user, item_id) -> object:
    """One item the person may see; NotFoundError for a foreign, missing or malformed id alike."""
    try:
        key = uuid.UUID(str(item_id))
    except ValueError:
        raise NotFoundError("Not found.") from None
    found = visible(model, user=user).filter(pk=key).first()
    if found is None:
        raise NotFoundError("Not found.")
    return found


def own_item_get(model, *, user, item_id) -> object:
    """One item the person wrote themselves; NotFoundError otherwise (for edits and deletes)."""
    try:
        key = uuid.UUID(str(item_id))
    except ValueError:
        raise NotFoundError("Not found.") from None
    found = model.objects.filter(author_id=user.pk, pk=key).first() if user.is_authenticated else None
    if found is None:
        raise NotFoundError("Not found.")
    return found


def locked_by_reset(*, user) -> bool:
    """True when a password reset left the person's private space locked (or it has no key ring)."""
    from nearer.privacy.models import KeyRing

    ring = KeyRing.objects.filter(user=user).first()
    return ring is None or ring.is_locked
