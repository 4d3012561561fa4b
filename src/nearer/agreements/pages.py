"""Small helpers the agreement pages share: what a form starts with, and whether proposing is offered."""

from datetime import datetime, time

from nearer.agreements.selectors import AgreementView
from nearer.core.errors import NotFoundError
from nearer.core.practice import KINDS, catalogue_item
from nearer.core.program import load_program
from nearer.couples.selectors import membership_active, partner_membership
from nearer.program import standing
from nearer.program.selectors import local_today


def can_propose(user, key) -> bool:
    """True when the person has a partner to propose to and no safety concern stands."""
    membership = membership_active(user=user)
    if membership is None or partner_membership(membership=membership) is None:
        return False
    return not standing.safety_concern(user=user, key=key)


def form_initial(request, now: datetime) -> dict:
    """A new agreement's form: from a catalogue moment (?from=id) or a kind (?kind=id)."""
    kind = KINDS.get(request.GET.get("kind", ""), KINDS["micro_connection"])
    initial = {"kind": kind.id, "frequency": kind.default_frequency, "duration_minutes": kind.default_minutes,
               "at": time(20, 0), "starts_on": local_today(request.user, now)}
    picked = request.GET.get("from", "")
    if picked:
        try:
            item = catalogue_item(load_program().micro_connections, picked)
        except NotFoundError:
            return initial
        initial |= {"kind": "micro_connection", "frequency": "daily", "title": item.text,
                    "duration_minutes": item.minutes, "catalogue_id": item.id}
    return initial


def edit_initial(view: AgreementView) -> dict:
    schedule = view.schedule
    return {
        "kind": view.kind, "title": view.title, "phrase": view.details.get("phrase", ""),
        "crunch_ends_on": view.details.get("crunch_ends_on", ""), "frequency": schedule.frequency,
        "weekdays": list(schedule.weekdays), "at": schedule.at, "duration_minutes": schedule.duration_minutes,
        "starts_on": schedule.starts_on, "ends_on": schedule.ends_on, "note": view.details.get("note", ""),
        "catalogue_id": view.details.get("catalogue_id", ""),
    }


def version_of(request) -> int:
    """The version the person's page showed (0 when missing or unreadable: always stale)."""
    try:
        return max(0, int(request.POST.get("version", "0")))
    except ValueError:
        return 0
