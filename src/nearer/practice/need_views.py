"""Needs pages: name up to three needs in focus, each with an action; edit, set aside, share, delete."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from nearer.core.errors import ConflictError, InvalidInputError
from nearer.practice import selectors, services
from nearer.practice.forms import NeedForm
from nearer.privacy import session
from nearer.privacy.session import requires_unlocked
from nearer.program import standing


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def needs(request):
    key = session.data_key(request)
    form = NeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.need_create(user=request.user, key=key, now=timezone.now(), **form.cleaned_data)
        except (InvalidInputError, ConflictError) as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Saved privately.")
            return redirect("practice:needs")
    listed = selectors.need_list(user=request.user, key=key)
    context = {"form": form, "needs": listed, "active_max": services.ACTIVE_NEEDS_MAX,
               "active_count": sum(1 for n in listed if n.mine and n.active)}
    return render(request, "practice/needs.html", context, status=400 if form.errors else 200)


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def need_detail(request, need_id):
    key = session.data_key(request)
    need = selectors.need_get(user=request.user, need_id=need_id, key=key)
    if request.method == "POST" and not need.mine:
        raise Http404
    initial = {"need": need.need, "action": need.action, "who": need.who, "how_often": need.how_often}
    form = NeedForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.need_update(user=request.user, need_id=need_id, key=key, now=timezone.now(), **form.cleaned_data)
        except InvalidInputError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Saved.")
            return redirect("practice:need_detail", need_id=need_id)
    concern = need.mine and standing.safety_concern(user=request.user, key=key)
    context = {"need": need, "form": form, "safety_concern": concern}
    return render(request, "practice/need_detail.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def need_active(request, need_id):
    try:
        services.need_set_active(user=request.user, need_id=need_id, active=request.POST.get("active") == "yes",
                                 now=timezone.now())
    except ConflictError as error:
        messages.error(request, str(error))
    return redirect("practice:need_detail", need_id=need_id)


@login_required
@requires_unlocked
@require_POST
def need_visibility(request, need_id):
    try:
        services.need_set_visibility(user=request.user, need_id=need_id, visibility=request.POST.get("visibility", ""),
                                     key=session.data_key(request), now=timezone.now())
    except (InvalidInputError, ConflictError) as error:
        messages.error(request, str(error))
    return redirect("practice:need_detail", need_id=need_id)


@login_required
@require_POST
def need_delete(request, need_id):
    services.need_delete(user=request.user, need_id=need_id)
    messages.success(request, "Deleted.")
    return redirect("practice:needs")
