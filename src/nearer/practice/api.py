"""/api/v1 for the practice: log entries, tune-up answers and needs, scoped exactly like the pages
(the same selectors and services; foreign ids answer 404 like missing ones)."""

from datetime import datetime

from django.utils import timezone
from ninja import Field, Router, Schema, Status

from nearer.config.api_schemas import LOGIN_ERRORS, ErrorOut
from nearer.core.errors import InvalidInputError, NotFoundError
from nearer.core.practice_log import LogFields, Week
from nearer.practice import selectors, services, tuneups
from nearer.privacy import session

router = Router(tags=["practice"])
ERRORS = {400: ErrorOut, 409: ErrorOut, 423: ErrorOut, **LOGIN_ERRORS}


class LogEntryIn(Schema):
    kind: str = Field(description="moment, appreciation, affection, bid, rough or weekly.")
    occurred_at: datetime | None = Field(None, description="When it happened (default: now).")
    initiator: str = Field("", description="moment: who started it: me, partner or both.")
    topic: str = Field("", description="moment: conversation, their_day, activity, affection or other.")
    response: str = Field("", description="bid: how you answered it: toward, away or against.")
    defensiveness: int | None = Field(None, description="rough: how defensive you felt, 1 to 5.")
    repaired_at: datetime | None = Field(None, description="rough: when it was repaired (optional).")
    safety: int | None = Field(None, description="weekly: felt safety, 1 to 7.")
    closeness: int | None = Field(None, description="weekly: felt closeness, 1 to 7.")
    note: str = Field("", description=f"Optional note (up to {services.NOTE_MAX:,} characters), sealed while private.")

    def fields(self, now: datetime) -> LogFields:
        return LogFields(kind=self.kind, occurred_at=self.occurred_at or now, initiator=self.initiator,
                         topic=self.topic, response=self.response, defensiveness=self.defensiveness,
                         repaired_at=self.repaired_at, safety=self.safety, closeness=self.closeness)


class LogEntryOut(Schema):
    id: str
    kind: str
    occurred_at: datetime
    initiator: str
    topic: str
    response: str
    defensiveness: int | None
    repaired_at: datetime | None
    safety: int | None
    closeness: int | None
    note: str
    mine: bool
    shared: bool


@router.get("/log", response={200: list[LogEntryOut], **ERRORS}, url_name="log_entries")
def log_list(request, week: str | None = None):
    """Your entries and the ones your partner shared, newest first; only `week` (e.g. 2026-W49, in your
    time zone) when given, else the latest 50."""
    return selectors.log_list(user=request.user, key=session.data_key(request), week=Week.parse(week) if week else None)


@router.post("/log", response={201: LogEntryOut, **ERRORS}, url_name="log_entries")
def log_create(request, payload: LogEntryIn):
    """Log an entry, private to you."""
    key, now = session.data_key(request), timezone.now()
    entry = services.log_create(user=request.user, fields=payload.fields(now), note=payload.note, key=key, now=now)
    return Status(201, selectors.log_get(user=request.user, entry_id=entry.pk, key=key))


@router.get("/log/{entry_id}", response={200: LogEntryOut, **ERRORS}, url_name="log_entry")
def log_get(request, entry_id: str):
    """One entry you may read."""
    return selectors.log_get(user=request.user, entry_id=entry_id, key=session.data_key(request))


@router.put("/log/{entry_id}", response={200: LogEntryOut, **ERRORS}, url_name="log_entry")
def log_update(request, entry_id: str, payload: LogEntryIn):
    """Change one of your entries (its kind stays)."""
    key, now = session.data_key(request), timezone.now()
    services.log_update(user=request.user, entry_id=entry_id, fields=payload.fields(now), note=payload.note,
                        key=key, now=now)
    return selectors.log_get(user=request.user, entry_id=entry_id, key=key)


@router.delete("/log/{entry_id}", response={204: None, **ERRORS}, url_name="log_entry")
def log_delete(request, entry_id: str):
    """Delete one of your entries."""
    services.log_delete(user=request.user, entry_id=entry_id)
    return Status(204, None)


def _visibility(request, entry_id: str, visibility: str):
    key = session.data_key(request)
    services.log_set_visibility(user=request.user, entry_id=entry_id, visibility=visibility, key=key, now=timezone.now())
    return selectors.log_get(user=request.user, entry_id=entry_id, key=key)


@router.post("/log/{entry_id}/share", response={200: LogEntryOut, **ERRORS}, url_name="log_entry_share")
def log_share(request, entry_id: str):
    """Share one of your entries with your partner."""
    return _visibility(request, entry_id, "shared")


@router.post("/log/{entry_id}/unshare", response={200: LogEntryOut, **ERRORS}, url_name="log_entry_unshare")
def log_unshare(request, entry_id: str):
    """Make one of your entries private again."""
    return _visibility(request, entry_id, "private")


class AnswersOut(Schema):
    first: str
    second: str


class TuneUpIn(Schema):
    first: str = Field(description="Your answer to the first question.")
    second: str = Field(description="Your answer to the second question.")
    share: bool = Field(False, description="Share with your partner: both shares appear once both have shared.")


class TuneUpOut(Schema):
    week: str
    questions: list[str]
    mine: AnswersOut | None
    shared: bool
    in_couple: bool
    revealed: bool = Field(description="True once both partners shared for the week; `partner` is null until then.")
    partner: AnswersOut | None


def _week(request, label: str) -> Week:
    if label == "current":
        return tuneups.current_week(user=request.user, now=timezone.now())
    try:
        return Week.parse(label)
    except InvalidInputError:
        raise NotFoundError("Not found.") from None


def _tuneup_out(state: tuneups.TuneUpWeek) -> dict:
    return {"week": state.week.label, "questions": list(state.questions), "mine": state.mine, "shared": state.shared,
            "in_couple": state.in_couple, "revealed": state.revealed, "partner": state.partner}


@router.get("/tuneups/{week}", response={200: TuneUpOut, **ERRORS}, url_name="tuneup")
def tuneup_get(request, week: str):
    """The tune-up of `week` (e.g. 2026-W49, or `current`) as you may see it."""
    state = tuneups.tuneup_get(user=request.user, week=_week(request, week), key=session.data_key(request),
                               now=timezone.now())
    return _tuneup_out(state)


@router.put("/tuneups/{week}", response={200: TuneUpOut, **ERRORS}, url_name="tuneup")
def tuneup_answer(request, week: str, payload: TuneUpIn):
    """Save your answers for `week`, shared or private."""
    key, now, chosen = session.data_key(request), timezone.now(), _week(request, week)
    tuneups.tuneup_answer(user=request.user, week=chosen, first=payload.first, second=payload.second,
                          share=payload.share, key=key, now=now)
    return _tuneup_out(tuneups.tuneup_get(user=request.user, week=chosen, key=key, now=now))


@router.delete("/tuneups/{week}", response={204: None, **ERRORS}, url_name="tuneup")
def tuneup_delete(request, week: str):
    """Delete your answers for `week`."""
    tuneups.tuneup_delete(user=request.user, week=_week(request, week))
    return Status(204, None)
