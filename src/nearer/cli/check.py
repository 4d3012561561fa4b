"""`nearer check`: read a situation description for safety signals, contexts and a track (no Django)."""

from __future__ import annotations

import json
import sys
from typing import Any, NoReturn

import typer

MAX_ID_CHARS = 200


def register(app: typer.Typer) -> None:
    """Add the `check` command to the root app."""
    app.command("check")(check_command)


def check_command(
    text: str = typer.Option(None, "--text", help="The situation in your own words."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
    jsonl: bool = typer.Option(
        False, "--jsonl", help='Read {"id": ..., "text": ...} objects, one per line, from stdin; write one JSON result per line.'
    ),
) -> None:
    """Read a description for safety signals, contexts and the matching track."""
    from nearer.core.errors import NearerError
    from nearer.core.program import assess, load_program

    if (text is None) == (not jsonl):
        _fail("give either --text or --jsonl")
    try:
        program = load_program()
        if jsonl:
            items = parse_jsonl(sys.stdin.read())
            lines = [json.dumps({"id": item_id, **result_dict(assess(program, {}, body))}) for item_id, body in items]
            if lines:
                typer.echo("\n".join(lines))
            return
        result = assess(program, {}, text)
    except NearerError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps(result_dict(result)))
    else:
        typer.echo(describe(result))


def parse_jsonl(data: str) -> list[tuple[Any, str]]:
    """Return (id, text) pairs from JSON lines; raise InvalidInputError naming the first bad line.

    Every line is checked before anything is assessed, so bad input produces no partial output.
    """
    from nearer.core.errors import InvalidInputError

    items = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInputError(f"line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or "id" not in obj or not isinstance(obj.get("text"), str):
            raise InvalidInputError(f'line {number}: expected an object with "id" and a string "text"')
        if not isinstance(obj["id"], (str, int)) or len(str(obj["id"])) > MAX_ID_CHARS:
            raise InvalidInputError(f"line {number}: id must be a string or number of at most {MAX_ID_CHARS} characters")
        items.append((obj["id"], obj["text"]))
    return items


def result_dict(result: Any) -> dict[str, Any]:
    """Return the JSON shape of a check result: safety, contexts, track and focus areas."""
    data = result.to_dict()
    return {key: data[key] for key in ("safety", "contexts", "track", "focus_areas")}


def describe(result: Any) -> str:
    """Return a short human-readable summary of a check result."""
    lines = []
    if result.safety.concern:
        lines.append(f"Safety: concern ({', '.join(result.safety.reasons)}); couple steps are switched off.")
    else:
        lines.append("Safety: no concern found in the text.")
    lines += [f"  Please confirm: {q}" for q in result.safety.confirm_questions]
    if result.contexts:
        lines.append("Contexts:")
        lines += [f"  {hit.id}: {' | '.join(hit.evidence)}" for hit in result.contexts]
    else:
        lines.append("Contexts: none found.")
    lines.append(f"Track: {result.track}")
    if result.focus_areas:
        lines.append(f"Focus: {', '.join(result.focus_areas)}")
    return "\n".join(lines)


def _fail(message: str) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(1)
