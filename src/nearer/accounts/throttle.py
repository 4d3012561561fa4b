"""The client address used for login throttling: the proxy's X-Forwarded-For entry when Nearer
sits behind one proxy (NEARER_BEHIND_PROXY), otherwise the connection's address."""

from django.conf import settings


def client_ip(request) -> str:
    """Return the address a login attempt came from."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR", "")
