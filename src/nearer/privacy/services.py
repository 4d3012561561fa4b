"""Everything that changes keys or visibility: key ring creation, unlocking a session, password
change and reset, recovery, destroying a locked space, and sharing or unsharing an item.

Every password check is one Argon2id run (nearer.privacy.passwords), always done before a write
transaction opens: the transaction only stores results, so no write lock is held while hashing."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import update_session_auth_hash
from django.db import connection, transaction
from django.urls import reverse

from nearer.accounts.throttle import guards_password_check
from nearer.core import crypto
from nearer.core.crypto import login
from nearer.core.crypto.login import LoginSecrets
from nearer.core.errors import ConflictError, InvalidInputError, LockedError, NotFoundError
from nearer.couples.selectors import membership_active
from nearer.privacy import passwords, registry, session
from nearer.privacy.models import KeyRing, Visibility
from nearer.privacy.sealing import seal, unseal

WRONG_RECOVERY_KEY = "That recovery key does not open your private space."
CHANGED_MEANWHILE = "Your keys changed in another window meanwhile, so nothing was changed here. Please try again."
NOT_LOCKED = "Your private space is not locked; there is nothing to destroy."


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


@dataclass(frozen=True)
class PreparedRing:
    """A new key ring and the password field it belongs to, computed before any write transaction."""

    data_key: bytes
    recovery_key: str
    password_hash: str
    password_wrap: str
    recovery_wrap: str


def keyring_prepare(*, password: str | None = None, secrets: LoginSecrets | None = None) -> PreparedRing:
    """Make a new data key and its two wraps, under the login secrets given or (one Argon2id run)
    made from `password`; done outside any transaction."""
    secrets = secrets or passwords.login_new(password)
    data_key, recovery_key = crypto.new_data_key(), crypto.new_recovery_key()
    return PreparedRing(
        data_key=data_key, recovery_key=recovery_key, password_hash=secrets.encoded,
        password_wrap=login.wrap_with_login(data_key, secrets),
        recovery_wrap=crypto.wrap_with_recovery_key(data_key, recovery_key),
    )


def keyring_store(*, user, ring: PreparedRing) -> KeyRing:
    """Write a prepared key ring (quick: meant to run inside the caller's short transaction). The
    password field must be ring.password_hash: the wrap opens only with that field's key."""
    return KeyRing.objects.create(user=user, password_wrap=ring.password_wrap, recovery_wrap=ring.recovery_wrap)


def _open_in_session(request, user, password: str) -> passwords.Opened | None:
    """Check the logged-in person's password; an account moved to the current scheme on the way
    keeps this session (its password field changed, so the session's hash must follow)."""
    before = user.password
    opened = passwords.password_open(user=user, password=password)
    if opened is not None and user.password != before and request.user.is_authenticated:
        update_session_auth_hash(request, user)
    return opened


def session_unlock(*, request, user, password: str) -> bool:
    """Open the person's data key with their password for this session; False if it stays locked."""
    opened = _open_in_session(request, user, password)
    if opened is None or opened.key is None:
        return False
    session.remember(request, *opened.key)
    return True


@guards_password_check
def session_unlock_with_password(*, request, user, password: str) -> None:
    """Open the private space with the password typed on the unlock page; InvalidInputError when it
    stays locked, ThrottledError (nothing checked) after too many wrong passwords."""
    if not session_unlock(request=request, user=user, password=password):
        raise InvalidInputError("That password does not unlock your private space.")


def _swap(user, *, expected: dict, **changes) -> None:
    """Write `changes` to the key ring only if it still holds `expected` (so the slow work done before
    the transaction cannot overwrite a change made meanwhile); ConflictError otherwise."""
    if not KeyRing.objects.filter(user=user, **expected).update(**changes):
        raise ConflictError(CHANGED_MEANWHILE)


def _store_password(user, password_hash: str) -> None:
    user.password = password_hash
    user.save(update_fields=["password"])


def password_change(*, user, old_password: str, new_password: str) -> None:
    """Set a new password and re-wrap the data key under it (no private text is re-encrypted)."""
    opened = passwords.password_open(user=user, password=old_password)
    if opened is None:
        raise InvalidInputError("That is not your current password.")
    secrets = passwords.login_new(new_password)
    with transaction.atomic():
        if opened.key is not None:
            _swap(user, expected={"password_wrap": opened.wrap},
                  password_wrap=login.wrap_with_login(opened.key[0], secrets))
        _store_password(user, secrets.encoded)


def password_reset(*, user, new_password: str) -> None:
    """Set a forgotten password anew; the private space stays locked until the recovery key is entered."""
    secrets = passwords.login_new(new_password)
    with transaction.atomic():
        KeyRing.objects.filter(user=user).update(password_wrap="")
        _store_password(user, secrets.encoded)


@guards_password_check
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
        _swap(user, expected={"recovery_wrap": ring.recovery_wrap, "key_version": ring.key_version},
              password_wrap=login.wrap_with_login(data_key, opened.secrets))
    session.remember(request, data_key, ring.key_version)


@guards_password_check
def destroy_private_space(*, request, user, password: str) -> None:
    """Delete every private item of a locked space and start a new key; the new recovery key waits
    in the session (see session.keep_recovery_key), committed together with the new key ring."""
    opened = passwords.password_open(user=user, password=password)
    if opened is None:
        raise InvalidInputError("That password is not right, so nothing was deleted.")
    if opened.key is not None:
        raise ConflictError(NOT_LOCKED)
    prepared = keyring_prepare(secrets=opened.secrets)
    with transaction.atomic():
        ring = KeyRing.objects.select_for_update().filter(user=user).first()
        if ring is not None and not ring.is_locked:
            raise ConflictError(NOT_LOCKED)
        registry.delete_private_text(user)
        KeyRing.objects.filter(user=user).delete()
        forget_removed_text()
        keyring_store(user=user, ring=prepared)
        session.remember(request, prepared.data_key, 1)
        session.keep_recovery_key(request, prepared.recovery_key, next_url=reverse("pages:home"), fresh_start=True)
        session.save_now(request)


@guards_password_check
def recovery_key_renew(*, request, user, password: str) -> None:
    """Make a new recovery key (the old one stops working at once): the data key is re-wrapped under
    it. The password is asked again; the new key waits in the session until the person saved it."""
    opened = _open_in_session(request, user, password)
    if opened is None or opened.key is None:  # wrong password, or a locked space (no password wrap)
        raise InvalidInputError("That password is not right, so your recovery key was not changed.")
    ring = KeyRing.objects.get(user=user)
    recovery_key = crypto.new_recovery_key()
    new_wrap = crypto.wrap_with_recovery_key(opened.key[0], recovery_key)
    with transaction.atomic():
        _swap(user, expected={"password_wrap": opened.wrap, "recovery_wrap": ring.recovery_wrap},
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
