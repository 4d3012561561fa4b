"""Journal pages: list, write, read, edit, share or unshare, delete."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from nearer.core.errors import ConflictError, InvalidInputError
from nearer.journal import selectors, services
from nearer.couples import selectors as couple_selectors
from nearer.journal.forms import EntryForm, WinForm
from nearer.privacy import session
from nearer.privacy.session import requires_unlocked
from nearer.program import standing


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def index(request):
    key = session.data_key(request)
    form = EntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.entry_create(user=request.user, key=key, now=timezone.now(), **form.cleaned_data)
        except InvalidInputError as error:
            form.add_error("body", str(error))
        else:
            messages.success(request, "Saved privately.")
            return redirect("journal:index")
    page = selectors.entry_page(
        user=request.user, key=key, older=request.GET.get("older"), newer=request.GET.get("newer"),
    )
    status = 400 if form.errors or page.problem else 200
    return render(request, "journal/index.html", {"form": form, "page": page}, status=status)


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def wins(request):
    key = session.data_key(request)
    form = WinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.win_create(user=request.user, key=key, now=timezone.now(), **form.cleaned_data)
        except (InvalidInputError, ConflictError) as error:
            form.add_error("body", str(error))
        else:
            messages.success(request, "Added to the wins you share.")
            return redirect("journal:wins")
    context = {"form": form, "entries": selectors.win_list(user=request.user),
               "couple": couple_selectors.couple_status(user=request.user, key=key),
               "safety_concern": standing.safety_concern(user=request.user, key=key),
               "partner_tools_note": standing.partner_tools_note()}
    return render(request, "journal/wins.html", context, status=400 if form.errors else 200)


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def detail(request, entry_id):
    key = session.data_key(request)
    entry = selectors.entry_get(user=request.user, entry_id=entry_id, key=key)
    form = EntryForm(request.POST or None, initial={"body": entry.body})
    if request.method == "POST" and entry.mine and form.is_valid():
        services.entry_update(user=request.user, entry_id=entry_id, key=key, now=timezone.now(), **form.cleaned_data)
        messages.success(request, "Saved.")
        return redirect("journal:detail", entry_id=entry_id)
    if request.method == "POST" and not entry.mine:
        raise Http404
    status = 400 if form.errors else 200
    concern = entry.mine and standing.safety_concern(user=request.user, key=key)
    return render(request, "journal/detail.html", {"entry": entry, "form": form, "safety_concern": concern},
                  status=status)


@login_required
@requires_unlocked
@require_POST
def visibility(request, entry_id):
    try:
        services.entry_set_visibility(
            user=request.user, entry_id=entry_id, visibility=request.POST.get("visibility", ""),
            key=session.data_key(request), now=timezone.now(),
        )
    except (InvalidInputError, ConflictError) as error:
        messages.error(request, str(error))
    return redirect("journal:detail", entry_id=entry_id)


@login_required
@require_POST
def delete(request, entry_id):
    services.entry_delete(user=request.user, entry_id=entry_id)
    messages.success(request, "Deleted.")
    return redirect("journal:index")
