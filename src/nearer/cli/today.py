"""`nearer today --user EMAIL [--json]`: a person's Today view in the terminal.

Private text opens only with the person's own key, so the command asks for their password (or reads
it from NEARER_PASSWORD, for scripts); a wrong password changes nothing and prints one line."""

from __future__ import annotations

import json
import os
from typing import NoReturn

import typer


def register(app: typer.Typer) -> None:
    """Add the `today` command to the root app."""
    app.command("today")(today_command)


def today_command(
    user: str = typer.Option(..., "--user", help="The e-mail address of the person whose day to show."),
    as_json: bool = typer.Option(False, "--json", help="Print the Today view as one JSON object."),
) -> None:
    """Show what is due today and this week, the next talk and tune-up, a running pause and the parking lot."""
    from nearer.ops.django_setup import setup_django

    setup_django()
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from nearer.agreements.serialize import today_dict
    from nearer.agreements.today import today_view
    from nearer.core.errors import NearerError
    from nearer.privacy.passwords import password_open

    person = get_user_model().objects.filter(email__iexact=user.strip()).first()
    if person is None:
        _fail("no account has that e-mail address.")
    password = os.environ.get("NEARER_PASSWORD") or typer.prompt("Password", hide_input=True)
    opened = password_open(user=person, password=password)
    if opened is None or opened.key is None:
        _fail("that password does not open this person's private space.")
    try:
        data = today_dict(today_view(user=person, key=opened.key, now=timezone.now()))
    except NearerError as exc:
        _fail(str(exc))
    typer.echo(json.dumps(data, ensure_ascii=False) if as_json else describe(data))


def _line(item: dict) -> str:
    mark = {"done": " (done)", "not_today": " (not today)"}.get(item["mark"] or "", "")
    return f"  {item['starts_at'][11:16]}  {item['title']}{mark}"


def describe(data: dict) -> str:
    """The Today view as a few plain lines."""
    lines = [f"Today, {data['today']}"]
    lines += [_line(item) for item in data["due_today"]] or ["  Nothing is due today."]
    if data["this_week"]:
        lines.append("Later this week:")
        lines += [f"  {item['on']}  {item['title']}" for item in data["this_week"]]
    talk, tune_up = data["next_talk"], data["next_tune_up"]
    lines.append(f"Next talk: {talk['starts_at'][:16].replace('T', ' ')}" if talk else "Next talk: none planned")
    lines.append(f"Next tune-up: {tune_up['starts_at'][:16].replace('T', ' ')}" if tune_up else
                 "Next tune-up: no weekly slot yet")
    if data["pause"]:
        lines.append(f"A pause is on until {data['pause']['returns_at'][:16].replace('T', ' ')}")
    lines.append(f"Parking lot: {len(data['parking_lot'])} topic(s) waiting")
    lines += [f"  - {topic['topic']}" for topic in data["parking_lot"]]
    return "\n".join(lines)


def _fail(message: str) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(1)
