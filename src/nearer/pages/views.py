"""The welcome page, the home page, and friendly error pages (never a traceback)."""

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.http import require_POST, require_safe

from nearer.core.program import load_program, resources_for
from nearer.pages import services
from nearer.pages.caching import no_store
from nearer.privacy import session
from nearer.program import standing


@require_safe
def welcome(request):
    if request.user.is_authenticated:
        return redirect("pages:home")
    return render(request, "pages/welcome.html")


@login_required
@require_safe
def home(request):
    key = session.key_or_none(request)
    concern = key is not None and standing.safety_concern(user=request.user, key=key)
    context = {"home": services.home_state(user=request.user, key=key), "unlocked": key is not None,
               "safety_concern": concern, "partner_tools": key is not None and not concern,
               "partner_tools_note": standing.partner_tools_note(),
               "recovery_key_waiting": session.pending_recovery_key(request) is not None}
    return render(request, "pages/home.html", context)


@require_safe
def privacy(request):
    return render(request, "pages/privacy.html")


@require_safe
@no_store
def help_page(request):
    """Crisis help by region, for anyone: no account, no question first, nothing written."""
    key = session.key_or_none(request) if request.user.is_authenticated else None
    region, guessing = standing.help_region(user=request.user, key=key, asked=request.GET.get("region"),
                                            browser_zone=request.GET.get("tz"))
    program = load_program()
    context = {"regions": program.safety.regions, "resources": resources_for(program, region), "guessing": guessing}
    return render(request, "pages/help.html", context)


@require_POST
def quick_logout(request):
    """Quick exit ends the session on its way out (sent by the page's script as a beacon, with the
    CSRF token). Logging out is all it does; it answers with no content."""
    logout(request)
    return HttpResponse(status=204)


def favicon(request):
    """Browsers ask for /favicon.ico on their own; send them to the icon every page names."""
    return redirect(static("img/favicon.svg"), permanent=True)


def _error(request, status: int, title: str, text: str):
    return render(request, "pages/error.html", {"title": title, "text": text}, status=status)


def bad_request(request, exception=None):
    return _error(request, 400, "That request could not be read", "Please go back and try again.")


def forbidden(request, exception=None):
    return _error(request, 403, "Not allowed", "This page is not available to you.")


def not_found(request, exception=None):
    return _error(request, 404, "Page not found", "There is nothing here, or it is not yours to see.")


def server_error(request):
    return _error(request, 500, "Something went wrong on our side",
                  "Nothing you entered was lost halfway: please try again in a moment.")


def csrf_failure(request, reason=""):
    return _error(request, 403, "Please try that again",
                  "The form had expired or came from somewhere else, so nothing was changed. "
                  "Reload the page and send it again.")
