"""/api/v1 agreements, marks, the parking lot and Today: the same services and scope as the pages."""

from datetime import date, time

from django.utils import timezone
from ninja import Field, Router, Schema, Status

from nearer.agreements import marks, parking, selectors, services
from nearer.agreements.inputs import AgreementInput
from nearer.agreements.serialize import agreement_dict, today_dict
from nearer.agreements.today import today_view
from nearer.config.api_schemas import LOGIN_ERRORS, ErrorOut
from nearer.privacy import session

router = Router(tags=["agreements"])
ERRORS = {400: ErrorOut, 409: ErrorOut, 423: ErrorOut, **LOGIN_ERRORS}


class AgreementIn(Schema):
    kind: str = Field(description="micro_connection, weekly_tune_up, work_talk_boundary, pause_signal, space, "
                      "practical_support, daily_appreciation, affection, reentry_date or shared_activity.")
    title: str
    frequency: str = Field(description="daily, weekdays, weekly, once or as_needed.")
    at: time = Field(description="Local time of day in the person's time zone (HH:MM).")
    duration_minutes: int
    starts_on: date
    weekdays: list[int] = Field(default_factory=list, description="0 = Monday ... 6 = Sunday (frequency weekdays).")
    ends_on: date | None = None
    phrase: str = ""
    crunch_ends_on: date | None = None
    catalogue_id: str = ""
    note: str = ""

    def to_input(self) -> AgreementInput:
        data = self.dict(exclude={"propose", "version"})
        data["weekdays"] = tuple(data["weekdays"])
        data["crunch_ends_on"] = data["crunch_ends_on"].isoformat() if data["crunch_ends_on"] else ""
        return AgreementInput(**data)


class AgreementCreateIn(AgreementIn):
    propose: bool = Field(False, description="Propose it to the partner instead of keeping it for yourself.")


class AgreementChangeIn(AgreementIn):
    version: int = Field(description="The version you last read; a stale one answers 409.")


class AnswerIn(Schema):
    answer: str = Field(description="accept or decline")
    version: int


class StatusIn(Schema):
    action: str = Field(description="pause, resume or end")
    version: int


class MarkIn(Schema):
    on: date = Field(description="The due day (local date).")
    status: str = Field(description="done, not_today or clear")


class TopicIn(Schema):
    topic: str


class AgreementOut(Schema):
    id: str
    kind: str
    title: str
    status: str
    details: dict[str, str]
    frequency: str
    weekdays: list[int]
    at: str
    duration_minutes: int
    starts_on: str
    ends_on: str | None
    schedule_text: str
    shared: bool
    mine: bool
    awaiting_me: bool
    awaiting_partner: bool
    version: int


def _one(request, agreement_id) -> dict:
    return agreement_dict(selectors.agreement_get(user=request.user, agreement_id=agreement_id,
                                                  key=session.data_key(request)))


@router.get("/agreements", response={200: list[AgreementOut], **ERRORS})
def agreement_list(request):
    """Every agreement the person may see: their own, and those proposed within their couple."""
    return [agreement_dict(v) for v in selectors.agreement_list(user=request.user, key=session.data_key(request))]


@router.post("/agreements", response={201: AgreementOut, **ERRORS})
def agreement_create(request, payload: AgreementCreateIn):
    """Create an agreement for yourself, or propose it to your partner (`propose`)."""
    agreement = services.agreement_create(user=request.user, data=payload.to_input(), propose=payload.propose,
                                          key=session.data_key(request), now=timezone.now())
    return Status(201, _one(request, agreement.pk))


@router.get("/agreements/{agreement_id}", response={200: AgreementOut, **ERRORS})
def agreement_get(request, agreement_id: str):
    """One agreement; 404 for anyone else's."""
    return _one(request, agreement_id)


@router.put("/agreements/{agreement_id}", response={200: AgreementOut, **ERRORS})
def agreement_update(request, agreement_id: str, payload: AgreementChangeIn):
    """Change an agreement (a counter-proposal while it is proposed); 409 when `version` is stale."""
    services.agreement_update(user=request.user, agreement_id=agreement_id, version=payload.version,
                              data=payload.to_input(), key=session.data_key(request), now=timezone.now())
    return _one(request, agreement_id)


@router.post("/agreements/{agreement_id}/answer", response={200: AgreementOut, **ERRORS})
def agreement_answer(request, agreement_id: str, payload: AnswerIn):
    """Accept or decline a proposal waiting for you."""
    services.agreement_respond(user=request.user, agreement_id=agreement_id, version=payload.version,
                               answer=payload.answer, key=session.data_key(request), now=timezone.now())
    return _one(request, agreement_id)


@router.post("/agreements/{agreement_id}/status", response={200: AgreementOut, **ERRORS})
def agreement_status(request, agreement_id: str, payload: StatusIn):
    """Pause, resume or end an agreement; its history stays."""
    services.agreement_set_status(user=request.user, agreement_id=agreement_id, version=payload.version,
                                  action=payload.action, now=timezone.now())
    return _one(request, agreement_id)


class MarkOut(Schema):
    agreement_id: str
    on: date
    status: str | None


@router.post("/agreements/{agreement_id}/marks", response={200: MarkOut, **ERRORS})
def mark_set(request, agreement_id: str, payload: MarkIn):
    """Mark a due day done or not today (`clear` takes the mark back; a day's mark is replaced, never
    added up). Your marks are yours alone: nobody else ever sees them."""
    mark = marks.mark_set(user=request.user, agreement_id=agreement_id, on=payload.on, status=payload.status,
                          now=timezone.now())
    return {"agreement_id": agreement_id, "on": payload.on, "status": mark.status if mark else None}


class TopicOut(Schema):
    id: str
    topic: str
    parked_at: str
    talked_at: str | None


def _topic(view) -> dict:
    return {"id": view.id, "topic": view.topic, "parked_at": view.parked_at.isoformat(),
            "talked_at": view.talked_at.isoformat() if view.talked_at else None}


@router.get("/parking-lot", response={200: list[TopicOut], **ERRORS})
def parking_list(request):
    """Your parked work topics: waiting ones first, then a few talked through lately."""
    waiting, talked = parking.parking_list(user=request.user, key=session.data_key(request))
    return [_topic(view) for view in waiting + talked]


@router.post("/parking-lot", response={201: TopicOut, **ERRORS})
def parking_add(request, payload: TopicIn):
    """Park a work topic until the agreed time."""
    item = parking.parking_add(user=request.user, topic=payload.topic, key=session.data_key(request),
                               now=timezone.now())
    return Status(201, {"id": str(item.pk), "topic": payload.topic.strip(), "parked_at": item.created_at.isoformat(),
                 "talked_at": None})


class DoneOut(Schema):
    detail: str


@router.post("/parking-lot/{topic_id}/talked", response={200: DoneOut, **ERRORS})
def parking_talked(request, topic_id: str):
    """Mark one of your parked topics as talked through; 404 for anyone else's."""
    parking.parking_talked(user=request.user, topic_id=topic_id, now=timezone.now())
    return {"detail": "Marked as talked through."}


@router.post("/parking-lot/{topic_id}/remove", response={200: DoneOut, **ERRORS})
def parking_remove(request, topic_id: str):
    """Remove one of your parked topics; 404 for anyone else's."""
    parking.parking_remove(user=request.user, topic_id=topic_id)
    return {"detail": "Removed."}


@router.get("/today", response={200: dict, **ERRORS})
def today(request):
    """What is due today and this week with your own marks, the next talk and tune-up, a running
    pause and the parking lot: the same as the Today page and `nearer today --json`."""
    return today_dict(today_view(user=request.user, key=session.data_key(request), now=timezone.now()))
