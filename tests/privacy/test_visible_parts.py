"""visible_parts (the paged list's OR-free form of the rule) holds exactly what visible() holds,
for every actor and every kind of item, with no item in two parts."""

from django.contrib.auth.models import AnonymousUser

from nearer.privacy import selectors
from tests.privacy import world as world_module


def test_parts_hold_exactly_the_visible_items_for_every_actor(db, now):
    world = world_module.build(now)
    for model in world_module.item_models():
        for actor, user in world.people.items():
            parts = [list(part.values_list("pk", flat=True)) for part in selectors.visible_parts(model, user=user)]
            flat = [pk for part in parts for pk in part]
            expected = set(selectors.visible(model, user=user).values_list("pk", flat=True))
            assert len(flat) == len(set(flat)), (model, actor)
            assert set(flat) == expected, (model, actor)
            names = {name for (label, name), pk in world.items.items()
                     if label == model._meta.label_lower and pk in set(flat)}
            assert names == world_module.readable(model, actor, changes=False), (model, actor)


def test_anonymous_sees_no_part(db):
    assert all(selectors.visible_parts(model, user=AnonymousUser()) == [] for model in world_module.item_models())
