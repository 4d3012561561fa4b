"""The one way to load items a person wrote: scoped to what the person asking may see."""

import uuid

from django.db.models import Q, QuerySet

from nearer.core.errors import NotFoundError
from nearer.couples.models import Membership
from nearer.couples.selectors import membership_active
from nearer.privacy.models import Visibility


def _shared_with(membership) -> Q:
    """Items shared into the person's couple after they joined, by an active member of it."""
    active_authors = Membership.objects.filter(
        couple_id=membership.couple_id, left_at__isnull=True
    ).values("user_id")
    return Q(
        visibility=Visibility.SHARED, couple_id=membership.couple_id,
        shared_at__gte=membership.joined_at, author_id__in=active_authors,
    )


def visible(model, *, user) -> QuerySet:
    """Items of `model` the person may see: their own, and items their partner shared with them
    after they joined, while both are active members of the same couple."""
    if not user.is_authenticated:
        return model.objects.none()
    membership = membership_active(user=user)
    scope = Q(author=user)
    if membership is not None:
        scope |= _shared_with(membership)
    return model.objects.filter(scope)


def visible_parts(model, *, user) -> list[QuerySet]:
    """The same items as visible(), split into disjoint querysets without an OR: the person's own,
    then (in a couple) the others' items shared with them. Each part can be read in order from one
    index, which a paged list needs; together they hold exactly what visible() holds."""
    if not user.is_authenticated:
        return []
    parts = [model.objects.filter(author=user)]
    membership = membership_active(user=user)
    if membership is not None:
        parts.append(model.objects.filter(_shared_with(membership)).exclude(author=user))
    return parts


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
