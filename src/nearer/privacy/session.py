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


def _aad(user) -> bytes:
    return f"nearer session key v1|{user.pk}".encode()


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
        secret = base64.urlsafe_b64decode(cookie)
        opened = AESGCM(secret).decrypt(raw[:12], raw[12:], _aad(request.user)), int(stored[1])
    except (InvalidTag, ValueError, TypeError, IndexError):
        raise LockedError("Your private space is locked. Enter your password to unlock it.") from None
    setattr(request, _OPENED, opened)
    return opened


def is_unlocked(request) -> bool:
    """True when this session holds the person's data key."""
    try:
        data_key(request)
    except LockedError:
        return False
    return True


class UnlockCookieMiddleware:
    """Writes or deletes the unlock cookie that `remember` and `forget` asked for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
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
