"""`nearer log add` and `nearer log week`: the practice log from the command line. The person's
password opens their private notes (NEARER_PASSWORD, or asked without echo)."""

from __future__ import annotations

import json
import os
from datetime import datetime
from typing import NoReturn

import typer

log_app = typer.Typer(help="The practice log: add an entry, list a week's entries.", no_args_is_help=True)

USER = typer.Option(..., "--user", help="The e-mail address of the person whose log this is.")
AS_JSON = typer.Option(False, "--json", help="Print the result as JSON.")


def register(app: typer.Typer) -> None:
    """Add the `log` command group to the root app."""
    app.add_typer(log_app, name="log")


def _fail(message: str) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(1)


def _open(email: str):
    """The person and their data key, after Django is set up; exits 1 with one line when either fails."""
    from nearer.ops.django_setup import setup_django

    setup_django()
    from django.contrib.auth import get_user_model

    from nearer.privacy.passwords import password_open

    user = get_user_model().objects.filter(email__iexact=email.strip()).first()
    password = os.environ.get("NEARER_PASSWORD") or typer.prompt("Password", hide_input=True, default="",
                                                                  show_default=False)
    opened = password_open(user=user, password=password) if user is not None else None
    if opened is None or opened.key is None:
        _fail("that e-mail and password do not open a private space")
    return user, opened.key


def _moment(text: str | None, what: str, zone_name: str) -> datetime | None:
    """The ISO date and time given, read in the person's time zone unless it names its own offset."""
    if not text:
        return None
    from nearer.core.practice_log.weeks import zone

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        _fail(f"{what}: give a date and time such as 2026-12-02T19:30")
    return moment if moment.tzinfo else moment.replace(tzinfo=zone(zone_name))


def _row(entry) -> dict:
    return {
        "id": entry.id, "kind": entry.kind, "occurred_at": entry.occurred_at.isoformat(), "initiator": entry.initiator,
        "topic": entry.topic, "response": entry.response, "defensiveness": entry.defensiveness,
        "repaired_at": entry.repaired_at.isoformat() if entry.repaired_at else None, "safety": entry.safety,
        "closeness": entry.closeness, "note": entry.note, "mine": entry.mine, "shared": entry.shared,
    }


def _line(entry, zone) -> str:
    when = entry.occurred_at.astimezone(zone).strftime("%a %d %b %H:%M")
    details = " · ".join(filter(None, [entry.summary, entry.note]))
    return f"{when}  {entry.title}" + (f" · {details}" if details else "") + ("" if entry.mine else f"  (shared by {entry.author_name})")


@log_app.command("add", help="Log one entry (private to you): a good moment, appreciation, affection, a bid, a rough moment or the weekly ratings.")
def add(
    user: str = USER,
    kind: str = typer.Option(..., "--kind", help="moment, appreciation, affection, bid, rough or weekly."),
    initiator: str = typer.Option("", "--who-started", help="moment: me, partner or both."),
    topic: str = typer.Option("", "--topic", help="moment: conversation, their_day, activity, affection or other."),
    response: str = typer.Option("", "--response", help="bid: how you answered it: toward, away or against."),
    defensiveness: int | None = typer.Option(None, "--defensive", help="rough: how defensive you felt, 1 to 5."),
    repaired_at: str | None = typer.Option(None, "--repaired-at", help="rough: when it was repaired (ISO date and time)."),
    safety: int | None = typer.Option(None, "--safety", help="weekly: felt safety, 1 to 7."),
    closeness: int | None = typer.Option(None, "--closeness", help="weekly: felt closeness, 1 to 7."),
    note: str = typer.Option("", "--note", help="An optional note, sealed while private."),
    at: str | None = typer.Option(None, "--at", help="When it happened (ISO date and time; default now)."),
    as_json: bool = AS_JSON,
) -> None:
    person, key = _open(user)
    from django.utils import timezone

    from nearer.core.errors import NearerError
    from nearer.core.practice_log import LogFields
    from nearer.practice import selectors, services

    now = timezone.now()
    fields = LogFields(kind=kind, occurred_at=_moment(at, "--at", person.time_zone) or now, initiator=initiator, topic=topic,
                       response=response, defensiveness=defensiveness, repaired_at=_moment(repaired_at, "--repaired-at", person.time_zone),
                       safety=safety, closeness=closeness)
    try:
        entry = services.log_create(user=person, fields=fields, note=note, key=key, now=now)
    except NearerError as error:
        _fail(str(error))
    view = selectors.log_get(user=person, entry_id=entry.pk, key=key)
    typer.echo(json.dumps(_row(view)) if as_json else f"Logged privately: {view.title}.")


@log_app.command("week", help="List the entries of a week (yours and those your partner shared), newest first.")
def week(
    user: str = USER,
    label: str | None = typer.Option(None, "--week", help="The ISO week, e.g. 2026-W49 (default: this week, in your time zone)."),
    as_json: bool = AS_JSON,
) -> None:
    person, key = _open(user)
    from django.utils import timezone

    from nearer.core.errors import NearerError
    from nearer.core.practice_log import Week, week_of
    from nearer.core.practice_log.weeks import zone
    from nearer.practice import selectors

    try:
        chosen = Week.parse(label) if label else week_of(timezone.now(), person.time_zone)
        entries = selectors.log_list(user=person, key=key, week=chosen, limit=500)
    except NearerError as error:
        _fail(str(error))
    if as_json:
        typer.echo(json.dumps({"week": chosen.label, "entries": [_row(e) for e in entries]}))
        return
    typer.echo(f"Week {chosen.label}: {len(entries)} entries" if entries else f"Week {chosen.label}: nothing logged.")
    for entry in entries:
        typer.echo(_line(entry, zone(person.time_zone)))
