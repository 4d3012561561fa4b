"""Every model that holds private text declares it: SEALED_FIELDS (column names, each stored as
`<name>_sealed`, plus `<name>_shared` on items) and SEALED_OWNER (the field naming whose key seals
it). Tests and the destroy-space service find them all here."""

from django.apps import apps

from nearer.privacy.models import Item, Visibility


def sealed_models() -> list:
    """Every concrete model with private text columns."""
    return [
        model for model in apps.get_models()
        if getattr(model, "SEALED_FIELDS", ()) and not model._meta.abstract
    ]


def is_item(model) -> bool:
    return issubclass(model, Item)


def delete_private_text(user) -> None:
    """Remove every private text of the person (used when a locked space is destroyed)."""
    for model in sealed_models():
        owner = {model.SEALED_OWNER: user}
        if is_item(model):
            model.objects.filter(visibility=Visibility.PRIVATE, **owner).delete()
        else:
            model.objects.filter(**owner).update(**{f"{c}_sealed": None for c in model.SEALED_FIELDS})
