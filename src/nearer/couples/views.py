"""The couple space page, invitations, joining and leaving. Views parse, call one service, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from nearer.core.errors import ConflictError, InvalidInputError, NotFoundError
from nearer.couples import selectors, services
from nearer.couples.forms import PartnerLabelForm
from nearer.privacy import session
from nearer.privacy.session import requires_unlocked
from nearer.program import standing


def _space_context(request, **extra):
    membership = selectors.membership_active(user=request.user)
    partner = selectors.partner_membership(membership=membership) if membership else None
    key = session.data_key(request)
    return {
        "safety_concern": standing.safety_concern(user=request.user, key=key),
        "partner_tools_note": standing.partner_tools_note(),
        "membership": membership,
        "partner_label": selectors.partner_label(membership=membership, key=key)
        if membership else "",
        "status": selectors.couple_status(user=request.user, key=key),
        "partner": partner,
        "invitations": selectors.invitation_list(user=request.user),
        "now": timezone.now(),
        **extra,
    }


@login_required
@require_safe
@requires_unlocked
def space(request):
    return render(request, "couples/space.html", _space_context(request, form=PartnerLabelForm()))


@login_required
@require_POST
@requires_unlocked
def create(request):
    form = PartnerLabelForm(request.POST)
    if form.is_valid():
        try:
            services.couple_create(
                user=request.user, now=timezone.now(), key=session.data_key(request), **form.cleaned_data
            )
        except (ConflictError, InvalidInputError) as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Your couple space is ready. It works fully on your own.")
            return redirect("couples:space")
    return render(request, "couples/space.html", _space_context(request, form=form), status=400)


@login_required
@require_POST
@requires_unlocked
def invite(request):
    try:
        invitation, token = services.invitation_create(user=request.user, now=timezone.now(),
                                                       key=session.data_key(request))
    except ConflictError as error:
        messages.error(request, str(error))
        return redirect("couples:space")
    link = request.build_absolute_uri(reverse("couples:join", args=[token]))
    return render(request, "couples/invitation_created.html", {"invitation": invitation, "link": link})


@login_required
@require_POST
def revoke(request, invitation_uid):
    try:
        services.invitation_revoke(user=request.user, invitation_uid=invitation_uid, now=timezone.now())
    except ConflictError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "The invitation link no longer works.")
    return redirect("couples:space")


@login_required
@require_http_methods(["GET", "POST"])
def leave(request):
    if selectors.membership_active(user=request.user) is None:
        raise Http404
    if request.method == "POST":
        services.membership_leave(user=request.user, now=timezone.now())
        messages.success(request, "You have left the couple space.")
        return redirect("pages:home")
    return render(request, "couples/leave.html")


@login_required
@require_safe
def welcome(request):
    """The welcome written for the person who joined their partner's space (others go to their space)."""
    key = session.key_or_none(request)
    status = selectors.couple_status(user=request.user, key=key)
    if status.state != selectors.CoupleState.JOINED_THEIRS:
        return redirect("couples:space")
    concern = key is not None and standing.safety_concern(user=request.user, key=key)
    return render(request, "couples/welcome.html", {"status": status, "safety_concern": concern,
                                                     "partner_tools_note": standing.partner_tools_note()})


@require_http_methods(["GET", "POST"])
@requires_unlocked
def join(request, token: str):
    now = timezone.now()
    try:
        invitation = services.invitation_check(token=token, now=now)
    except (NotFoundError, ConflictError) as error:
        status = 404 if isinstance(error, NotFoundError) else 410
        return render(request, "couples/join_invalid.html", {"reason": str(error)}, status=status)
    if not request.user.is_authenticated:
        return render(request, "couples/join.html", {"invitation": invitation, "path": request.path})
    refusal = services.join_refusal(user=request.user, invitation=invitation)
    if refusal:
        status = 400 if request.method == "POST" else 200
        return render(request, "couples/join.html", {"invitation": invitation, "refusal": refusal}, status=status)
    initial = {"partner_label": invitation.created_by.display_name if invitation.created_by else ""}
    form = PartnerLabelForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.invitation_accept(
                user=request.user, token=token, now=now, key=session.data_key(request), **form.cleaned_data
            )
        except (ConflictError, InvalidInputError) as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"You joined {form.cleaned_data['partner_label']}’s couple space.")
            return redirect("couples:welcome")
    context = {"invitation": invitation, "form": form, "path": request.path,
               "safety_concern": standing.safety_concern(user=request.user, key=session.data_key(request)),
               "partner_tools_note": standing.partner_tools_note()}
    return render(request, "couples/join.html", context, status=400 if form.errors else 200)
