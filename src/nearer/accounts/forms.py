"""Forms for signing up, logging in, the profile and deleting the account."""

import zoneinfo
from functools import cache

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm, UsernameField

from nearer.accounts import throttle
from nearer.accounts.models import DISPLAY_NAME_MAX, EMAIL_MAX, User
from nearer.core.errors import InvalidInputError, ThrottledError

PASSWORD_MAX = 200
PASSWORD_HELP = "At least 10 characters; not a common password and not only numbers."


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    zones = sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")
    return [(z, z.replace("_", " ")) for z in zones]


class ProfileFields(forms.Form):
    display_name = forms.CharField(
        max_length=DISPLAY_NAME_MAX, label="Your name",
        help_text="What your partner will see if they join. A first name is enough.",
    )
    time_zone = forms.TypedChoiceField(choices=time_zone_choices, initial="UTC", label="Your time zone")

    def clean_display_name(self):
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError("Please enter a name.")
        return name


class SignUpEmailForm(forms.Form):
    """Sign-up, first step: only the address. Every valid address gets the same answer."""

    email = forms.EmailField(
        max_length=EMAIL_MAX, label="Email",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class SignUpDetailsForm(ProfileFields):
    """Sign-up, second step (opened from the e-mailed link): name, time zone and password."""

    password1 = forms.CharField(
        label="Password", strip=False, max_length=PASSWORD_MAX,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=PASSWORD_HELP,
    )
    password2 = forms.CharField(
        label="Password again", strip=False, max_length=PASSWORD_MAX,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        self.fields["time_zone"].widget.attrs["data-guess"] = "1"

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", "The two passwords differ.")
        elif first:
            probe = User(email=self.email, display_name=cleaned.get("display_name", ""))
            try:
                password_validation.validate_password(first, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class NewPasswordForm(SetPasswordForm):
    """Choosing a new password after a reset, with the same words as sign-up (not the framework's)."""

    error_messages = {"password_mismatch": "The two passwords differ."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first, second = self.fields["new_password1"], self.fields["new_password2"]
        first.label, first.help_text = "New password", PASSWORD_HELP
        second.label, second.help_text = "New password again", ""


class LoginForm(AuthenticationForm):
    # Declared with their limits (not changed after the fields are built, when no validator would
    # check them): an overlong name must get a form error, not reach the database.
    username = UsernameField(
        label="Email", max_length=EMAIL_MAX,
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    password = forms.CharField(
        label="Password", strip=False, max_length=PASSWORD_MAX,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_messages = {
        "invalid_login": "That email and password do not match an account.",
        "inactive": "That email and password do not match an account.",
    }

    def clean_username(self):
        return self.cleaned_data["username"].strip().lower()


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password", strip=False, max_length=PASSWORD_MAX,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label="I understand that my account and everything I wrote will be deleted for good.",
    )


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    """Django's form, with the old password checked under the account's password-check throttle."""

    throttled = False

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        try:
            with throttle.password_check(user=self.user):
                if not self.user.check_password(old_password):
                    raise InvalidInputError("That is not your current password.")
        except ThrottledError as error:
            self.throttled = True
            raise forms.ValidationError(str(error)) from None
        except InvalidInputError as error:
            raise forms.ValidationError(str(error)) from None
        return old_password
