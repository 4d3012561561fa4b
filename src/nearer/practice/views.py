"""Log pages: the quick log with the person's recent entries, one entry (read, edit), share, delete."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from nearer.core.errors import ConflictError, InvalidInputError
from nearer.core.practice_log import KINDS
from nearer.practice import selectors, services, tuneups
from nearer.practice.forms import LogForm
from nearer.privacy import session
from nearer.privacy.session import requires_unlocked
from nearer.program import standing



def closeness_circles() -> list[dict]:
    """The seven closeness options drawn as two circles (r=12) that overlap more at each step, from
    just touching (1) to one circle (7): the x of each centre in a 56-wide picture."""
    return [{"value": n, "left": 28 - (24 - 4 * (n - 1)) / 2, "right": 28 + (24 - 4 * (n - 1)) / 2} for n in range(1, 8)]


def _save(request, form, *, entry_id=None) -> bool:
    """Create (or, with entry_id, change) an entry from a valid form; put the service's refusal on the form."""
    now = timezone.now()
    args = {"user": request.user, "fields": form.log_fields(now=now), "note": form.cleaned_data["note"],
            "key": session.data_key(request), "now": now}
    try:
        services.log_update(entry_id=entry_id, **args) if entry_id else services.log_create(**args)
    except InvalidInputError as error:
        form.add_error(None, str(error))
        return False
    return True


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def log_index(request):
    form = LogForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _save(request, form):
        messages.success(request, "Logged, privately.")
        return redirect("practice:log")
    now = timezone.now()
    context = {
        "form": form, "failed_kind": request.POST.get("kind", "") if form.errors else "",
        "failed_note": request.POST.get("note", ""), "kinds": KINDS,
        "circles": closeness_circles(), "week": tuneups.current_week(user=request.user, now=now),
        "entries": selectors.log_list(user=request.user, key=session.data_key(request)),
    }
    return render(request, "practice/log.html", context, status=400 if form.errors else 200)


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def log_detail(request, entry_id):
    key = session.data_key(request)
    entry = selectors.log_get(user=request.user, entry_id=entry_id, key=key)
    if request.method == "POST" and not entry.mine:
        raise Http404
    initial = {name: getattr(entry, name) for name in ("kind", "initiator", "topic", "response", "defensiveness",
                                                       "repaired_at", "safety", "closeness", "occurred_at", "note")}
    form = LogForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid() and _save(request, form, entry_id=entry_id):
        messages.success(request, "Saved.")
        return redirect("practice:log_detail", entry_id=entry_id)
    concern = entry.mine and standing.safety_concern(user=request.user, key=key)
    context = {"entry": entry, "form": form, "safety_concern": concern, "circles": closeness_circles()}
    return render(request, "practice/log_detail.html", context, status=400 if form.errors else 200)


@login_required
@requires_unlocked
@require_POST
def log_visibility(request, entry_id):
    try:
        services.log_set_visibility(user=request.user, entry_id=entry_id, visibility=request.POST.get("visibility", ""),
                                    key=session.data_key(request), now=timezone.now())
    except (InvalidInputError, ConflictError) as error:
        messages.error(request, str(error))
    return redirect("practice:log_detail", entry_id=entry_id)


@login_required
@require_POST
def log_delete(request, entry_id):
    services.log_delete(user=request.user, entry_id=entry_id)
    messages.success(request, "Deleted.")
    return redirect("practice:log")
