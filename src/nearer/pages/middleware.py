"""Pages translate two of Nearer's errors once, here, wherever a view raised them (the API has its
own handlers in nearer.config.api):
- NotFoundError: a foreign or missing object becomes the same 404 page;
- BusyError: the server is at its limit for this kind of work (a burst of logins): a 503 page with
  Retry-After. Nothing was written: slow password work runs before any write."""

from django.http import Http404
from django.shortcuts import render

from nearer.core.errors import BusyError, NotFoundError


class NotFoundMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, NotFoundError):
            raise Http404 from None
        if isinstance(exception, BusyError):
            response = render(request, "pages/error.html",
                              {"title": "Busy for a moment", "text": str(exception)}, status=503)
            response["Retry-After"] = str(exception.seconds)
            return response
        return None
