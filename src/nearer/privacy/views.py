"""Unlocking the private space: with the password, or after a reset with the recovery key;
or, without the recovery key, destroying the locked space to start again."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from nearer.core.errors import ConflictError, InvalidInputError, ThrottledError
from nearer.pages.navigation import safe_next
from nearer.privacy import selectors, services, session
from nearer.privacy.forms import DestroyForm, NewRecoveryKeyForm, RecoverForm, UnlockForm


def _render(request, status=200, **forms):
    context = {
        "locked_by_reset": selectors.locked_by_reset(user=request.user),
        "unlock_form": forms.get("unlock_form", UnlockForm()),
        "recover_form": forms.get("recover_form", RecoverForm()),
        "destroy_form": forms.get("destroy_form", DestroyForm()),
        "next": request.GET.get("next") or request.POST.get("next", ""),
    }
    return render(request, "privacy/unlock.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def unlock(request):
    if session.is_unlocked(request):
        return redirect(safe_next(request, default="pages:home"))
    if request.method == "GET":
        return _render(request)
    form = UnlockForm(request.POST)
    if form.is_valid():
        try:
            services.session_unlock_with_password(request=request, user=request.user, **form.cleaned_data)
        except InvalidInputError as error:
            form.add_error("password", str(error))
        except ThrottledError as error:
            form.add_error(None, str(error))
            return _render(request, status=429, unlock_form=form)
        else:
            return redirect(safe_next(request, default="pages:home"))
    return _render(request, status=400, unlock_form=form)


@login_required
@require_POST
def recover(request):
    form = RecoverForm(request.POST)
    if form.is_valid():
        try:
            services.recover(request=request, user=request.user, **form.cleaned_data)
        except (InvalidInputError, ConflictError) as error:
            form.add_error("recovery_key", str(error))
        except ThrottledError as error:
            form.add_error(None, str(error))
            return _render(request, status=429, recover_form=form)
        else:
            messages.success(request, "Your private space is unlocked again.")
            return redirect(safe_next(request, default="pages:home"))
    return _render(request, status=400, recover_form=form)


@login_required
@require_POST
def destroy(request):
    form = DestroyForm(request.POST)
    if form.is_valid():
        try:
            services.destroy_private_space(request=request, user=request.user, password=form.cleaned_data["password"])
        except (InvalidInputError, ConflictError) as error:
            form.add_error(None, str(error))
        except ThrottledError as error:
            form.add_error(None, str(error))
            return _render(request, status=429, destroy_form=form)
        else:
            return redirect("privacy:recovery_key")
    return _render(request, status=400, destroy_form=form)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def recovery_key(request):
    """A new recovery key, shown (after a redirect, so a reload keeps it) until the person confirms
    they saved it; then it is dropped from the session."""
    pending = session.pending_recovery_key(request)
    if request.method == "POST":
        session.drop_recovery_key(request)
        return redirect(pending[1] if pending else "pages:home")
    if pending is None:
        return render(request, "privacy/recovery_key_gone.html")
    key, _, fresh_start = pending
    return render(request, "privacy/recovery_key.html", {"recovery_key": key, "fresh_start": fresh_start})


@never_cache
@login_required
@require_safe
def recovery_key_download(request):
    """The waiting recovery key as a small text file (works without JavaScript)."""
    pending = session.pending_recovery_key(request)
    if pending is None:
        raise Http404("There is no recovery key waiting to be saved.")
    text = render_to_string("privacy/recovery_key.txt", {"recovery_key": pending[0], "site": request.get_host()})
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="nearer-recovery-key.txt"'
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@login_required
@session.requires_unlocked
@require_http_methods(["GET", "POST"])
def recovery_key_new(request):
    """Make a new recovery key from the account page; the old one stops working."""
    form = NewRecoveryKeyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.recovery_key_renew(request=request, user=request.user, password=form.cleaned_data["password"])
        except (InvalidInputError, ConflictError) as error:
            form.add_error("password", str(error))
        else:
            return redirect("privacy:recovery_key")
    return render(request, "privacy/recovery_key_new.html", {"form": form}, status=400 if form.errors else 200)
