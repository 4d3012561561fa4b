"""Everything that changes keys or visibility: key ring creation, unlocking a session, password
change and reset, recovery, destroying a locked space, and sharing or unsharing an item."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.urls import reverse

from nearer.core import crypto
from nearer.core.errors import ConflictError, InvalidInputError, LockedError, NearerError, NotFoundError
from nearer.couples.selectors import membership_active
from nearer.privacy import registry, session
from nearer.privacy.models import KeyRing, Visibility
from nearer.privacy.sealing import seal, unseal

WRONG_RECOVERY_KEY = "That recovery key does not open your private space."
CHANGED_MEANWHILE = "Your keys changed in another window meanwhile, so nothing was changed here. Please try again."
NOT_LOCKED = "Your private space is not locked; there is nothing to destroy."


def kdf_params() -> crypto.KdfParams:
    return crypto.KdfParams(**settings.NEARER_KDF)


@dataclass(frozen=True)
class PreparedRing:
    """A new key ring, computed before any write transaction opens (the password wrap is slow)."""

    data_key: bytes
    recovery_key: str
    password_wrap: str
    recovery_wrap: str


def keyring_prepare(*, password: str) -> PreparedRing:
    """Make a new data key and its two wraps; the slow Argon2 work, done outside any transaction."""
    data_key, recovery_key = crypto.new_data_key(), crypto.new_recovery_key()
    return PreparedRing(
        data_key=data_key, recovery_key=recovery_key,
        password_wrap=crypto.wrap_with_password(data_key, password, kdf_params()),
        recovery_wrap=crypto.wrap_with_recovery_key(data_key, recovery_key),
    )


def keyring_store(*, user, ring: PreparedRing) -> KeyRing:
    """Write a prepared key ring (quick: meant to run inside the caller's short transaction)."""
    return KeyRing.objects.create(user=user, password_wrap=ring.password_wrap, recovery_wrap=ring.recovery_wrap)


def session_unlock(*, request, user, password: str) -> bool:
    """Open the person's data key with their password for this session; False if it stays locked."""
    ring = KeyRing.objects.filter(user=user).first()
    if ring is None or ring.is_locked:
        return False
    try:
        data_key = crypto.unwrap_with_password(ring.password_wrap, password)
    except NearerError:  # wrong key, damaged wrap, or a password past the KDF's length limit
        return False
    if crypto.password_wrap_needs_upgrade(ring.password_wrap, kdf_params()):
        upgraded = crypto.wrap_with_password(data_key, password, kdf_params())
        KeyRing.objects.filter(user=user, password_wrap=ring.password_wrap).update(password_wrap=upgraded)
    session.remember(request, data_key, ring.key_version)
    return True


def _swap(user, *, expected: dict, **changes) -> None:
    """Write `changes` to the key ring only if it still holds `expected` (so the slow work done before
    the transaction cannot overwrite a change made meanwhile); ConflictError otherwise."""
    if not KeyRing.objects.filter(user=user, **expected).update(**changes):
        raise ConflictError(CHANGED_MEANWHILE)


def password_change(*, user, old_password: str, new_password: str) -> None:
    """Set a new password and re-wrap the data key under it (no private text is re-encrypted).
    The hashing is done first; the write transaction only stores the results."""
    ring = KeyRing.objects.get(user=user)
    new_wrap = None
    if not ring.is_locked:
        new_wrap = crypto.rewrap_with_new_password(ring.password_wrap, old_password, new_password, kdf_params())
    new_hash = make_password(new_password)
    with transaction.atomic():
        if new_wrap is not None:
            _swap(user, expected={"password_wrap": ring.password_wrap}, password_wrap=new_wrap)
        user.password = new_hash
        user.save(update_fields=["password"])


def password_reset(*, user, new_password: str) -> None:
    """Set a forgotten password anew; the private space stays locked until the recovery key is entered."""
    new_hash = make_password(new_password)
    with transaction.atomic():
        KeyRing.objects.filter(user=user).update(password_wrap="")
        user.password = new_hash
        user.save(update_fields=["password"])


def recover(*, request, user, recovery_key: str, password: str) -> None:
    """Unlock a locked space with the recovery key, re-wrapping the data key under the password."""
    if not user.check_password(password):
        raise InvalidInputError("That password is not right.")
    ring = KeyRing.objects.get(user=user)
    try:
        data_key = crypto.unwrap_with_recovery_key(ring.recovery_wrap, recovery_key)
    except crypto.WrongKeyError:
        raise InvalidInputError(WRONG_RECOVERY_KEY) from None
    except crypto.TamperedError:
        raise InvalidInputError("Your key ring is damaged; the recovery key cannot open it.") from None
    new_wrap = crypto.wrap_with_password(data_key, password, kdf_params())
    with transaction.atomic():
        _swap(user, expected={"recovery_wrap": ring.recovery_wrap, "key_version": ring.key_version},
              password_wrap=new_wrap)
    session.remember(request, data_key, ring.key_version)


def destroy_private_space(*, request, user, password: str) -> None:
    """Delete every private item of a locked space and start a new key; the new recovery key waits
    in the session (see session.keep_recovery_key), committed together with the new key ring."""
    if not user.check_password(password):
        raise InvalidInputError("That password is not right, so nothing was deleted.")
    if not KeyRing.objects.get(user=user).is_locked:
        raise ConflictError(NOT_LOCKED)
    prepared = keyring_prepare(password=password)
    with transaction.atomic():
        ring = KeyRing.objects.select_for_update().get(user=user)
        if not ring.is_locked:
            raise ConflictError(NOT_LOCKED)
        registry.delete_private_text(user)
        ring.delete()
        keyring_store(user=user, ring=prepared)
        session.remember(request, prepared.data_key, 1)
        session.keep_recovery_key(request, prepared.recovery_key, next_url=reverse("pages:home"), fresh_start=True)
        session.save_now(request)


def recovery_key_renew(*, request, user, password: str) -> None:
    """Make a new recovery key (the old one stops working at once): the data key is re-wrapped under
    it. The password is asked again; the new key waits in the session until the person saved it."""
    ring = KeyRing.objects.get(user=user)
    try:
        data_key = crypto.unwrap_with_password(ring.password_wrap, password)
    except NearerError:  # wrong password, or a locked space (no password wrap)
        raise InvalidInputError("That password is not right, so your recovery key was not changed.") from None
    recovery_key = crypto.new_recovery_key()
    new_wrap = crypto.wrap_with_recovery_key(data_key, recovery_key)
    with transaction.atomic():
        _swap(user, expected={"password_wrap": ring.password_wrap, "recovery_wrap": ring.recovery_wrap},
              recovery_wrap=new_wrap)
        session.keep_recovery_key(request, recovery_key, next_url=reverse("accounts:profile"))
        session.save_now(request)


def _check_text(text: str) -> str:
    if len(text) > crypto.MAX_TEXT_CHARS:
        raise InvalidInputError(f"That text is too long: the limit is {crypto.MAX_TEXT_CHARS:,} characters.")
    return text


def item_write(item, *, key: tuple[bytes, int], now: datetime, **texts: str) -> None:
    """Set the item's text columns (sealed while private, open while shared) and save it."""
    for column, text in texts.items():
        _check_text(text)
        if item.is_shared:
            setattr(item, f"{column}_shared", text)
        else:
            setattr(item, f"{column}_sealed", seal(item, column, text, owner_id=item.author_id, key=key))
    item.updated_at = now
    item.save()


def item_read(item, *, key: tuple[bytes, int] | None) -> dict[str, str]:
    """The item's text columns in the clear; private ones need the author's key (LockedError without)."""
    if item.is_shared:
        return {column: getattr(item, f"{column}_shared") for column in item.SEALED_FIELDS}
    if key is None:
        raise LockedError("Your private space is locked. Enter your password to unlock it.")
    return {
        column: unseal(item, column, getattr(item, f"{column}_sealed"), owner_id=item.author_id, key=key)
        for column in item.SEALED_FIELDS
    }


@transaction.atomic
def item_set_visibility(item, *, user, visibility: str, key: tuple[bytes, int], now: datetime) -> None:
    """Share an own item with the partner, or take it back; only the author may do either."""
    if item.author_id != user.pk:
        raise NotFoundError("Not found.")
    if visibility not in Visibility.values:
        raise InvalidInputError("Choose 'private' or 'shared'.")
    if visibility == Visibility.SHARED and not item.SHAREABLE:
        raise ConflictError("This kind of note always stays private to you.")
    if visibility == item.visibility:
        return
    texts = item_read(item, key=key)
    if visibility == Visibility.SHARED:
        membership = membership_active(user=user)
        if membership is None:
            raise ConflictError("Start a couple space before sharing anything.")
        item.couple_id, item.shared_at = membership.couple_id, now
        for column in item.SEALED_FIELDS:
            setattr(item, f"{column}_sealed", None)
    else:
        item.shared_at = None
        for column in item.SEALED_FIELDS:
            setattr(item, f"{column}_shared", "")
    item.visibility = visibility
    item_write(item, key=key, now=now, **texts)


def items_export(*, user, key: tuple[bytes, int] | None) -> dict[str, list[dict]]:
    """Every item the person wrote, by kind, with its text in the clear where the key allows."""
    exported = {}
    for model in registry.sealed_models():
        if not registry.is_item(model):
            continue
        rows = []
        for item in model.objects.filter(author=user).order_by("created_at"):
            try:
                texts = item_read(item, key=key)
            except LockedError:
                texts = {}
            rows.append({
                "id": str(item.pk), "visibility": item.visibility, "created": item.created_at.isoformat(),
                "shared": item.shared_at.isoformat() if item.shared_at else None,
                **item.export_fields(), **texts,
            })
        exported[model._meta.label_lower] = rows
    return exported
