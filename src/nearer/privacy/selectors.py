"""The one way to load items a person wrote: scoped to what the person asking may see."""

import uuid
from enum import StrEnum

from django.db.models import Q, QuerySet

from nearer.core.errors import NotFoundError
from nearer.couples.models import Membership
from nearer.couples.selectors import membership_active, partner_membership
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


def own(model, *, user) -> QuerySet:
    """Items of `model` the person wrote themselves (a plain filter on the author: what is only
    one's own needs none of visible()'s couple rules)."""
    if not user.is_authenticated:
        return model.objects.none()
    return model.objects.filter(author_id=user.pk)


class ShareState(StrEnum):
    PRIVATE = "private"  # only the author
    SEEN = "seen"  # the author's partner can see it now
    BEFORE_JOIN = "before_join"  # shared, but before the partner joined, so hidden from them
    NO_PARTNER = "no_partner"  # shared, but nobody can see it now (alone, the partner left, an old space)
    FROM_PARTNER = "from_partner"  # the partner wrote it and shared it with this person


def share_states(model, items, *, user) -> dict:
    """Who can see each item now, keyed by id, for the words beside it. Whether the partner sees an
    item is asked of `visible` itself, so the label can never disagree with the rule."""
    membership = membership_active(user=user)
    partner = partner_membership(membership=membership) if membership else None
    seen = set()
    own_shared = [item.pk for item in items if item.author_id == user.pk and item.is_shared]
    if partner is not None and own_shared:
        seen = set(visible(model, user=partner.user).filter(pk__in=own_shared).values_list("pk", flat=True))
    states = {}
    for item in items:
        if item.author_id != user.pk:
            states[item.pk] = ShareState.FROM_PARTNER
        elif not item.is_shared:
            states[item.pk] = ShareState.PRIVATE
        elif item.pk in seen:
            states[item.pk] = ShareState.SEEN
        elif partner is not None and item.couple_id == membership.couple_id:
            states[item.pk] = ShareState.BEFORE_JOIN
        else:
            states[item.pk] = ShareState.NO_PARTNER
    return states


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
