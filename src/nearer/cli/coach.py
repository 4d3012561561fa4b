"""`nearer coach`: review a draft (or a stream of drafts) with the gentle-start coach.

Imports only the framework-free core, so the command starts fast and never loads Django.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any, Optional

import typer

from nearer.core.coach import CATEGORIES, CoachResult, review
from nearer.core.errors import InvalidInputError

_MARK = {"harsh": ("[!", "!]"), "gentle": ("[+", "+]")}


def highlight(text: str, result: CoachResult) -> str:
    """Return `text` with harsh spans wrapped in [! !] and gentle spans in [+ +] (no overlaps)."""
    pieces, cursor = [], 0
    for finding in sorted(result.findings, key=lambda f: (f.start, f.tone != "harsh")):
        if finding.start < cursor:
            continue
        opening, closing = _MARK[finding.tone]
        pieces += [text[cursor:finding.start], opening, text[finding.start:finding.end], closing]
        cursor = finding.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def render(text: str, result: CoachResult) -> str:
    """Return the human-readable report for one draft."""
    lines = [f"Verdict: {result.verdict.replace('_', ' ')} (gentleness {result.score}/100)", "",
             highlight(text, result), ""]
    if result.verdict == "ok":
        lines += ["Nothing here reads as harsh, and nothing yet reads as warm either.", ""]
    for finding in result.findings:
        label = CATEGORIES[finding.category].label
        sign = "!" if finding.tone == "harsh" else "+"
        lines.append(f" {sign} {label}: \"{text[finding.start:finding.end]}\" — {finding.message}")
        if finding.tone == "harsh":
            lines.append(f"     Try: {finding.suggestion}")
    if result.rewrites:
        lines += ["", "Gentler ways to say it:"] + [f" - {rewrite}" for rewrite in result.rewrites]
    if result.i_statement is not None:
        lines += ["", f"I-statement builder: {result.i_statement.text}"]
    if result.listening is not None:
        verdict = "reflects" if result.listening.reflects else "does not reflect yet"
        lines += ["", f"Listening: your reply {verdict} ({result.listening.kind.replace('_', ' ')}).",
                  f" {result.listening.feedback}"]
    return "\n".join(lines)


def _jsonl_line(raw: str) -> tuple[dict[str, Any], bool]:
    """Return (output object, ok) for one input line of --jsonl mode."""
    try:
        item = json.loads(raw)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"Line is not valid JSON: {exc.msg}."}, False
    if not isinstance(item, dict):
        return {"id": None, "error": "Each line must be a JSON object."}, False
    ident = item.get("id")
    if ident is None or "text" not in item:
        return {"id": ident, "error": "Each object needs an \"id\" and a \"text\"."}, False
    try:
        result = review(item["text"], reply_to=item.get("reply_to"))
    except InvalidInputError as exc:
        return {"id": ident, "error": str(exc)}, False
    return {"id": ident, **result.to_dict()}, True


def run_jsonl(stdin: Any, stdout: Any) -> int:
    """Review one JSON object per input line; return the exit code (1 if any line failed)."""
    failed = False
    for raw in stdin:
        if not raw.strip():
            continue
        output, ok = _jsonl_line(raw)
        failed = failed or not ok
        stdout.write(json.dumps(output, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def coach(
    text: Annotated[Optional[str], typer.Argument(help="The draft to review (omit with --jsonl).")] = None,
    reply_to: Annotated[Optional[str], typer.Option(
        "--reply-to", help="What your partner said; TEXT is then checked as your reply to it.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as one JSON object.")] = False,
    jsonl: Annotated[bool, typer.Option(
        "--jsonl", help='Read {"id", "text", "reply_to"?} objects from stdin, one per line; write '
                        "one JSON result per line.")] = False,
) -> None:
    """Check a draft for harsh wording and suggest a gentler way to say it."""
    if jsonl:
        raise typer.Exit(run_jsonl(sys.stdin, sys.stdout))
    if text is None:
        typer.echo("Error: give the text to review, or use --jsonl to read from stdin.", err=True)
        raise typer.Exit(1)
    try:
        result = review(text, reply_to=reply_to)
    except InvalidInputError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(json.dumps(result.to_dict(), ensure_ascii=False) if as_json else render(text, result))


def register(app: typer.Typer) -> None:
    """Add the `coach` command to the root app."""
    app.command(name="coach", help="Check a draft for harsh wording and suggest gentler phrasing.")(coach)
