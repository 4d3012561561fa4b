"""Account pages. Each view parses input, calls one service, and renders."""

import json

from django.contrib import messages
from django.contrib.auth import login, logout, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from nearer.accounts import services
from nearer.accounts.forms import DeleteAccountForm, LoginForm, NewPasswordForm, ProfileFields, SignUpForm
from nearer.core.errors import InvalidInputError
from nearer.pages.navigation import safe_next
from nearer.privacy import services as privacy_services
from nearer.privacy import session


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("pages:home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user, recovery_key, data_key = services.user_create(
            email=form.cleaned_data["email"], password=form.cleaned_data["password1"],
            display_name=form.cleaned_data["display_name"], time_zone=form.cleaned_data["time_zone"],
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        session.remember(request, data_key, 1)
        # Shown once, in this response only: the recovery key is never stored anywhere.
        context = {"recovery_key": recovery_key, "next": safe_next(request, default="pages:home")}
        return render(request, "privacy/recovery_key.html", context)
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
    data = services.account_export(user=request.user, now=timezone.now(), key=session.key_or_none(request))
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


class LoginView(auth_views.LoginView):
    """Logging in also opens the person's data key for this session."""

    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        privacy_services.session_unlock(
            request=self.request, user=form.get_user(), password=form.cleaned_data["password"]
        )
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    """A new password re-wraps the data key: nothing private is lost or re-encrypted."""

    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:password_change_done")

    def form_valid(self, form):
        privacy_services.password_change(
            user=self.request.user, old_password=form.cleaned_data["old_password"],
            new_password=form.cleaned_data["new_password1"],
        )
        update_session_auth_hash(self.request, form.user)
        return redirect(self.get_success_url())


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """A reset restores the account; the private space stays locked until the recovery key is entered."""

    template_name = "accounts/password_reset_confirm.html"
    form_class = NewPasswordForm
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        privacy_services.password_reset(user=form.user, new_password=form.cleaned_data["new_password1"])
        return redirect(self.get_success_url())
