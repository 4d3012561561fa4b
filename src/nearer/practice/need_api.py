"""/api/v1/needs: the person's needs (and the ones their partner shared), scoped like the pages."""

from django.utils import timezone
from ninja import Field, Router, Schema, Status

from nearer.practice import selectors, services
from nearer.practice.api import ERRORS
from nearer.privacy import session

router = Router(tags=["practice"])


class NeedIn(Schema):
    need: str = Field(description="The need, in a few words.")
    action: str = Field(description="What someone could see being done.")
    who: str = Field(description="Who does it: me, partner or both.")
    how_often: str = Field(description="How often, e.g. three evenings a week.")


class NeedOut(Schema):
    id: str
    need: str
    action: str
    who: str
    how_often: str
    active: bool
    mine: bool
    shared: bool


@router.get("/needs", response={200: list[NeedOut], **ERRORS}, url_name="needs")
def need_list(request):
    """Your needs and the ones your partner shared with you."""
    return selectors.need_list(user=request.user, key=session.data_key(request))


@router.post("/needs", response={201: NeedOut, **ERRORS}, url_name="needs")
def need_create(request, payload: NeedIn):
    """Name a need (at most three in focus: 409 beyond)."""
    key = session.data_key(request)
    need = services.need_create(user=request.user, key=key, now=timezone.now(), **payload.dict())
    return Status(201, selectors.need_get(user=request.user, need_id=need.pk, key=key))


@router.get("/needs/{need_id}", response={200: NeedOut, **ERRORS}, url_name="need")
def need_get(request, need_id: str):
    """One need you may read."""
    return selectors.need_get(user=request.user, need_id=need_id, key=session.data_key(request))


@router.put("/needs/{need_id}", response={200: NeedOut, **ERRORS}, url_name="need")
def need_update(request, need_id: str, payload: NeedIn):
    """Rewrite one of your needs."""
    key = session.data_key(request)
    services.need_update(user=request.user, need_id=need_id, key=key, now=timezone.now(), **payload.dict())
    return selectors.need_get(user=request.user, need_id=need_id, key=key)


@router.delete("/needs/{need_id}", response={204: None, **ERRORS}, url_name="need")
def need_delete(request, need_id: str):
    """Delete one of your needs."""
    services.need_delete(user=request.user, need_id=need_id)
    return Status(204, None)


def _visibility(request, need_id: str, visibility: str):
    key = session.data_key(request)
    services.need_set_visibility(user=request.user, need_id=need_id, visibility=visibility, key=key, now=timezone.now())
    return selectors.need_get(user=request.user, need_id=need_id, key=key)


@router.post("/needs/{need_id}/share", response={200: NeedOut, **ERRORS}, url_name="need_share")
def need_share(request, need_id: str):
    """Share one of your needs with your partner."""
    return _visibility(request, need_id, "shared")


@router.post("/needs/{need_id}/unshare", response={200: NeedOut, **ERRORS}, url_name="need_unshare")
def need_unshare(request, need_id: str):
    """Make one of your needs private again."""
    return _visibility(request, need_id, "private")


@router.post("/needs/{need_id}/set-aside", response={200: NeedOut, **ERRORS}, url_name="need_set_aside")
def need_set_aside(request, need_id: str):
    """Set one of your needs aside (kept, no longer in focus)."""
    services.need_set_active(user=request.user, need_id=need_id, active=False, now=timezone.now())
    return selectors.need_get(user=request.user, need_id=need_id, key=session.data_key(request))


@router.post("/needs/{need_id}/focus", response={200: NeedOut, **ERRORS}, url_name="need_focus")
def need_focus(request, need_id: str):
    """Bring one of your needs back into focus (409 when three are in focus already)."""
    services.need_set_active(user=request.user, need_id=need_id, active=True, now=timezone.now())
    return selectors.need_get(user=request.user, need_id=need_id, key=session.data_key(request))
