"""`nearer remind`: send the e-mail reminders that are due, each once (for cron or a systemd timer)."""

import typer


def register(app: typer.Typer) -> None:
    """Add the reminder command to the root app."""
    app.command(
        help="Send the e-mail reminders that are due now, each only once (safe to run every few minutes, "
        "even twice at the same time). Exits 1 if a message could not be sent; it is tried again next run.",
    )(remind)


def remind() -> None:
    from nearer.ops.django_setup import setup_django

    setup_django()
    from django.utils import timezone

    from nearer.reminders.services import reminders_send

    sent, failed = reminders_send(now=timezone.now())
    typer.echo(f"Sent {sent} reminder{'' if sent == 1 else 's'}.")
    if failed:
        typer.echo(f"Error: {failed} reminder{'' if failed == 1 else 's'} could not be sent; "
                   "the next run tries again.", err=True)
        raise typer.Exit(1)
