"""The program pages: safety screen, check, plan, steps, worksheet, talks and their debriefs, resources."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from nearer.core.errors import ConflictError, InvalidInputError
from nearer.core.program import resources_for
from nearer.core.reminders import calendar_bytes
from nearer.pages.navigation import safe_next
from nearer.privacy import session
from nearer.privacy.session import requires_unlocked
from nearer.program import ics, selectors, services
from nearer.program.forms import CheckForm, DebriefForm, ReflectionForm, SafetyForm, StepDoneForm, TalkForm


def private_page(methods):
    """Logged in, private space unlocked, only these methods (NotFoundMiddleware gives the one 404)."""
    def decorate(view):
        return login_required(requires_unlocked(require_http_methods(methods)(view)))
    return decorate


def _state(request):
    return selectors.program_state(user=request.user, key=session.data_key(request), now=timezone.now())


def _attempt(form, service, **kwargs) -> int | None:
    """Call the service; on a refusal put its message on the form and return the status to answer with."""
    try:
        service(**kwargs)
    except InvalidInputError as error:
        form.add_error(None, str(error))
        return 400
    except ConflictError as error:
        form.add_error(None, str(error))
        return 409
    return None


def _render(request, template, context, form):
    status = context.pop("status", None) or (400 if form.errors else 200)
    return render(request, template, {"form": form, **context}, status=status)


@private_page(["GET"])
def index(request):
    state = _state(request)
    if not state.screen_done:
        return redirect("program:safety")
    if not state.check_done and not state.concern:
        return redirect("program:check")
    resources = resources_for(state.program, state.region) if state.concern else None
    return render(request, "program/plan.html", {"state": state, "resources": resources})


def _back_to(request) -> str:
    """Where the screen sends the person after saving: the page they were going to (a path on this
    site, as the screen-first gate gave it), else their plan."""
    target = safe_next(request, default="program:index")
    return target if target.startswith("/") and not target.startswith("//") else reverse("program:index")


@private_page(["GET", "POST"])
def safety(request):
    state = _state(request)
    initial = SafetyForm.initial_from(state.safety_answers, state.region)
    form = SafetyForm(request.POST if request.method == "POST" else None, program=state.program, initial=initial)
    status = None
    if request.method == "POST" and form.is_valid():
        status = _attempt(form, services.safety_screen_save, user=request.user, answers=form.answers(),
                          region=form.cleaned_data["region"], key=session.data_key(request), now=timezone.now())
        if status is None:
            return redirect(_back_to(request))
    context = {"program": state.program, "confirm": state.assessment.safety.confirm_questions, "status": status}
    return _render(request, "program/safety.html", context, form)


@private_page(["GET", "POST"])
def check(request):
    state = _state(request)
    if not state.screen_done:
        return redirect("program:safety")
    initial = CheckForm.initial_from(state.check_answers, state.free_text)
    form = CheckForm(request.POST if request.method == "POST" else None, program=state.program, initial=initial)
    status = None
    if request.method == "POST" and form.is_valid():
        status = _attempt(form, services.check_save, user=request.user, answers=form.answers(),
                          free_text=form.cleaned_data["free_text"], key=session.data_key(request), now=timezone.now())
        if status is None:
            messages.success(request, "Your check is saved privately. Here is your plan.")
            return redirect("program:index")
    return _render(request, "program/check.html", {"program": state.program, "status": status}, form)


def _step_page(request, state, step_id, form=None, status=None, error=None):
    spec, step = state.step(step_id)
    actions = selectors.step_actions(state, spec)
    form = form or StepDoneForm(actions=actions)
    context = {"state": state, "spec": spec, "step": step, "actions": actions, "status": status, "error": error,
               "escalation": state.program.escalation}
    return _render(request, "program/step.html", context, form)


@private_page(["GET"])
def step(request, step_id):
    state = _state(request)
    if not state.screen_done:
        return redirect("program:safety")
    return _step_page(request, state, step_id)


@private_page(["POST"])
def step_done(request, step_id):
    state = _state(request)
    spec, _ = state.step(step_id)
    form = StepDoneForm(request.POST, actions=selectors.step_actions(state, spec))
    status = 400
    if form.is_valid():
        status = _attempt(form, services.step_mark, user=request.user, step_id=step_id,
                          done=form.cleaned_data["done"], key=session.data_key(request), now=timezone.now())
        if status is None:
            messages.success(request, "Saved. Your plan is up to date.")
            return redirect("program:step", step_id=step_id)
    return _step_page(request, state, step_id, form=form, status=status)


@private_page(["GET", "POST"])
def reflection(request):
    state = _state(request)
    form = ReflectionForm(request.POST if request.method == "POST" else None, initial=state.worksheet)
    status = None
    if request.method == "POST" and form.is_valid():
        status = _attempt(form, services.reflection_save, user=request.user, key=session.data_key(request),
                          now=timezone.now(), **form.cleaned_data)
        if status is None:
            messages.success(request, "Your worksheet is saved privately.")
            return redirect("program:step", step_id="prepare")
    return _render(request, "program/reflection.html", {"state": state, "status": status}, form)


@private_page(["GET", "POST"])
def talks(request):
    state = _state(request)
    form = TalkForm(request.POST if request.method == "POST" else None, time_zone=request.user.time_zone)
    status = None
    if request.method == "POST" and form.is_valid():
        status = _attempt(form, services.talk_schedule, user=request.user, title=form.cleaned_data["title"],
                          starts_at=form.starts_at(), key=session.data_key(request), now=timezone.now())
        if status is None:
            messages.success(request, "Your talk is on the calendar. Download it for your calendar below.")
            return redirect("program:talks")
    return _render(request, "program/talks.html", {"state": state, "status": status}, form)


@private_page(["GET", "POST"])
def talk(request, talk_id):
    key, now = session.data_key(request), timezone.now()
    found = selectors.talk_get(user=request.user, talk_id=talk_id, key=key, now=now)
    zone = request.user.time_zone
    form = DebriefForm(request.POST if request.method == "POST" else None, time_zone=zone, initial=DebriefForm.initial_from(found.debrief, zone))
    status = None
    if request.method == "POST" and form.is_valid():
        status = _attempt(form, services.talk_debrief, user=request.user, talk_id=talk_id, key=key, now=now,
                          **form.values())
        if status is None:
            messages.success(request, "Your debrief is saved privately.")
            return redirect("program:talk", talk_id=talk_id)
    return _render(request, "program/talk.html", {"talk": found, "state": _state(request), "status": status}, form)


@login_required
@require_POST
def talk_delete(request, talk_id):
    services.talk_delete(user=request.user, talk_id=talk_id)
    messages.success(request, "Talk deleted.")
    return redirect("program:talks")


@private_page(["GET"])
def talk_ics(request, talk_id):
    found = selectors.talk_get(user=request.user, talk_id=talk_id, key=session.data_key(request), now=timezone.now())
    minutes = int((found.ends_at - found.starts_at).total_seconds() // 60)
    event = ics.talk_event(talk_id=found.id, title=found.title, starts_at=found.starts_at, minutes=minutes,
                           time_zone=request.user.time_zone)
    body = calendar_bytes([event], now=timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="nearer-talk.ics"'
    return response


@require_safe
def resources(request):
    """The old address of the help page (help needs no account now)."""
    query = request.GET.urlencode()
    return redirect(reverse("pages:help") + (f"?{query}" if query else ""))
