"""Everything that changes keys or visibility: key ring creation, unlocking a session, password
change and reset, recovery, destroying a locked space, and sharing or unsharing an item."""

from datetime import datetime

from django.conf import settings
from django.db import connection, transaction

from nearer.accounts.throttle import guards_password_check
from nearer.core import crypto
from nearer.core.errors import ConflictError, InvalidInputError, LockedError, NearerError, NotFoundError
from nearer.couples.selectors import membership_active
from nearer.privacy import registry, session
from nearer.privacy.models import KeyRing, Visibility
from nearer.privacy.sealing import seal, unseal

WRONG_RECOVERY_KEY = "That recovery key does not open your private space."


def forget_removed_text() -> None:
    """Once the current transaction commits, on SQLite, copy the write-ahead log into the database
    file and empty it. secure_delete overwrites removed text in the database file, but the -wal file
    keeps the old pages until later writes happen to cover them; this leaves them in neither file.
    (Robust: a busy database only leaves the log for the next checkpoint; the change itself stands.)"""
    if connection.vendor == "sqlite":
        transaction.on_commit(_checkpoint, robust=True)


def _checkpoint() -> None:
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def kdf_params() -> crypto.KdfParams:
    return crypto.KdfParams(**settings.NEARER_KDF)


def keyring_create(*, user, password: str) -> tuple[str, bytes]:
    """Give a new person their data key; return (recovery key to show once, data key)."""
    data_key, recovery_key = crypto.new_data_key(), crypto.new_recovery_key()
    KeyRing.objects.create(
        user=user,
        password_wrap=crypto.wrap_with_password(data_key, password, kdf_params()),
        recovery_wrap=crypto.wrap_with_recovery_key(data_key, recovery_key),
    )
    return recovery_key, data_key


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
        ring.password_wrap = crypto.wrap_with_password(data_key, password, kdf_params())
        ring.save(update_fields=["password_wrap"])
    session.remember(request, data_key, ring.key_version)
    return True


@guards_password_check
def session_unlock_with_password(*, request, user, password: str) -> None:
    """Open the private space with the password typed on the unlock page; InvalidInputError when it
    stays locked, ThrottledError (nothing checked) after too many wrong passwords."""
    if not session_unlock(request=request, user=user, password=password):
        raise InvalidInputError("That password does not unlock your private space.")


@transaction.atomic
def password_change(*, user, old_password: str, new_password: str) -> None:
    """Set a new password and re-wrap the data key under it (no private text is re-encrypted)."""
    ring = KeyRing.objects.select_for_update().get(user=user)
    if not ring.is_locked:
        ring.password_wrap = crypto.rewrap_with_new_password(
            ring.password_wrap, old_password, new_password, kdf_params()
        )
        ring.save(update_fields=["password_wrap"])
    user.set_password(new_password)
    user.save(update_fields=["password"])


@transaction.atomic
def password_reset(*, user, new_password: str) -> None:
    """Set a forgotten password anew; the private space stays locked until the recovery key is entered."""
    KeyRing.objects.filter(user=user).update(password_wrap="")
    user.set_password(new_password)
    user.save(update_fields=["password"])


@guards_password_check
@transaction.atomic
def recover(*, request, user, recovery_key: str, password: str) -> None:
    """Unlock a locked space with the recovery key, re-wrapping the data key under the password."""
    if not user.check_password(password):
        raise InvalidInputError("That password is not right.")
    ring = KeyRing.objects.select_for_update().get(user=user)
    try:
        data_key = crypto.unwrap_with_recovery_key(ring.recovery_wrap, recovery_key)
    except crypto.WrongKeyError:
        raise InvalidInputError(WRONG_RECOVERY_KEY) from None
    except crypto.TamperedError:
        raise InvalidInputError("Your key ring is damaged; the recovery key cannot open it.") from None
    ring.password_wrap = crypto.wrap_with_password(data_key, password, kdf_params())
    ring.save(update_fields=["password_wrap"])
    session.remember(request, data_key, ring.key_version)


@guards_password_check
@transaction.atomic
def destroy_private_space(*, request, user, password: str) -> str:
    """Delete every private item of a locked space and start a new key; return the new recovery key."""
    if not user.check_password(password):
        raise InvalidInputError("That password is not right, so nothing was deleted.")
    ring = KeyRing.objects.select_for_update().get(user=user)
    if not ring.is_locked:
        raise ConflictError("Your private space is not locked; there is nothing to destroy.")
    registry.delete_private_text(user)
    ring.delete()
    forget_removed_text()
    recovery_key, data_key = keyring_create(user=user, password=password)
    session.remember(request, data_key, 1)
    return recovery_key


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
    forget_removed_text()  # the text in its former form (open or sealed) must not linger on disk


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
