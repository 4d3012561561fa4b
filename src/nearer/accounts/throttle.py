"""Throttling of password guesses.

Logins are counted by django-axes; this module tells it the client's address and what to count by.
"""

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone


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
    if address and _address_failures(address, since=_cool_off_start(request)) >= settings.NEARER_LOGIN_ADDRESS_LIMIT:
        return ["ip_address"]
    return [["username", "ip_address"]]


def _cool_off_start(request):
    attempt_time = getattr(request, "axes_attempt_time", None) or timezone.now()
    return attempt_time - settings.AXES_COOLOFF_TIME


def _address_failures(address: str, *, since) -> int:
    from axes.models import AccessAttempt

    failures = AccessAttempt.objects.filter(ip_address=address, attempt_time__gte=since)
    return failures.aggregate(total=Sum("failures_since_start"))["total"] or 0
