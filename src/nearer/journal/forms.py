from django import forms

from nearer.journal.services import BODY_MAX
from nearer.pages.fields import LongTextField


class EntryForm(forms.Form):
    body = LongTextField(
        label="What happened, or what is on your mind", max_chars=BODY_MAX, rows=6,
        help_text="Private to you. You can share an entry with your partner afterwards, and take it back.",
    )


class WinForm(forms.Form):
    body = LongTextField(
        label="A small win", max_chars=BODY_MAX, rows=3,
        help_text="Something that went well between you. Shared with your partner as soon as you add it.",
    )
