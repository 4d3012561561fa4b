"""The private safety screen comes first, for every person (the partner who joins too).

Until a logged-in person has answered it, every feature page sends them to the screen (and comes
back afterwards), and every feature endpoint of the API answers 409. What stays open is listed
here, by route: the screen itself, help, the account (profile, export, delete, password, log out),
unlocking and recovering the private space, and the public pages. Static files never reach this."""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from nearer.program.standing import screen_answered

OPEN_NAMESPACES = {"accounts", "privacy"}
OPEN_ROUTES = {
    "program:safety", "program:resources", "pages:help", "pages:quick_logout", "pages:welcome", "pages:privacy", "pages:favicon",
    "reminders:feed",
    "api:health", "api:me", "api:openapi-json", "api:api-root",
}
API_REFUSAL = "Answer the private safety questions first: open Program in Nearer. Until then this is not available."


def is_open(resolver_match) -> bool:
    """True for routes a person may use before answering the safety screen."""
    if resolver_match is None:
        return True  # no route: the 404 page
    namespace = resolver_match.namespace.split(":")[0]
    return namespace in OPEN_NAMESPACES or f"{namespace}:{resolver_match.url_name}" in OPEN_ROUTES


class ScreenFirstMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated or is_open(request.resolver_match):
            return None
        if screen_answered(user=request.user):
            return None
        if request.resolver_match.namespace == "api":
            return JsonResponse({"detail": API_REFUSAL}, status=409)
        target = reverse("program:safety")
        # Home is where everyone lands, not a place they were going: after the screen comes the plan.
        if request.method == "GET" and request.resolver_match.view_name != "pages:home":
            target += "?" + urlencode({"next": request.get_full_path()})
        return redirect(target)
