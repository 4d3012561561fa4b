"""Account endpoints: who am I, and is the service up."""

from django.db import connection
from ninja import Router, Schema

from nearer.config.api_schemas import LOGIN_ERRORS, PUBLIC_ERRORS
from nearer.pages.services import home_state

router = Router(tags=["account"])


class HealthOut(Schema):
    status: str


class MeOut(Schema):
    display_name: str
    time_zone: str
    has_couple_space: bool
    partner_joined: bool


@router.get("/health", auth=None, response={200: HealthOut, **PUBLIC_ERRORS})
def health(request):
    """Answers ok when the app and its database respond."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"status": "ok"}


@router.get("/me", response={200: MeOut, **LOGIN_ERRORS})
def me(request):
    """The signed-in person's profile and whether they have a couple space."""
    state = home_state(user=request.user)
    return {
        "display_name": request.user.display_name,
        "time_zone": request.user.time_zone,
        "has_couple_space": state.has_space,
        "partner_joined": state.partner_joined,
    }
