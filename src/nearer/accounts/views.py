"""Account pages. Each view parses input, calls one service, and renders."""

import json

from django.contrib import messages
from django.contrib.auth import logout, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from nearer.accounts import services, throttle
from nearer.accounts import signup as signup_flow
from nearer.accounts.forms import (
    DeleteAccountForm, LoginForm, NewPasswordForm, PasswordChangeForm, ProfileFields, SignUpDetailsForm, SignUpEmailForm,
)
from nearer.core.errors import ConflictError, InvalidInputError, ThrottledError
from nearer.pages.navigation import local_next, safe_next
from nearer.privacy import services as privacy_services
from nearer.privacy import session


@require_http_methods(["GET", "POST"])
def signup(request):
    """Step 1: an address only. Whether or not it has an account, the answer is the same page."""
    if request.user.is_authenticated:
        return redirect("pages:home")
    form = SignUpEmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            throttle.signup_request(address=throttle.client_ip(request), email=form.cleaned_data["email"])
        except ThrottledError as error:
            form.add_error(None, str(error))
            context = {"form": form, "next": request.GET.get("next", "")}
            return render(request, "accounts/signup.html", context, status=429)
        signup_flow.signup_start(
            email=form.cleaned_data["email"], next_url=safe_next(request, default="pages:home"),
            site_url=f"{request.scheme}://{request.get_host()}",
        )
        return render(request, "accounts/signup_sent.html", {"email": form.cleaned_data["email"]})
    return render(request, "accounts/signup.html", {"form": form, "next": request.GET.get("next", "")})


@require_http_methods(["GET", "POST"])
def signup_confirm(request, token):
    """Step 2, opened from the e-mailed link: name, time zone and password; then the recovery key."""
    try:
        confirmation = signup_flow.confirmation_read(token)
    except InvalidInputError as error:
        return render(request, "accounts/signup_invalid.html", {"message": str(error)}, status=404)
    if request.user.is_authenticated:
        return redirect("pages:home")
    form = SignUpDetailsForm(request.POST or None, email=confirmation.email)
    if request.method == "POST" and form.is_valid():
        try:
            signup_flow.signup_finish(
                request=request, email=confirmation.email, password=form.cleaned_data["password1"],
                display_name=form.cleaned_data["display_name"], time_zone=form.cleaned_data["time_zone"],
                next_url=confirmation.next_url or reverse("pages:home"),
            )
        except ConflictError as error:
            return render(request, "accounts/signup_invalid.html", {"message": str(error)}, status=404)
        return redirect("privacy:recovery_key")
    return render(request, "accounts/signup_details.html", {"form": form, "email": confirmation.email})


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
        except ThrottledError as error:
            form.add_error(None, str(error))
            return render(request, "accounts/delete.html", {"form": form}, status=429)
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
        # The login backend opened the data key with the same Argon2id run that proved the password.
        opened_key = getattr(form.get_user(), "nearer_opened_key", None)
        if opened_key is not None:
            session.remember(self.request, *opened_key)
        return response

    def get_redirect_url(self):
        """Only a path of this site (the same rule as every other page that takes `next`), else ""."""
        return local_next(self.request)


class PasswordChangeView(auth_views.PasswordChangeView):
    """A new password re-wraps the data key: nothing private is lost or re-encrypted."""

    template_name = "accounts/password_change.html"
    form_class = PasswordChangeForm
    success_url = reverse_lazy("accounts:password_change_done")

    def form_invalid(self, form):
        status = 429 if form.throttled else 200
        return self.render_to_response(self.get_context_data(form=form), status=status)

    def form_valid(self, form):
        try:
            privacy_services.password_change(
                user=self.request.user, old_password=form.cleaned_data["old_password"],
                new_password=form.cleaned_data["new_password1"],
            )
        except ConflictError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        update_session_auth_hash(self.request, form.user)
        return redirect(self.get_success_url())


class PasswordResetView(auth_views.PasswordResetView):
    """Reset links are limited per address and per e-mail, alike for e-mails with and without an account."""

    def form_valid(self, form):
        try:
            throttle.reset_request(address=throttle.client_ip(self.request), email=form.cleaned_data["email"])
        except ThrottledError as error:
            form.add_error(None, str(error))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """A reset restores the account; the private space stays locked until the recovery key is entered."""

    template_name = "accounts/password_reset_confirm.html"
    form_class = NewPasswordForm
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        privacy_services.password_reset(user=form.user, new_password=form.cleaned_data["new_password1"])
        return redirect(self.get_success_url())
