"""Pages translate Nearer's NotFoundError once, here: a foreign or missing object becomes the same
404 page wherever a view raised it (the API has its own handler in nearer.config.api)."""

from django.http import Http404

from nearer.core.errors import NotFoundError


class NotFoundMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, NotFoundError):
            raise Http404 from None
        return None
