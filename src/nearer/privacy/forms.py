from django import forms

from nearer.accounts.forms import PASSWORD_MAX


def _password_field(label="Your password"):
    return forms.CharField(
        label=label, strip=False, max_length=PASSWORD_MAX,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class UnlockForm(forms.Form):
    password = _password_field()


class RecoverForm(forms.Form):
    recovery_key = forms.CharField(
        label="Recovery key", max_length=100,
        help_text="The key you were shown when you signed up, e.g. 1A2B-3C4D-… (dashes and case do not matter).",
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    password = _password_field()


class DestroyForm(forms.Form):
    password = _password_field()
    confirm = forms.BooleanField(
        label="I understand that everything private I wrote will be deleted for good, and a new recovery key made.",
    )


class NewRecoveryKeyForm(forms.Form):
    password = _password_field()
