"""`nearer content`: validate the content packs and print an outline of the program (no Django)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NoReturn

import typer

content_app = typer.Typer(
    help="Validate and outline the program's content packs (the YAML under nearer/content).",
    no_args_is_help=True,
)

PATH_HELP = "Content folder to use instead of the packaged one."


def register(app: typer.Typer) -> None:
    """Add the `content` command group to the root app."""
    app.add_typer(content_app, name="content")


@content_app.command("check")
def check_content(
    path: Path = typer.Option(None, "--path", help=PATH_HELP, file_okay=False),
) -> None:
    """Validate every content file; exit 1 naming the file and key path of the first problems."""
    program = _load(path)
    typer.echo(f"Content OK: {len(program.tracks)} tracks, {_sizes(program)['micro_connections']} micro-connections.")


@content_app.command("outline")
def outline_content(
    as_json: bool = typer.Option(False, "--json", help="Print the outline as JSON."),
    path: Path = typer.Option(None, "--path", help=PATH_HELP, file_okay=False),
) -> None:
    """Print the tracks with their steps and the size of each catalogue."""
    program = _load(path)
    outline = build_outline(program)
    if as_json:
        typer.echo(json.dumps(outline, indent=2))
        return
    for track in outline["tracks"]:
        typer.echo(f"{track['id']}: {track['title']}")
        for step in track["steps"]:
            typer.echo(f"  {step['number']}. {step['id']} - {step['title']} ({step['actions']} actions)")
    typer.echo("catalogues:")
    for name, size in outline["catalogues"].items():
        typer.echo(f"  {name}: {size}")


def build_outline(program: Any) -> dict[str, Any]:
    """Return the outline: tracks with their steps (id, number, title, number of actions) and the
    size of each catalogue."""
    tracks = [
        {
            "id": track.id,
            "title": track.title,
            "steps": [
                {"id": s.id, "number": n, "title": s.title, "actions": len(s.actions)}
                for n, s in enumerate(track.steps, start=1)
            ],
        }
        for track in program.tracks
    ]
    return {"tracks": tracks, "catalogues": _sizes(program)}


def _sizes(program: Any) -> dict[str, int]:
    questions = program.questions
    return {
        "safety_questions": len(program.safety.questions),
        "safety_regions": len(program.safety.regions),
        "signs": len(program.signs.signs),
        "contexts": len(program.contexts.contexts),
        "readiness_questions": len(program.readiness.questions),
        "micro_connections": len(program.micro_connections.items),
        "root_cause_questions": sum(len(q) for q in questions.root_cause.values()) + len(questions.open_root_cause),
        "needs_questions": len(questions.needs),
        "space_questions": len(questions.space),
        "tune_up_questions": len(questions.tune_up.questions),
        "mistakes": len(program.mistakes.mistakes),
        "escalation_phrasings": len(program.escalation.how_to_propose),
        "care_forms": len(program.care_profile.forms),
        "focus_areas": len(program.focus.areas),
    }


def _load(path: Path | None) -> Any:
    from nearer.core.errors import NearerError
    from nearer.core.program import load_program

    try:
        return load_program(path)
    except NearerError as exc:
        _fail(str(exc))


def _fail(message: str) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(1)
