"""What a person asks for when they write or change an agreement, checked into a schedule and texts.
Shared by the pages, the API and the tests, so every door applies the same rules."""

import json
from dataclasses import dataclass, field
from datetime import date, time

from nearer.core import dates
from nearer.core.errors import InvalidInputError, NotFoundError
from nearer.core.practice import KINDS, Schedule, catalogue_item, check_schedule, clean_details
from nearer.core.program import load_program

TITLE_MAX = 200
NOTE_MAX = 2_000


@dataclass(frozen=True)
class AgreementInput:
    kind: str
    title: str
    frequency: str
    at: time
    duration_minutes: int
    starts_on: date
    weekdays: tuple[int, ...] = ()
    ends_on: date | None = None
    phrase: str = ""
    crunch_ends_on: str = ""
    catalogue_id: str = ""
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def schedule(self) -> Schedule:
        return Schedule(frequency=self.frequency, starts_on=self.starts_on, at=self.at,
                        duration_minutes=self.duration_minutes, weekdays=tuple(self.weekdays), ends_on=self.ends_on)


def _check_days(data: AgreementInput, today: date) -> None:
    for day in (data.starts_on, data.ends_on):
        if day is not None and (problem := dates.day_out_of_range(day, today=today)):
            raise InvalidInputError(problem)


def cleaned(data: AgreementInput, *, today: date) -> tuple[Schedule, dict[str, str]]:
    """The schedule and the texts to store ({"title", "details"}); InvalidInputError naming the first problem."""
    kind = KINDS.get(data.kind)
    if kind is None:
        raise InvalidInputError("Choose a kind of agreement.")
    title = (data.title or "").strip()
    if not title:
        raise InvalidInputError("Say in a few words what you agree on.")
    if len(title) > TITLE_MAX:
        raise InvalidInputError(f"Keep the title under {TITLE_MAX} characters.")
    note = (data.note or "").strip()
    if len(note) > NOTE_MAX:
        raise InvalidInputError(f"Keep the note under {NOTE_MAX:,} characters.")
    _check_days(data, today)
    schedule = data.schedule
    check_schedule(schedule)
    details = clean_details(kind, schedule, phrase=data.phrase, crunch_ends_on=data.crunch_ends_on)
    if data.catalogue_id:
        try:
            catalogue_item(load_program().micro_connections, data.catalogue_id)
        except NotFoundError as error:
            raise InvalidInputError(str(error)) from None
        details["catalogue_id"] = data.catalogue_id
    if note:
        details["note"] = note
    return schedule, {"title": title, "details": json.dumps(details, sort_keys=True)}


def stored_weekdays(schedule: Schedule) -> str:
    return ",".join(str(day) for day in sorted(set(schedule.weekdays))) if schedule.frequency == "weekdays" else ""


def parse_weekdays(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip().isdigit())
