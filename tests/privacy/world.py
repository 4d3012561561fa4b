"""A small world for privacy proofs: alex (self) and sam (partner) share a couple space that pat
joined and left before sam came; kim has a space of her own. Each person writes items of every
kind, private and shared, whose text holds a recognisable canary."""

import itertools
from dataclasses import dataclass, field
from datetime import timedelta

from django.apps import apps

from nearer.couples import services as couples
from nearer.couples.models import Invitation
from nearer.privacy import registry
from nearer.privacy import services as privacy
from tests.factories import key_for, make_couple, make_invitation, make_joined, make_user

ACTORS = ("anonymous", "self", "partner", "other_couple", "former_member")
ITEM_OBJECTS = ("own_private", "own_shared", "own_shared_before_join", "partner_private",
                "other_couple", "missing")
MISSING_UUID = "00000000-0000-4000-8000-000000000000"

# What each actor may read (item) or change (item_author); everything else must answer 404.
READABLE = {
    "self": {"own_private", "own_shared", "own_shared_before_join"},
    "partner": {"own_shared", "partner_private"},
    "other_couple": {"other_couple"},
    "former_member": set(),
}
WRITABLE = {
    "self": {"own_private", "own_shared", "own_shared_before_join"},
    "partner": {"partner_private"},
    "other_couple": {"other_couple"},
    "former_member": set(),
}
COUPLE_OBJECTS = ("own_couple", "other_couple", "missing")
# Invitations are their maker's alone: the partner gets the same 404 as for a missing one.
COUPLE_READABLE = {"self": {"own_couple"}, "partner": set(), "other_couple": {"other_couple"},
                   "former_member": set()}

# Extra constructor values for item models whose other columns have no default (a callable gives a
# fresh value for each item, e.g. one tune-up answer per person and week).
_weeks = itertools.count()


def _next_week() -> str:
    n = next(_weeks) % 520
    return f"{2000 + n // 52}-W{n % 52 + 1:02d}"


ITEM_DEFAULTS: dict[str, dict] = {"practice.tuneupanswer": {"week": _next_week}}


def canary(owner: str, label: str, column: str, model: str = "") -> str:
    kind = model.replace(".", "_")
    return f"CANARY-{owner}-{kind}-{label}-{column}-7f3a"


@dataclass
class World:
    people: dict = field(default_factory=dict)
    items: dict = field(default_factory=dict)        # (model label, object name) -> id
    invitations: dict = field(default_factory=dict)  # object name -> id


def item_models() -> list:
    return [model for model in registry.sealed_models() if registry.is_item(model)]


def readable(model, actor: str, *, changes: bool) -> set[str]:
    """Objects the actor may reach for this kind of item (kinds that are never shared stay with their author)."""
    allowed = (WRITABLE if changes else READABLE).get(actor, set())
    if model.SHAREABLE or actor == "self":
        return allowed
    return {name for name in allowed if not name.startswith("own_shared")}


def _item(model, user, label: str, now, *, share_at=None):
    defaults = {name: value() if callable(value) else value
                for name, value in ITEM_DEFAULTS.get(model._meta.label_lower, {}).items()}
    item = model(author=user, created_at=now, **defaults)
    texts = {
        column: canary(user.display_name, label, column, model._meta.label_lower) for column in model.SEALED_FIELDS
    }
    privacy.item_write(item, key=key_for(user), now=now, **texts)
    if share_at is not None and model.SHAREABLE:
        privacy.item_set_visibility(item, user=user, visibility="shared", key=key_for(user), now=share_at)
    return item.pk


def build(now, *, with_items: bool = True) -> World:
    world = World()
    # Everyone has answered the safety screen: with items, the canary screens of alex, sam and kim are
    # their answers (so every private row of theirs holds a canary); pat, who writes nothing, answers it.
    screened = not with_items
    alex, sam = make_user("alex@example.com", "Alex", screened=screened), make_user("sam@example.com", "Sam", screened=screened)
    kim, pat = make_user("kim@example.com", "Kim", screened=screened), make_user("pat@example.com", "Pat")
    world.people = {"self": alex, "partner": sam, "other_couple": kim, "former_member": pat}
    space = make_couple(alex, canary("Alex", "membership", "partner_label"), now=now)
    make_couple(kim, canary("Kim", "membership", "partner_label"), now=now)
    make_joined(pat, space, now=now)
    couples.membership_leave(user=pat, now=now + timedelta(minutes=1))
    if with_items:
        _write_items(world, now)
    make_joined(sam, space, now=now + timedelta(minutes=2))
    after_join = now + timedelta(minutes=3)
    if with_items:
        for model in item_models():
            label = model._meta.label_lower
            world.items[(label, "own_shared")] = _item(model, alex, "own_shared", now, share_at=after_join)
            world.items[(label, "partner_private")] = _item(model, sam, "partner_private", now)
            world.items[(label, "missing")] = MISSING_UUID
    _invitations(world, now)
    return world


def _write_items(world: World, now) -> None:
    alex, kim = world.people["self"], world.people["other_couple"]
    for model in item_models():
        label = model._meta.label_lower
        world.items[(label, "own_private")] = _item(model, alex, "own_private", now)
        # Shared by alex before sam joined: sam must not see it.
        world.items[(label, "own_shared_before_join")] = _item(
            model, alex, "shared_before_join", now, share_at=now + timedelta(seconds=30)
        )
        world.items[(label, "other_couple")] = _item(model, kim, "other_couple", now, share_at=now)


def _invitations(world: World, now) -> None:
    kim = world.people["other_couple"]
    other, _ = make_invitation(kim, now=now)
    own = Invitation.objects.create(
        couple_id=world.people["self"].memberships.get(left_at__isnull=True).couple_id,
        created_by=world.people["self"], token_hash="0" * 64, created_at=now,
        expires_at=now + timedelta(days=7),
    )
    world.invitations = {"own_couple": own.uid, "other_couple": other.uid, "missing": MISSING_UUID}


def model_for(label: str):
    return apps.get_model(label)
