from django import template

from nearer.couples.models import Invitation

register = template.Library()


@register.filter
def status_at(invitation: Invitation, now):
    """The invitation's status (a choice with .label) at the given moment."""
    return Invitation.Status(invitation.status_at(now))
