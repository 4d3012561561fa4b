"""Where to send a person after a form: only ever to a page of this site."""

from django.shortcuts import resolve_url
from django.utils.http import url_has_allowed_host_and_scheme


def _is_local_path(target: str) -> bool:
    """A path on this site: starts with one "/" (not "//", which names another host), no backslash."""
    return target.startswith("/") and not target.startswith("//") and "\\" not in target


def local_next(request) -> str:
    """The `next` parameter when it is a path of this site, else "".

    Only a path is followed: a bare word would be read by `redirect` as a view name, and an address
    with a scheme or another host would send the person away from Nearer."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if _is_local_path(target) and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def safe_next(request, *, default: str) -> str:
    """The `next` parameter when it is a path of this site, else the default page's URL."""
    return local_next(request) or resolve_url(default)
