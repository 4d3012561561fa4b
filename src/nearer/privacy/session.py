"""The data key while a person is logged in.

The key never reaches the database in the clear: the session (stored in the database) holds it
sealed under a random secret that lives only in a separate HttpOnly cookie of that browser. A copy
of the database taken while people are logged in therefore reveals no key and no private text."""

import base64
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings

from nearer.core.errors import LockedError

COOKIE = "nearer_unlock"
SESSION_KEY = "nearer_sealed_key"
_NEW_SECRET = "_nearer_new_unlock_secret"
_FORGET = "_nearer_forget_unlock"
_OPENED = "_nearer_opened_key"  # the key once opened in this request, so guards and views open it once
RECOVERY_KEY = "nearer_sealed_recovery_key"
_SAVED = "_nearer_session_saved"


def _aad(user, what: str = "session key") -> bytes:
    return f"nearer {what} v1|{user.pk}".encode()


def _cookie_secret(request) -> bytes:
    try:
        return base64.urlsafe_b64decode(request.COOKIES.get(COOKIE, ""))
    except (ValueError, TypeError):
        return b""


def remember(request, data_key: bytes, key_version: int) -> None:
    """Keep the data key for this browser session (the middleware sets the cookie)."""
    secret = secrets.token_bytes(32)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(secret).encrypt(nonce, data_key, _aad(request.user))
    request.session[SESSION_KEY] = [base64.b64encode(nonce + sealed).decode(), key_version]
    request.COOKIES[COOKIE] = base64.urlsafe_b64encode(secret).decode()
    setattr(request, _NEW_SECRET, request.COOKIES[COOKIE])
    setattr(request, _OPENED, (data_key, key_version))


def forget(request) -> None:
    """Drop the data key from this session and ask the browser to drop the cookie."""
    request.session.pop(SESSION_KEY, None)
    setattr(request, _FORGET, True)
    setattr(request, _OPENED, None)


def data_key(request) -> tuple[bytes, int]:
    """The (data key, key version) of the logged-in person; LockedError when not available."""
    opened = getattr(request, _OPENED, None)
    if opened is not None and request.user.is_authenticated:
        return opened
    stored = request.session.get(SESSION_KEY)
    cookie = request.COOKIES.get(COOKIE, "")
    if not stored or not cookie or not request.user.is_authenticated:
        raise LockedError("Your private space is locked. Enter your password to unlock it.")
    try:
        raw = base64.b64decode(stored[0])
        opened = AESGCM(_cookie_secret(request)).decrypt(raw[:12], raw[12:], _aad(request.user)), int(stored[1])
    except (InvalidTag, ValueError, TypeError, IndexError):
        raise LockedError("Your private space is locked. Enter your password to unlock it.") from None
    setattr(request, _OPENED, opened)
    return opened


def keep_recovery_key(request, recovery_key: str, *, next_url: str, fresh_start: bool = False) -> None:
    """Hold a new recovery key until the person confirms they saved it, sealed like the data key
    (under the unlock cookie's secret), so the session row alone never reveals it."""
    secret = _cookie_secret(request)
    if len(secret) != 32:
        raise LockedError("Your private space is locked. Enter your password to unlock it.")
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(secret).encrypt(nonce, recovery_key.encode(), _aad(request.user, "recovery key"))
    request.session[RECOVERY_KEY] = [base64.b64encode(nonce + sealed).decode(), next_url, bool(fresh_start)]


def pending_recovery_key(request) -> tuple[str, str, bool] | None:
    """(recovery key, where to go next, fresh start?) while one waits to be saved; None otherwise
    (none waiting, or this browser no longer holds the secret that opens it)."""
    stored = request.session.get(RECOVERY_KEY)
    if not stored or not request.user.is_authenticated:
        return None
    try:
        raw = base64.b64decode(stored[0])
        key = AESGCM(_cookie_secret(request)).decrypt(raw[:12], raw[12:], _aad(request.user, "recovery key"))
        return key.decode(), str(stored[1]), bool(stored[2])
    except (InvalidTag, ValueError, TypeError, IndexError):
        return None


def drop_recovery_key(request) -> None:
    """Forget the waiting recovery key: the person has saved it."""
    request.session.pop(RECOVERY_KEY, None)


def save_now(request) -> None:
    """Write the session at once, inside the caller's transaction, so it commits together with what
    the caller wrote (an account and its recovery key). Nothing is written after: the middleware
    below only hands the browser its session cookie."""
    request.session.save()
    request.session.modified = False
    setattr(request, _SAVED, True)


def _set_session_cookie(request, response) -> None:
    response.set_cookie(
        settings.SESSION_COOKIE_NAME, request.session.session_key, max_age=request.session.get_expiry_age(),
        domain=settings.SESSION_COOKIE_DOMAIN, path=settings.SESSION_COOKIE_PATH,
        secure=settings.SESSION_COOKIE_SECURE or None, httponly=settings.SESSION_COOKIE_HTTPONLY or None,
        samesite=settings.SESSION_COOKIE_SAMESITE,
    )


def is_unlocked(request) -> bool:
    """True when this session holds the person's data key."""
    try:
        data_key(request)
    except LockedError:
        return False
    return True


class UnlockCookieMiddleware:
    """Writes or deletes the unlock cookie that `remember` and `forget` asked for, and the session
    cookie of a session `save_now` already wrote."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, _SAVED, False) and not request.session.modified and response.status_code < 500:
            _set_session_cookie(request, response)
        secret = getattr(request, _NEW_SECRET, None)
        if secret:
            response.set_cookie(
                COOKIE, secret, max_age=settings.SESSION_COOKIE_AGE, httponly=True,
                secure=settings.SESSION_COOKIE_SECURE, samesite="Lax",
            )
        elif getattr(request, _FORGET, False):
            response.delete_cookie(COOKIE, samesite="Lax")
        return response


def key_or_none(request) -> tuple[bytes, int] | None:
    """The person's (data key, version) when this session holds it, else None."""
    try:
        return data_key(request)
    except LockedError:
        return None


def requires_unlocked(view):
    """Send a logged-in person whose private space is locked to the unlock page first."""
    from functools import wraps

    from django.shortcuts import redirect
    from django.urls import reverse
    from django.utils.http import urlencode

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.user.is_authenticated and not is_unlocked(request):
            return redirect(f"{reverse('privacy:unlock')}?{urlencode({'next': request.get_full_path()})}")
        return view(request, *args, **kwargs)

    return wrapped
