"""Values every template needs: the quick-exit address and the product's version."""

from django.conf import settings

from nearer import __version__


def site(request) -> dict:
    return {"quick_exit_url": settings.QUICK_EXIT_URL, "nearer_version": __version__}
