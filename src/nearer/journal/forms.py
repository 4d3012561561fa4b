from django import forms

from nearer.journal.services import BODY_MAX


class EntryForm(forms.Form):
    body = forms.CharField(
        label="What happened, or what is on your mind", max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Private to you. You can share an entry with your partner afterwards, and take it back.",
    )
