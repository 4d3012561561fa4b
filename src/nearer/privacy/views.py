"""Unlocking the private space: with the password, or after a reset with the recovery key;
or, without the recovery key, destroying the locked space to start again."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from nearer.core.errors import ConflictError, InvalidInputError, ThrottledError
from nearer.pages.navigation import safe_next
from nearer.privacy import selectors, services, session
from nearer.privacy.forms import DestroyForm, RecoverForm, UnlockForm


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
        except InvalidInputError as error:
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
            recovery_key = services.destroy_private_space(
                request=request, user=request.user, password=form.cleaned_data["password"]
            )
        except (InvalidInputError, ConflictError) as error:
            form.add_error(None, str(error))
        except ThrottledError as error:
            form.add_error(None, str(error))
            return _render(request, status=429, destroy_form=form)
        else:
            return render(request, "privacy/recovery_key.html", {"recovery_key": recovery_key, "fresh_start": True})
    return _render(request, status=400, destroy_form=form)
