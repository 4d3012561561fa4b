"""Everything that changes keys or visibility: key ring creation, unlocking a session, password
change and reset, recovery, destroying a locked space, and sharing or unsharing an item."""

from datetime import datetime

from django.contrib.auth import update_session_auth_hash
from django.db import transaction

from nearer.core import crypto
from nearer.core.crypto import login
from nearer.core.crypto.login import LoginSecrets
from nearer.core.errors import ConflictError, InvalidInputError, LockedError, NotFoundError
from nearer.couples.selectors import membership_active
from nearer.privacy import passwords, registry, session
from nearer.privacy.models import KeyRing, Visibility
from nearer.privacy.sealing import seal, unseal

WRONG_RECOVERY_KEY = "That recovery key does not open your private space."


def keyring_create(*, user, secrets: LoginSecrets) -> tuple[str, bytes]:
    """Give a new person their data key, wrapped under the login secrets of the password they just
    set and under a new recovery key; return (recovery key to show once, data key)."""
    data_key, recovery_key = crypto.new_data_key(), crypto.new_recovery_key()
    KeyRing.objects.create(
        user=user,
        password_wrap=login.wrap_with_login(data_key, secrets),
        recovery_wrap=crypto.wrap_with_recovery_key(data_key, recovery_key),
    )
    return recovery_key, data_key


def session_unlock(*, request, user, password: str) -> bool:
    """Open the person's data key with their password for this session; False if it stays locked."""
    opened = _open_in_session(request, user, password)
    if opened is None or opened.key is None:
        return False
    session.remember(request, *opened.key)
    return True


def password_change(*, user, old_password: str, new_password: str) -> None:
    """Set a new password and re-wrap the data key under it (no private text is re-encrypted).
    The slow hashing happens before the write transaction, so no lock is held meanwhile."""
    opened = passwords.password_open(user=user, password=old_password)
    if opened is None:
        raise InvalidInputError("That password is not right, so nothing was changed.")
    secrets = passwords.login_new(new_password)
    with transaction.atomic():
        _set_login(user, secrets, opened.key)


def password_reset(*, user, new_password: str) -> None:
    """Set a forgotten password anew; the private space stays locked until the recovery key is entered."""
    secrets = passwords.login_new(new_password)
    with transaction.atomic():
        _set_login(user, secrets, None)


def recover(*, request, user, recovery_key: str, password: str) -> None:
    """Unlock a locked space with the recovery key, re-wrapping the data key under the password."""
    opened = _open_in_session(request, user, password)
    if opened is None:
        raise InvalidInputError("That password is not right.")
    ring = KeyRing.objects.get(user=user)
    try:
        data_key = crypto.unwrap_with_recovery_key(ring.recovery_wrap, recovery_key)
    except crypto.WrongKeyError:
        raise InvalidInputError(WRONG_RECOVERY_KEY) from None
    except crypto.TamperedError:
        raise InvalidInputError("Your key ring is damaged; the recovery key cannot open it.") from None
    with transaction.atomic():
        _set_login(user, opened.secrets, (data_key, ring.key_version))
    session.remember(request, data_key, ring.key_version)


def destroy_private_space(*, request, user, password: str) -> str:
    """Delete every private item of a locked space and start a new key; return the new recovery key."""
    opened = passwords.password_open(user=user, password=password)
    if opened is None:
        raise InvalidInputError("That password is not right, so nothing was deleted.")
    with transaction.atomic():
        ring = KeyRing.objects.select_for_update().get(user=user)
        if not ring.is_locked:
            raise ConflictError("Your private space is not locked; there is nothing to destroy.")
        registry.delete_private_text(user)
        ring.delete()
        recovery_key, data_key = keyring_create(user=user, secrets=opened.secrets)
    session.remember(request, data_key, 1)
    return recovery_key


def _open_in_session(request, user, password: str) -> passwords.Opened | None:
    """Check the password of the logged-in person; an account moved to the current scheme on the
    way keeps this session (its password field changed, so the session's hash must follow)."""
    before = user.password
    opened = passwords.password_open(user=user, password=password)
    if opened is not None and user.password != before:
        update_session_auth_hash(request, user)
    return opened


def _set_login(user, secrets: LoginSecrets, key: tuple[bytes, int] | None) -> None:
    """Store a new password field; re-wrap the data key under it, or leave the space locked."""
    wrap = login.wrap_with_login(key[0], secrets) if key is not None else ""
    KeyRing.objects.filter(user=user).update(password_wrap=wrap)
    user.password = secrets.encoded
    user.save(update_fields=["password"])


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
