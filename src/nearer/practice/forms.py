"""Forms of the practice pages. They only parse; the rules (what each kind needs, the limits) are
checked by the services, whose messages the views put back on the form."""

from django import forms

from nearer.core.practice_log import INITIATORS, KINDS, MOMENT_TOPICS, RESPONSES, LogFields
from nearer.pages.fields import LongTextField
from nearer.practice.services import NEED_TEXT_MAX, NOTE_MAX, WHO
from nearer.practice.tuneups import ANSWER_MAX

LOCAL_TIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


def _scale(low: int, high: int) -> list[tuple[int, str]]:
    return [(n, str(n)) for n in range(low, high + 1)]


class LogForm(forms.Form):
    kind = forms.ChoiceField(choices=KINDS.items(), widget=forms.HiddenInput)
    initiator = forms.ChoiceField(choices=INITIATORS.items(), required=False, widget=forms.RadioSelect,
                                  label="Who started it")
    topic = forms.ChoiceField(choices=MOMENT_TOPICS.items(), required=False, widget=forms.RadioSelect,
                              label="What kind of moment")
    response = forms.ChoiceField(choices=RESPONSES.items(), required=False, widget=forms.RadioSelect,
                                 label="How I answered it")
    defensiveness = forms.TypedChoiceField(choices=_scale(1, 5), coerce=int, required=False, empty_value=None,
                                           widget=forms.RadioSelect, label="How defensive I felt (1 calm, 5 very)")
    repaired_at = forms.DateTimeField(required=False, widget=LOCAL_TIME, label="Repaired at (optional)")
    safety = forms.TypedChoiceField(choices=_scale(1, 7), coerce=int, required=False, empty_value=None,
                                    widget=forms.RadioSelect, label="How safe I felt with my partner (1 to 7)")
    closeness = forms.TypedChoiceField(choices=_scale(1, 7), coerce=int, required=False, empty_value=None,
                                       widget=forms.RadioSelect, label="How close I felt (1 to 7)")
    occurred_at = forms.DateTimeField(required=False, widget=LOCAL_TIME, label="When (leave empty for now)")
    note = forms.CharField(required=False, max_length=NOTE_MAX, label="Note (optional)")

    def log_fields(self, *, now) -> LogFields:
        data = self.cleaned_data
        return LogFields(
            kind=data["kind"], occurred_at=data.get("occurred_at") or now, initiator=data.get("initiator") or "",
            topic=data.get("topic") or "", response=data.get("response") or "",
            defensiveness=data.get("defensiveness"), repaired_at=data.get("repaired_at"),
            safety=data.get("safety"), closeness=data.get("closeness"),
        )


class TuneUpForm(forms.Form):
    first = LongTextField(max_chars=ANSWER_MAX, rows=3)
    second = LongTextField(max_chars=ANSWER_MAX, rows=3)
    share = forms.BooleanField(required=False, label="Share my answers with my partner (they appear once you have both shared)")

    def __init__(self, *args, questions: tuple[str, str], in_couple: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first"].label, self.fields["second"].label = questions
        if not in_couple:
            del self.fields["share"]


class NeedForm(forms.Form):
    need = forms.CharField(max_length=NEED_TEXT_MAX, label="What I need",
                           help_text="In a few words, e.g. feeling listened to after a hard day.")
    action = forms.CharField(max_length=NEED_TEXT_MAX, label="What someone could see being done",
                             help_text="Concrete and observable, e.g. ten minutes on the sofa, phones away.")
    who = forms.ChoiceField(choices=WHO.items(), widget=forms.RadioSelect, label="Who does it", initial="both")
    how_often = forms.CharField(max_length=NEED_TEXT_MAX, label="How often", help_text="e.g. three evenings a week.")
