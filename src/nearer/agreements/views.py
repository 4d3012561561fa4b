"""Agreement pages: the list, the catalogue, writing one, reading and changing one, answering a
proposal, and pausing or ending. Each view parses, calls one service or selector, renders."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from nearer.agreements import calendar, selectors, services
from nearer.agreements.forms import AgreementForm, CatalogueFilterForm
from nearer.agreements.pages import can_propose, edit_initial, form_initial, version_of
from nearer.core.errors import ConflictError, InvalidInputError
from nearer.core.practice import catalogue_filter
from nearer.core.program import load_program
from nearer.pages.navigation import safe_next
from nearer.privacy import session
from nearer.privacy.session import requires_unlocked
from nearer.program import standing

ANSWERED = {"accept": "Agreed. It is on both your Today pages now.", "decline": "Declined. It stays in your history."}
STATUS_SAID = {"pause": "Paused.", "resume": "Back on.", "end": "Ended. It stays in your history."}


@login_required
@requires_unlocked
@require_GET
def index(request):
    views = selectors.agreement_list(user=request.user, key=session.data_key(request))
    return render(request, "agreements/index.html", {"agreements": views})


@login_required
@require_GET
def catalogue(request):
    program = load_program()
    form = CatalogueFilterForm(request.GET or None, program=program)
    items = catalogue_filter(program.micro_connections, **form.filters())
    return render(request, "agreements/catalogue.html", {"form": form, "items": items, "program": program})


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def new(request):
    key, now = session.data_key(request), timezone.now()
    form = AgreementForm(request.POST or None, initial=form_initial(request, now),
                         can_propose=can_propose(request.user, key))
    if request.method == "POST" and form.is_valid():
        try:
            agreement = services.agreement_create(user=request.user, data=form.to_input(), propose=form.proposes,
                                                  key=key, now=now)
        except (InvalidInputError, ConflictError) as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Proposed to your partner." if form.proposes else "Agreement saved.")
            return redirect("agreements:detail", agreement_id=agreement.pk)
    return render(request, "agreements/new.html", {"form": form}, status=400 if form.errors else 200)


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def detail(request, agreement_id):
    key, now = session.data_key(request), timezone.now()
    view = selectors.agreement_get(user=request.user, agreement_id=agreement_id, key=key)
    concern = standing.safety_concern(user=request.user, key=key)
    editable = not view.is_history and (not view.shared or (view.status == "proposed" and not concern))
    form = AgreementForm(request.POST or None, initial=edit_initial(view)) if editable else None
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            services.agreement_update(user=request.user, agreement_id=agreement_id, version=version_of(request),
                                      data=form.to_input(), key=key, now=now)
        except ConflictError as error:
            messages.error(request, str(error))
            return redirect("agreements:detail", agreement_id=agreement_id)
        except InvalidInputError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Sent to your partner." if view.shared else "Saved.")
            return redirect("agreements:detail", agreement_id=agreement_id)
    status = 400 if request.method == "POST" else 200
    return render(request, "agreements/detail.html", {"agreement": view, "form": form, "safety_concern": concern,
                                                      "partner_tools_note": standing.partner_tools_note()},
                  status=status)


@login_required
@requires_unlocked
@require_POST
def respond(request, agreement_id):
    answer = request.POST.get("answer", "")
    try:
        services.agreement_respond(user=request.user, agreement_id=agreement_id, version=version_of(request),
                                   answer=answer, key=session.data_key(request), now=timezone.now())
    except (InvalidInputError, ConflictError) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, ANSWERED[answer])
    return redirect("agreements:detail", agreement_id=agreement_id)


@login_required
@require_POST
def set_status(request, agreement_id):
    action = request.POST.get("action", "")
    try:
        services.agreement_set_status(user=request.user, agreement_id=agreement_id, version=version_of(request),
                                      action=action, now=timezone.now())
    except (InvalidInputError, ConflictError) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, STATUS_SAID[action])
    return redirect(safe_next(request, default="agreements:index") if action == "end" else
                    safe_next(request, default=f"/agreements/{agreement_id}/"))


@login_required
@requires_unlocked
@require_GET
def agreement_ics(request, agreement_id):
    body = calendar.agreement_calendar(user=request.user, agreement_id=agreement_id,
                                       key=session.data_key(request), now=timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="nearer-agreement.ics"'
    return response
