"""Private pages are never kept by the browser: after Quick exit (or on a shared device) Back and the
history must not show them from the cache. Static files are served before this runs and keep theirs."""

from functools import wraps

from django.utils.cache import add_never_cache_headers


def forbid_storing(response):
    """Mark the response as not to be stored by the browser or any cache on the way."""
    add_never_cache_headers(response)  # max-age=0, no-cache, no-store, must-revalidate, private
    response["Pragma"] = "no-cache"
    return response


def no_store(view):
    """For a page that may show something private (or that someone looked for help) to anyone."""
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return forbid_storing(view(request, *args, **kwargs))
    return wrapped


class NoStoreForPeopleMiddleware:
    """Every answer to a logged-in person (or to the request that logged them out) is not stored."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        was_logged_in = request.user.is_authenticated
        response = self.get_response(request)
        if was_logged_in or request.user.is_authenticated:
            forbid_storing(response)
        return response
