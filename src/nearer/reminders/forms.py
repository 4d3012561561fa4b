from django import forms


class ReminderEmailForm(forms.Form):
    by_email = forms.BooleanField(
        required=False, label="Send me a reminder by e-mail before each talk",
        help_text="One short message an hour before. It says when, never what you wrote.",
    )
