"""Forms of the agreement pages: they parse what was sent; the rules live in inputs.py and services."""

from django import forms

from nearer.agreements.inputs import NOTE_MAX, TITLE_MAX, AgreementInput
from nearer.core.practice import KINDS
from nearer.core.practice.kinds import PHRASE_MAX
from nearer.core.practice.recurrence import WEEKDAY_NAMES

FREQUENCY_CHOICES = [("daily", "Every day"), ("weekdays", "On chosen weekdays"),
                     ("weekly", "Once a week, on the weekday of the start"), ("once", "Once"),
                     ("as_needed", "When needed (no fixed time)")]
SHARE_CHOICES = [("me", "Just for me"), ("propose", "Propose it to my partner")]


class AgreementForm(forms.Form):
    kind = forms.ChoiceField(label="Kind", choices=[(k.id, k.label) for k in KINDS.values()])
    title = forms.CharField(label="What you agree on", max_length=TITLE_MAX)
    phrase = forms.CharField(
        label="The agreed words", required=False, max_length=PHRASE_MAX,
        help_text="For a work-talk boundary or a pause signal: the words either of you says.")
    crunch_ends_on = forms.DateField(
        label="When the crunch ends", required=False, widget=forms.DateInput(attrs={"type": "date"}),
        help_text="For a re-entry date: the date goes after this day.")
    frequency = forms.ChoiceField(label="How often", choices=FREQUENCY_CHOICES)
    weekdays = forms.TypedMultipleChoiceField(
        label="Weekdays", required=False, coerce=int, widget=forms.CheckboxSelectMultiple,
        choices=list(enumerate(WEEKDAY_NAMES)), help_text="Only for \u201con chosen weekdays\u201d.")
    at = forms.TimeField(label="At", widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    duration_minutes = forms.IntegerField(
        label="Minutes", min_value=1, max_value=24 * 60,
        help_text="How long it lasts. For a pause or space: how long until you come back.")
    starts_on = forms.DateField(label="Starting", widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(label="Until (optional)", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label="A note (optional)", required=False, max_length=NOTE_MAX,
                           widget=forms.Textarea(attrs={"rows": 3}))
    catalogue_id = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, can_propose: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if can_propose:
            self.fields["share"] = forms.ChoiceField(label="Who it is for", choices=SHARE_CHOICES,
                                                     widget=forms.RadioSelect, initial="me")

    def to_input(self) -> AgreementInput:
        data = self.cleaned_data
        return AgreementInput(
            kind=data["kind"], title=data["title"], frequency=data["frequency"], at=data["at"],
            duration_minutes=data["duration_minutes"], starts_on=data["starts_on"],
            weekdays=tuple(data["weekdays"] or ()), ends_on=data["ends_on"], phrase=data["phrase"],
            crunch_ends_on=data["crunch_ends_on"].isoformat() if data["crunch_ends_on"] else "",
            catalogue_id=data["catalogue_id"], note=data["note"],
        )

    @property
    def proposes(self) -> bool:
        return self.cleaned_data.get("share") == "propose"


class CatalogueFilterForm(forms.Form):
    minutes = forms.TypedChoiceField(label="At most", required=False, coerce=int, empty_value=None,
                                     choices=[("", "Any length"), (2, "2 minutes"), (5, "5 minutes"),
                                              (10, "10 minutes"), (15, "15 minutes"), (20, "20 minutes")])
    energy = forms.ChoiceField(label="Energy you have", required=False,
                               choices=[("", "Any"), ("low", "Low"), ("medium", "Medium"), ("high", "High")])
    context = forms.ChoiceField(label="Fits a time of", required=False)
    care = forms.ChoiceField(label="Form of care", required=False)

    def __init__(self, *args, program, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["context"].choices = [("", "Any")] + [(c.id, c.title) for c in program.contexts.contexts]
        self.fields["care"].choices = [("", "Any")] + [(f.id, f.title) for f in program.care_profile.forms]

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {"max_minutes": data["minutes"], "energy": data["energy"] or None,
                "context": data["context"] or None, "care": data["care"] or None}


class ParkingForm(forms.Form):
    topic = forms.CharField(label="A work topic that can wait", max_length=500)
