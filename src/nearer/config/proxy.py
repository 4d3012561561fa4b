"""Forwarded headers count only when the trusted proxy sent them.

Behind a TLS proxy (NEARER_BEHIND_PROXY), the proxy tells Nearer the scheme (X-Forwarded-Proto) and the
client's address (X-Forwarded-For). Anyone else who reaches the server could send the same headers to
pass for HTTPS or for another address (and so dodge or misdirect login throttling). This middleware,
first in the chain, removes both headers unless the connection comes from NEARER_PROXY_ADDRESSES;
without NEARER_BEHIND_PROXY it always removes them. gunicorn applies the same list to the scheme it
reports (forwarded_allow_ips, see nearer.ops.gunicorn_app)."""

import functools
import ipaddress

from django.conf import settings

FORWARDED_HEADERS = ("HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_FOR")


@functools.lru_cache(maxsize=8)
def _networks(addresses: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(address) for address in addresses)


def is_trusted_proxy(remote_addr: str, addresses) -> bool:
    """True when remote_addr is one of the addresses or inside one of the networks."""
    try:
        address = ipaddress.ip_address(remote_addr.strip())
    except ValueError:
        return False
    if address.version == 6 and address.ipv4_mapped:
        address = address.ipv4_mapped
    return any(address in network for network in _networks(tuple(addresses)))


class TrustedProxyMiddleware:
    """Drops X-Forwarded-Proto and X-Forwarded-For that did not come from the trusted proxy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        remote = request.META.get("REMOTE_ADDR", "")
        if not (settings.BEHIND_PROXY and is_trusted_proxy(remote, settings.PROXY_ADDRESSES)):
            for header in FORWARDED_HEADERS:
                request.META.pop(header, None)
        return self.get_response(request)
