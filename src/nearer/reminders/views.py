"""Reminder settings (the calendar link and e-mail reminders) and the calendar feed itself."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from nearer.core.errors import NotFoundError
from nearer.core.reminders import calendar_bytes
from nearer.pages.caching import no_store
from nearer.reminders import selectors, services, sources
from nearer.reminders.forms import ReminderEmailForm


def _settings_page(request, *, form=None, status=200):
    found = selectors.reminder_settings(user=request.user)
    form = form or ReminderEmailForm(initial={"by_email": found.by_email})
    return render(request, "reminders/index.html", {"settings": found, "form": form}, status=status)


@login_required
@require_safe
def index(request):
    return _settings_page(request)


@login_required
@require_POST
def feed_create(request):
    token = services.feed_create(user=request.user, now=timezone.now())
    link = request.build_absolute_uri(reverse("reminders:feed", args=[token]))
    return render(request, "reminders/feed_created.html", {"link": link})


@login_required
@require_POST
def feed_revoke(request):
    try:
        services.feed_revoke(user=request.user)
    except NotFoundError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Your calendar link no longer works. Calendars that used it stop updating.")
    return redirect("reminders:index")


@login_required
@require_POST
def email(request):
    form = ReminderEmailForm(request.POST)
    if not form.is_valid():
        return _settings_page(request, form=form, status=400)
    choice = services.reminder_email_set(user=request.user, now=timezone.now(), **form.cleaned_data)
    messages.success(request, "E-mail reminders are on." if choice.by_email else "E-mail reminders are off.")
    return redirect("reminders:index")


@require_safe
@no_store
def feed(request, token: str):
    """The calendar a subscribed app fetches: no session, so nothing sealed can be (or is) opened."""
    try:
        owner = selectors.feed_owner(token=token)
    except NotFoundError as error:
        return HttpResponse(str(error), status=404, content_type="text/plain; charset=utf-8")
    now = timezone.now()
    body = calendar_bytes(sources.events_for(user=owner, key=None, now=now), now=now, name="Nearer")
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="nearer.ics"'
    return response
