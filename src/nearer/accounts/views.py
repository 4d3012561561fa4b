"""Account pages. Each view parses input, calls one service, and renders."""

import json

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from nearer.accounts import services
from nearer.accounts.forms import DeleteAccountForm, ProfileFields, SignUpForm
from nearer.core.errors import InvalidInputError
from nearer.pages.navigation import safe_next


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("pages:home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.user_create(
            email=form.cleaned_data["email"], password=form.cleaned_data["password1"],
            display_name=form.cleaned_data["display_name"], time_zone=form.cleaned_data["time_zone"],
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to Nearer. Your account is ready.")
        return redirect(safe_next(request, default="pages:home"))
    return render(request, "accounts/signup.html", {"form": form, "next": request.GET.get("next", "")})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    initial = {"display_name": request.user.display_name, "time_zone": request.user.time_zone}
    form = ProfileFields(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.user_update_profile(user=request.user, **form.cleaned_data)
        messages.success(request, "Your profile is saved.")
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
@require_safe
def export(request):
    data = services.account_export(user=request.user, now=timezone.now())
    response = HttpResponse(json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="nearer-export.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.account_delete(user=request.user, password=form.cleaned_data["password"])
        except InvalidInputError as error:
            form.add_error("password", str(error))
        else:
            logout(request)
            messages.success(request, "Your account and everything in it have been deleted.")
            return redirect("pages:welcome")
    return render(request, "accounts/delete.html", {"form": form})
