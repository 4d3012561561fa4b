from django import forms

from nearer.couples.models import PARTNER_LABEL_MAX


class PartnerLabelForm(forms.Form):
    partner_label = forms.CharField(
        max_length=PARTNER_LABEL_MAX, label="What do you call your partner?",
        help_text="Only you see this name.",
    )
