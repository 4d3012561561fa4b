"""The Today page and its one-tap actions: marks (htmx, or a plain POST and redirect), a pause, the
parking lot."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from nearer.agreements import marks, parking, pauses
from nearer.agreements.forms import ParkingForm
from nearer.agreements.today import due_item, today_view
from nearer.core.errors import ConflictError, InvalidInputError
from nearer.pages.navigation import safe_next
from nearer.privacy import session
from nearer.privacy.session import requires_unlocked


@login_required
@requires_unlocked
@require_GET
def today(request):
    view = today_view(user=request.user, key=session.data_key(request), now=timezone.now())
    return render(request, "agreements/today.html", {"today": view, "parking_form": ParkingForm()})


@login_required
@requires_unlocked
@require_POST
def mark(request, agreement_id):
    now, problem = timezone.now(), ""
    try:
        marks.mark_set(user=request.user, agreement_id=agreement_id, on=request.POST.get("on", ""),
                       status=request.POST.get("status", ""), now=now)
    except (InvalidInputError, ConflictError) as error:
        problem = str(error)
    if request.htmx and not problem:
        on = date.fromisoformat(request.POST["on"])
        item = due_item(user=request.user, key=session.data_key(request), agreement_id=agreement_id, on=on)
        return render(request, "agreements/today.html#due_item", {"item": item})
    if problem:
        messages.error(request, problem)
    return redirect(safe_next(request, default="agreements:today"))


@login_required
@require_POST
def pause_start(request, agreement_id):
    try:
        pauses.pause_start(user=request.user, agreement_id=agreement_id, now=timezone.now())
    except (InvalidInputError, ConflictError) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Pause started. Take the time; come back at the time shown.")
    return redirect(safe_next(request, default="agreements:today"))


@login_required
@require_POST
def pause_end(request, agreement_id):
    try:
        pauses.pause_end(user=request.user, agreement_id=agreement_id, now=timezone.now())
    except ConflictError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Welcome back. The pause is over.")
    return redirect(safe_next(request, default="agreements:today"))


@login_required
@requires_unlocked
@require_http_methods(["GET", "POST"])
def parking_lot(request):
    key = session.data_key(request)
    form = ParkingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            parking.parking_add(user=request.user, topic=form.cleaned_data["topic"], key=key, now=timezone.now())
        except InvalidInputError as error:
            form.add_error("topic", str(error))
        else:
            messages.success(request, "Parked. It waits here until the agreed time.")
            return redirect(safe_next(request, default="agreements:parking"))
    waiting, talked = parking.parking_list(user=request.user, key=key)
    return render(request, "agreements/parking.html", {"form": form, "waiting": waiting, "talked": talked},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def parking_talked(request, topic_id):
    parking.parking_talked(user=request.user, topic_id=topic_id, now=timezone.now())
    messages.success(request, "Marked as talked through.")
    return redirect(safe_next(request, default="agreements:parking"))


@login_required
@require_POST
def parking_delete(request, topic_id):
    parking.parking_remove(user=request.user, topic_id=topic_id)
    messages.success(request, "Removed.")
    return redirect(safe_next(request, default="agreements:parking"))
