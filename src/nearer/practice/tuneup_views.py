"""Tune-up pages: this week's (or a past week's) two questions, and the weeks answered before."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from nearer.core.errors import ConflictError, InvalidInputError, NotFoundError
from nearer.core.practice_log import Week
from nearer.practice import selectors, tuneups
from nearer.practice.forms import TuneUpForm
from nearer.privacy import session
from nearer.privacy.session import requires_unlocked
from nearer.program import standing


def _week(request, label: str | None) -> Week:
    if label is None:
        return tuneups.current_week(user=request.user, now=timezone.now())
    try:
        week = Week.parse(label)
    except InvalidInputError:
        raise NotFoundError("Not found.") from None
    if week > tuneups.current_week(user=request.user, now=timezone.now()):
        raise NotFoundError("Not found.")
    return week


def _page(request, label):
    key, now = session.data_key(request), timezone.now()
    week = _week(request, label)
    state = tuneups.tuneup_get(user=request.user, week=week, key=key, now=now)
    initial = {"first": state.mine.first, "second": state.mine.second, "share": state.shared} if state.mine else {}
    can_share = state.in_couple and not standing.safety_concern(user=request.user, key=key)
    form = TuneUpForm(request.POST or None, initial=initial, questions=state.questions, in_couple=can_share)
    if request.method == "POST" and form.is_valid():
        try:
            tuneups.tuneup_answer(user=request.user, week=week, key=key, now=now, first=form.cleaned_data["first"],
                                  second=form.cleaned_data["second"], share=form.cleaned_data.get("share", False))
        except (InvalidInputError, ConflictError) as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Saved.")
            return redirect(request.path)
    needs = [need for need in selectors.need_list(user=request.user, key=key) if need.mine and need.active]
    context = {"state": state, "form": form, "needs": needs, "minutes": tuneups.minutes()}
    return render(request, "practice/tuneup.html", context, status=400 if form.errors else 200)


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def tuneup(request):
    return _page(request, None)


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def tuneup_week(request, week):
    return _page(request, week)


@login_required
@requires_unlocked
def tuneup_history(request):
    weeks = tuneups.tuneup_history(user=request.user, key=session.data_key(request), now=timezone.now())
    return render(request, "practice/tuneup_history.html", {"weeks": weeks})


@login_required
@require_POST
def tuneup_delete(request, week):
    tuneups.tuneup_delete(user=request.user, week=_week(request, week))
    messages.success(request, "Your answers for that week were deleted.")
    return redirect("practice:tuneup_history")
