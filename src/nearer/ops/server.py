"""Serve Nearer with waitress (a production WSGI server), after applying migrations."""

import socket

import typer

from nearer.ops.django_setup import setup_django


def run_server(*, host: str, port: int, threads: int, migrate: bool) -> None:
    """Migrate if asked, print where Nearer is and where its data lives, then serve until Ctrl-C."""
    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from waitress import serve

    from nearer.config.wsgi import application

    if migrate:
        call_command("migrate", interactive=False, verbosity=0)
    shown_host = f"[{host}]" if ":" in host else host
    database = settings.DATABASES["default"]
    typer.echo(f"Nearer is running at http://{shown_host}:{port}/")
    typer.echo(f"Data folder: {settings.DATA_DIR}")
    typer.echo(f"Database: {database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}")
    typer.echo("Press Ctrl-C to stop.")
    try:
        serve(application, host=host, port=port, threads=threads, ident="Nearer")
    except KeyboardInterrupt:
        pass
    except (OSError, socket.error) as error:
        typer.echo(f"Error: cannot listen on {host}:{port}: {error.strerror or error}", err=True)
        raise typer.Exit(1) from None
    typer.echo("Stopped.")
