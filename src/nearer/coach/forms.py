from django import forms

from nearer.coach.models import Purpose


class CoachForm(forms.Form):
    """What the coach reads. Length, emptiness and language are judged by the coach itself, so its
    messages (rather than generic field errors) appear in the result region."""

    text = forms.CharField(required=False, strip=False)
    reply_to = forms.CharField(required=False, strip=False)
    purpose = forms.ChoiceField(choices=Purpose.choices, required=False)

    def clean_purpose(self) -> str:
        return self.cleaned_data["purpose"] or Purpose.OPENING


class IStatementForm(forms.Form):
    """The three editable parts of the I-statement builder."""

    feeling = forms.CharField(max_length=200)
    when = forms.CharField(max_length=500)
    request = forms.CharField(max_length=500)

    def sentence(self) -> str:
        data = self.cleaned_data
        return f"I feel {data['feeling']} when {data['when']}, and I'd like {data['request']}."
