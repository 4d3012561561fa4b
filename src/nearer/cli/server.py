"""Operator commands (serve, doctor, db): these start Django inside the function body."""

import sys

import typer

db_app = typer.Typer(help="Database tasks.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the operator commands to the root app."""
    app.command(help="Apply migrations and serve Nearer with gunicorn, a worker process per CPU core.")(serve)
    app.command(help="Check the configuration, database and migrations; exit 1 if any check fails.")(doctor)
    app.add_typer(db_app, name="db")


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    workers: int | None = typer.Option(
        None, min=1, max=64, help="Worker processes [default: NEARER_WORKERS, or one per CPU core]."),
    threads: int | None = typer.Option(
        None, min=1, max=64, help="Threads in each worker [default: NEARER_THREADS, or 32]."),
    migrate: bool = typer.Option(True, help="Apply pending migrations before serving."),
) -> None:
    from nearer.ops.server import run_server

    run_server(host=host, port=port, workers=workers, threads=threads, migrate=migrate)


def doctor() -> None:
    from nearer.ops.django_setup import setup_django

    setup_django()
    from nearer.ops.doctor import run_checks

    checks = run_checks()
    for check in checks:
        typer.echo(f"{'pass' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    if not all(check.ok for check in checks):
        raise typer.Exit(1)


@db_app.command(help="Apply all pending database migrations.")
def upgrade() -> None:
    from nearer.ops.django_setup import setup_django

    setup_django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1, stdout=sys.stdout)


@db_app.command(
    "clean-sessions",
    help="Delete expired sessions (`nearer serve` also does it by itself; for cron or a systemd timer).",
)
def clean_sessions() -> None:
    from nearer.ops.django_setup import setup_django

    setup_django()
    from nearer.ops.sessions import clean_expired_sessions

    deleted = clean_expired_sessions()
    typer.echo(f"Deleted {deleted} expired session{'' if deleted == 1 else 's'}.")
