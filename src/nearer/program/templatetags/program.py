"""{% program_next %}: the person's next step in the program, for the home page."""

from django import template
from django.utils import timezone

from nearer.privacy import session
from nearer.program import selectors

register = template.Library()


@register.inclusion_tag("program/_next.html", takes_context=True)
def program_next(context):
    """The next best action when the private space is open; otherwise only the way in."""
    request = context["request"]
    key = session.key_or_none(request)
    state = selectors.program_state(user=request.user, key=key, now=timezone.now()) if key else None
    return {"state": state}
