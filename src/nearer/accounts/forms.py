"""Forms for signing up, logging in, the profile and deleting the account."""

import zoneinfo
from functools import cache

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm

from nearer.accounts.models import DISPLAY_NAME_MAX, EMAIL_MAX, User

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


class SignUpForm(ProfileFields):
    email = forms.EmailField(max_length=EMAIL_MAX, label="Email")
    password1 = forms.CharField(
        label="Password", strip=False, max_length=PASSWORD_MAX,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=PASSWORD_HELP,
    )
    password2 = forms.CharField(
        label="Password again", strip=False, max_length=PASSWORD_MAX,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    field_order = ["email", "display_name", "time_zone", "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].widget.attrs["data-guess"] = "1"

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "An account with this email already exists. Log in, or reset the password if you forgot it."
            )
        return email

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", "The two passwords differ.")
        elif first:
            probe = User(email=cleaned.get("email", ""), display_name=cleaned.get("display_name", ""))
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
    error_messages = {
        "invalid_login": "That email and password do not match an account.",
        "inactive": "That email and password do not match an account.",
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = "Email"
        self.fields["username"].max_length = EMAIL_MAX
        self.fields["username"].widget.attrs.update({"autocomplete": "email", "type": "email"})
        self.fields["password"].max_length = PASSWORD_MAX

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
