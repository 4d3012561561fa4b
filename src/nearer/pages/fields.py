"""Form fields shared by the pages that take long free text (journal, check, reflection, debrief)."""

from django import forms

from nearer.core.text_limits import too_long_message


class LongTextField(forms.CharField):
    """A text box that never cuts what is pasted into it: instead of the browser's `maxlength` (which
    drops the overflow without a word) it carries its limit for the live counter in nearer.js, and
    the server refuses over-long text with a clear message, keeping it in the box to shorten."""

    def __init__(self, *, max_chars: int, rows: int = 5, **kwargs):
        self.max_chars = max_chars
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": rows}))
        super().__init__(**kwargs)
        self.widget.attrs["data-max-chars"] = str(max_chars)

    def validate(self, value):
        super().validate(value)
        if value and len(value) > self.max_chars:
            raise forms.ValidationError(too_long_message(len(value), self.max_chars), code="max_length")
