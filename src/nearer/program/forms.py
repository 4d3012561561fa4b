"""Forms of the program pages. Questions and choices come from the content packs; the forms only
parse what was sent (yes/no, ids, dates in the person's time zone) and leave the rules to services."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone

from nearer.core import dates
from nearer.core.program.answers import MAX_FREE_TEXT
from nearer.pages.fields import LongTextField
from nearer.program.services import NOTE_MAX, TITLE_MAX

YES_NO = [("yes", "Yes"), ("no", "No")]


def _yes_no(label: str, *, required: bool) -> forms.ChoiceField:
    return forms.ChoiceField(label=label, choices=YES_NO, widget=forms.RadioSelect, required=required,
                             error_messages={"required": "Please answer yes or no."})


def _as_bool(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


class SafetyForm(forms.Form):
    @staticmethod
    def initial_from(answers: dict[str, bool], region: str) -> dict:
        return {"region": region, **{q: "yes" if a else "no" for q, a in answers.items()}}

    def __init__(self, *args, program, **kwargs):
        super().__init__(*args, **kwargs)
        self.question_ids = [q.id for q in program.safety.questions]
        for question in program.safety.questions:
            self.fields[question.id] = _yes_no(question.text, required=True)
        self.fields["region"] = forms.ChoiceField(
            label="Where are you?", choices=[(r.id, r.name) for r in program.safety.regions],
            help_text="So that we show help you can reach where you live.",
        )

    def answers(self) -> dict[str, bool]:
        return {q: _as_bool(self.cleaned_data[q]) for q in self.question_ids}


class CheckForm(forms.Form):
    def __init__(self, *args, program, **kwargs):
        super().__init__(*args, **kwargs)
        self.readiness_ids = [q.id for q in program.readiness.questions]
        self.fields["signs"] = forms.MultipleChoiceField(
            label="What have you noticed?", required=False, widget=forms.CheckboxSelectMultiple,
            choices=[(s.id, s.title) for s in program.signs.signs], help_text=program.signs.intro,
        )
        self.fields["contexts"] = forms.MultipleChoiceField(
            label="What may be behind it?", required=False, widget=forms.CheckboxSelectMultiple,
            choices=[(c.id, c.title) for c in program.contexts.contexts], help_text=program.contexts.intro,
        )
        for question in program.readiness.questions:
            self.fields[question.id] = _yes_no(question.text, required=False)
        self.fields["free_text"] = LongTextField(
            label="Anything else, in your own words", required=False, max_chars=MAX_FREE_TEXT, rows=6,
            help_text="Private to you. Nearer reads it only to suggest what may be going on.",
        )

    @staticmethod
    def initial_from(answers: dict, free_text: str) -> dict:
        """Form values for answers saved earlier (redoing the check starts from them)."""
        initial = {q: {True: "yes", False: "no"}.get(a) for q, a in answers.items() if q not in ("signs", "contexts")}
        return {**initial, "signs": answers.get("signs", []), "contexts": answers.get("contexts", []),
                "free_text": free_text}

    def answers(self) -> dict:
        answers = {"signs": self.cleaned_data["signs"], "contexts": self.cleaned_data["contexts"]}
        answers.update({q: _as_bool(self.cleaned_data[q]) for q in self.readiness_ids})
        return answers


class StepDoneForm(forms.Form):
    done = forms.MultipleChoiceField(label="What you have done", required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, actions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["done"].choices = [(a.id, a.text) for a in actions if a.how == "tick"]
        self.fields["done"].initial = [a.id for a in actions if a.how == "tick" and a.met]


class ReflectionForm(forms.Form):
    triggers = LongTextField(label="What sets you off, and what you usually do next", required=False,
                             max_chars=NOTE_MAX, rows=5)
    grounding_tried = forms.BooleanField(label="I have tried the grounding practice", required=False)
    grounding_note = LongTextField(label="What helped you settle (optional)", required=False,
                                   max_chars=NOTE_MAX, rows=3)
    own_part = LongTextField(label="What you may have added to the distance", required=False,
                             max_chars=NOTE_MAX, rows=5)


class BoundedDateField(forms.DateField):
    """A day a person enters: only days in the range of nearer.core.dates (no year 9999)."""

    widget = forms.DateInput(attrs={"type": "date"})

    def validate(self, value):
        super().validate(value)
        if value:
            message = dates.day_out_of_range(value, today=timezone.localdate())
            if message:
                raise forms.ValidationError(message, code="out_of_range")

    def show_range(self) -> None:
        """Let the browser's date picker offer only the days that will be accepted (today's range)."""
        latest = dates.latest_day(timezone.localdate())
        self.widget.attrs.update(min=dates.EARLIEST_DAY.isoformat(), max=latest.isoformat())


class _LocalDateTimeForm(forms.Form):
    """Reads a date and a time as wall-clock time in the person's own time zone."""

    def __init__(self, *args, time_zone: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = ZoneInfo(time_zone)
        for field in self.fields.values():
            if isinstance(field, BoundedDateField):
                field.show_range()

    def local(self, date_field: str, time_field: str) -> datetime | None:
        day, moment = self.cleaned_data.get(date_field), self.cleaned_data.get(time_field)
        if day is None or moment is None:
            return None
        return datetime.combine(day, moment, tzinfo=self.zone)


class TalkForm(_LocalDateTimeForm):
    title = forms.CharField(label="A name for it in your calendar (optional)", required=False, max_length=TITLE_MAX,
                            help_text="It appears in the calendar file, so choose words you are happy to have there.")
    day = BoundedDateField(label="Day",
                           error_messages={"required": "Choose a day.", "invalid": "Enter a day like 2025-06-30."})
    time = forms.TimeField(label="Start time", widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                           error_messages={"required": "Choose a start time.", "invalid": "Enter a time like 19:30."})

    def starts_at(self) -> datetime:
        return self.local("day", "time")


class DebriefForm(_LocalDateTimeForm):
    learned = LongTextField(label="What I learned", max_chars=NOTE_MAX, rows=4,
                          error_messages={"required": "Write a few words about what you learned."})
    needs = LongTextField(label="What they need", required=False, max_chars=NOTE_MAX, rows=3)
    space_asked = _yes_no("Did they ask for some space?", required=True)
    return_day = BoundedDateField(label="Day you agreed to come back together", required=False,
                                  error_messages={"invalid": "Enter a day like 2025-06-30."})
    return_time = forms.TimeField(label="Time you agreed to come back together", required=False,
                                  widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                                  error_messages={"invalid": "Enter a time like 19:30."})

    @staticmethod
    def initial_from(debrief: dict, time_zone: str) -> dict:
        """Form values for a debrief written earlier, with the return time in the person's time zone."""
        if not debrief:
            return {}
        initial = {"learned": debrief["learned"], "needs": debrief["needs"],
                   "space_asked": "yes" if debrief["space_asked"] else "no"}
        if debrief.get("return_at"):
            back = dates.showable(datetime.fromisoformat(debrief["return_at"])).astimezone(ZoneInfo(time_zone))
            initial.update(return_day=back.date(), return_time=back.time().replace(second=0, microsecond=0))
        return initial

    def clean(self):
        data = super().clean()
        if data.get("space_asked") == "yes" and not (data.get("return_day") and data.get("return_time")):
            if "return_day" not in self.errors and "return_time" not in self.errors:
                self.add_error("return_day", "Write down the day and time you agreed to come back together.")
        return data

    def values(self) -> dict:
        space_asked = self.cleaned_data["space_asked"] == "yes"
        return {
            "learned": self.cleaned_data["learned"], "needs": self.cleaned_data["needs"], "space_asked": space_asked,
            "return_at": self.local("return_day", "return_time") if space_asked else None,
        }
