"""Coach pages: the live coach, its analysis endpoint (stores nothing), and private drafts."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from nearer.coach import reading, selectors, services
from nearer.coach.forms import CoachForm, IStatementForm
from nearer.coach.models import Purpose
from nearer.core.errors import InvalidInputError
from nearer.privacy import session
from nearer.privacy.session import requires_unlocked
from nearer.program import standing

PAGE = "coach/coach.html"


def _page(request, *, form_data: dict, analyse: bool, draft=None, error: str = ""):
    """The coach page, or only its result region for an htmx request (always 200, so htmx swaps it
    in). A full page answering a POST the coach could not read, or a refused save, is a 400."""
    context = reading.live_context(
        text=form_data.get("text", ""), reply_to=form_data.get("reply_to", ""),
        coach_id=request.POST.get("coach_id", "coach"), analyse=analyse,
    )
    if error:
        context["coach"] = reading.Reading(text=context["coach_text"], reply_to=context["coach_reply_to"], error=error)
    context.update(draft=draft, purpose=form_data.get("purpose") or Purpose.OPENING, purposes=Purpose.choices)
    if request.htmx:
        return render(request, f"{PAGE}#result", context)
    context.update(_safety_wording(request, reply_to=context["coach_reply_to"]))
    failed = request.method == "POST" and context["coach"] is not None and bool(context["coach"].error)
    return render(request, PAGE, context, status=400 if failed else 200)


def _safety_wording(request, *, reply_to: str) -> dict:
    """Under a safety concern the page speaks of the person's own words, not of telling the partner."""
    if not standing.safety_concern(user=request.user, key=session.data_key(request)):
        return {"safety_concern": False}
    return {"safety_concern": True, "coach_note": standing.partner_coach_note(),
            "coach_hide_reply": not reply_to, "coach_label": "Your words"}


def _form_data(request) -> dict:
    form = CoachForm(request.POST)
    form.is_valid()  # every field is optional; the coach and the draft services judge the values
    return {"text": "", "reply_to": "", "purpose": request.POST.get("purpose", "")} | form.cleaned_data


@login_required
@requires_unlocked
@require_GET
def index(request):
    return _page(request, form_data={}, analyse=False)


@login_required
@requires_unlocked
@require_POST
def review(request):
    """Analyse the words (or, from the I-statement builder, the composed sentence); store nothing."""
    data = _form_data(request)
    if request.POST.get("compose"):
        builder = IStatementForm(request.POST)
        if not builder.is_valid():
            return _page(request, form_data=data, analyse=False,
                         error="Fill in all three parts of the I-statement, each as a short phrase, to check it.")
        data = {**data, "text": builder.sentence()}
        response = _page(request, form_data=data, analyse=True)
        if request.htmx:  # the composed sentence replaces the draft in the text box as well
            context = reading.live_context(text=data["text"], coach_id=request.POST.get("coach_id", "coach"))
            response.content += render(request, f"{PAGE}#text", {**context, "oob": True}).content
        return response
    return _page(request, form_data=data, analyse=True)


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def drafts(request):
    """The person's drafts; POST saves a new one."""
    key = session.data_key(request)
    if request.method == "POST":
        data = _form_data(request)
        try:
            draft = services.draft_create(
                user=request.user, body=data["text"], reply_to=data["reply_to"], purpose=data["purpose"],
                key=key, now=timezone.now(),
            )
        except InvalidInputError as error:
            return _page(request, form_data=data, analyse=False, error=str(error))
        return _saved(request, draft.pk)
    return render(request, "coach/drafts.html", {"drafts": selectors.draft_list(user=request.user, key=key)})


def _saved(request, draft_id):
    messages.success(request, "Draft saved. Only you can see it.")
    if request.htmx:
        return HttpResponseClientRedirect(reverse("coach:draft", args=[draft_id]))
    return redirect("coach:draft", draft_id=draft_id)


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def draft(request, draft_id):
    """One own draft, opened and analysed again; POST saves changes to it."""
    key = session.data_key(request)
    found = selectors.draft_get(user=request.user, draft_id=draft_id, key=key)
    if request.method == "GET":
        return _page(request, form_data={"text": found.body, "reply_to": found.reply_to, "purpose": found.purpose},
                     analyse=True, draft=found)
    data = _form_data(request)
    try:
        services.draft_update(user=request.user, draft_id=draft_id, body=data["text"], reply_to=data["reply_to"],
                              purpose=data["purpose"], key=key, now=timezone.now())
    except InvalidInputError as error:
        return _page(request, form_data=data, analyse=False, draft=found, error=str(error))
    return _saved(request, draft_id)


@login_required
@require_POST
def draft_delete(request, draft_id):
    services.draft_delete(user=request.user, draft_id=draft_id)
    messages.success(request, "Draft deleted.")
    return redirect("coach:drafts")
