"""Throttling of password guesses and reset requests.

Logins are counted by django-axes; this module tells it the client's address and what to count by.
The other password checks and the reset requests are counted here, in the database.
"""

import hashlib
import hmac
from contextlib import contextmanager
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from nearer.accounts.models import ThrottleAttempt
from nearer.core.errors import InvalidInputError, ThrottledError
from nearer.core.throttle import minutes_until, retry_at


def client_ip(request) -> str:
    """Return the address a login attempt came from: the proxy's X-Forwarded-For entry when Nearer
    sits behind one proxy (NEARER_BEHIND_PROXY), otherwise the connection's address."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR", "")


def login_lockout_parameters(request, credentials=None) -> list:
    """What axes counts login failures by: the account at this address; or the address alone once
    it has failed NEARER_LOGIN_ADDRESS_LIMIT times within the cool-off (many accounts tried from one
    place). Partners at home share an address, so one's typos must not lock the other out."""
    address = getattr(request, "axes_ip_address", None)
    limit = settings.NEARER_LOGIN_ADDRESS_LIMIT
    if address and _address_failures(address, since=_cool_off_start(request)) >= limit:
        return ["ip_address"]
    return [["username", "ip_address"]]


def _cool_off_start(request):
    attempt_time = getattr(request, "axes_attempt_time", None) or timezone.now()
    return attempt_time - settings.AXES_COOLOFF_TIME


def _address_failures(address: str, *, since) -> int:
    from axes.models import AccessAttempt

    failures = AccessAttempt.objects.filter(ip_address=address, attempt_time__gte=since)
    return failures.aggregate(total=Sum("failures_since_start"))["total"] or 0


# --- Other password checks and reset requests, counted in the database (ThrottleAttempt) so every
# server process sees the same counts.
PASSWORD_CHECKS = "password"  # per account: unlock, recover, destroy, delete, password change
RESET_BY_EMAIL = "reset-email"
RESET_BY_ADDRESS = "reset-address"
SIGNUP_BY_EMAIL = "signup-email"
SIGNUP_BY_ADDRESS = "signup-address"


def _limits(rule: str) -> tuple[int, timedelta]:
    if rule == PASSWORD_CHECKS:
        return settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME
    if rule in (RESET_BY_EMAIL, SIGNUP_BY_EMAIL):
        return settings.NEARER_RESET_EMAIL_LIMIT, settings.NEARER_RESET_WINDOW
    return settings.NEARER_RESET_ADDRESS_LIMIT, settings.NEARER_RESET_WINDOW


def _key(rule: str, value: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), f"{rule}|{value}".encode(), hashlib.sha256).hexdigest()


def _count(counted: list[tuple[str, str]], *, refusal: str) -> list[ThrottleAttempt]:
    """Count one attempt under each (rule, key); ThrottledError, with nothing written, while any of
    them is at its limit. (On SQLite the check and the count are one write transaction; on
    PostgreSQL, requests at the very same moment may each slip one attempt past the limit.)"""
    now = timezone.now()
    with transaction.atomic():
        waits = []
        for rule, key in counted:
            limit, window = _limits(rule)
            ThrottleAttempt.objects.filter(rule=rule, at__lte=now - window).delete()
            times = ThrottleAttempt.objects.filter(rule=rule, key=key).values_list("at", flat=True)
            until = retry_at(times, limit=limit, window=window, now=now)
            if until is not None:
                waits.append(until)
        if waits:
            minutes = minutes_until(max(waits), now=now)
            raise ThrottledError(refusal.format(minutes=_minutes(minutes)), minutes=minutes)
        return [ThrottleAttempt.objects.create(rule=rule, key=key, at=now) for rule, key in counted]


def _minutes(count: int) -> str:
    return "1 minute" if count == 1 else f"{count} minutes"


@contextmanager
def password_check(*, user):
    """Guard one check of the person's password or recovery key. While too many were wrong lately it
    raises ThrottledError before anything is checked or written; the check counts as wrong when the
    block raises InvalidInputError, and a check that succeeds forgets the wrong ones before it."""
    key = _key(PASSWORD_CHECKS, str(user.pk))
    (attempt,) = _count([(PASSWORD_CHECKS, key)], refusal=PASSWORD_REFUSAL)
    try:
        yield
    except InvalidInputError:
        raise
    except BaseException:
        attempt.delete()  # not a wrong password (e.g. nothing to destroy): it does not count
        raise
    ThrottleAttempt.objects.filter(rule=PASSWORD_CHECKS, key=key).delete()


def guards_password_check(service):
    """Run a service that checks the password or recovery key of `user` under `password_check`."""

    @wraps(service)
    def guarded(*args, user, **kwargs):
        with password_check(user=user):
            return service(*args, user=user, **kwargs)

    return guarded


def reset_request(*, address: str, email: str) -> None:
    """Count a request for a reset link, per address and per e-mail; ThrottledError past either limit.
    Requests count whether or not the e-mail has an account, so a refusal reveals nothing."""
    counted = [(RESET_BY_ADDRESS, _key(RESET_BY_ADDRESS, address)),
               (RESET_BY_EMAIL, _key(RESET_BY_EMAIL, email.lower()))]
    _count(counted, refusal=RESET_REFUSAL)


def signup_request(*, address: str, email: str) -> None:
    """Count a request for a sign-up link (the same limits as reset links), so no one can flood an
    address with mail; counted alike whether or not the address has an account."""
    counted = [(SIGNUP_BY_ADDRESS, _key(SIGNUP_BY_ADDRESS, address)),
               (SIGNUP_BY_EMAIL, _key(SIGNUP_BY_EMAIL, email.lower()))]
    _count(counted, refusal=SIGNUP_REFUSAL)


PASSWORD_REFUSAL = (
    "Too many tries in a short time, so this is paused to keep your account safe. "
    "Please try again in {minutes}."
)
SIGNUP_REFUSAL = (
    "There have been many sign-up requests for this address or from this connection lately, so this is "
    "paused for a while. A link already sent still works; or try again in {minutes}."
)
RESET_REFUSAL = (
    "There have been many requests for a reset link lately, so this is paused for a while. "
    "If the address has an account, the links already sent still work; or try again in {minutes}."
)
