from django import template

from nearer.couples.models import Invitation
from nearer.couples.selectors import CoupleState, couple_status
from nearer.privacy import session

register = template.Library()


@register.inclusion_tag("couples/_joiner_note.html", takes_context=True)
def joiner_note(context, where: str):
    """For a person who joined their partner's space: how the program, written for the one who
    noticed the distance, reads from their side. Nothing for anyone else."""
    request = context["request"]
    status = couple_status(user=request.user, key=session.key_or_none(request))
    return {"status": status, "joined": status.state == CoupleState.JOINED_THEIRS, "where": where}


@register.filter
def status_at(invitation: Invitation, now):
    """The invitation's status (a choice with .label) at the given moment."""
    return Invitation.Status(invitation.status_at(now))
