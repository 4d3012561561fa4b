"""Serve Nearer with gunicorn (a multi-process production WSGI server), after applying migrations once.

Worker processes default to one per CPU core this process may use (NEARER_WORKERS to change), each
with a few threads (NEARER_THREADS), so pages use every core while a slow login does not hold up the
pages of others in the same worker."""

import os
import socket

import typer
from django.core.exceptions import ImproperlyConfigured

from nearer.config.env import envint
from nearer.ops.django_setup import setup_django

DEFAULT_THREADS = 32  # threads waiting on a login's Argon2id run leave others free for pages
MAX_DEFAULT_WORKERS = 16  # more only when asked for: each worker holds its own memory (docs/operations.md)
DEFAULT_SESSION_CLEAN_HOURS = 24
BACKLOG = 2048


def cpu_cores() -> int:
    """The number of CPU cores this process may run on (at least 1)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def server_numbers(workers: int | None, threads: int | None) -> tuple[int, int, int]:
    """(workers, threads per worker, hours between session clean-ups) from options or NEARER_*."""
    if workers is None:
        workers = envint("NEARER_WORKERS", min(cpu_cores(), MAX_DEFAULT_WORKERS), minimum=1, maximum=64)
    if threads is None:
        threads = envint("NEARER_THREADS", DEFAULT_THREADS, minimum=1, maximum=64)
    hours = envint("NEARER_SESSION_CLEAN_HOURS", DEFAULT_SESSION_CLEAN_HOURS, minimum=1, maximum=24 * 30)
    return workers, threads, hours


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on host:port; one clear line and exit status 1 when that is not possible."""
    try:
        family, _, _, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        listener = socket.socket(family, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(BACKLOG)
    except OSError as error:
        typer.echo(f"Error: cannot listen on {host}:{port}: {error.strerror or error}", err=True)
        raise typer.Exit(1) from None
    listener.set_inheritable(True)
    return listener


def run_server(*, host: str, port: int, workers: int | None, threads: int | None, migrate: bool) -> None:
    """Migrate if asked, listen, print where Nearer is and where its data lives, serve until Ctrl-C."""
    try:
        workers, threads, hours = server_numbers(workers, threads)
    except ImproperlyConfigured as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(1) from None
    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    from nearer.ops.gunicorn_app import NearerServer, gunicorn_options
    from nearer.ops.sessions import SessionSweeper

    if migrate:
        call_command("migrate", interactive=False, verbosity=0)
    connections.close_all()  # workers are forked from this process: they must not share its connection
    listener = listen(host, port)
    _print_banner(host, port, settings, workers, threads)
    options = gunicorn_options(
        listener_fd=listener.fileno(), workers=workers, threads=threads,
        behind_proxy=settings.BEHIND_PROXY, proxy_addresses=settings.PROXY_ADDRESSES,
        sweeper=SessionSweeper(hours * 60 * 60),
    )
    _serve(NearerServer(options))


def _print_banner(host: str, port: int, settings, workers: int, threads: int) -> None:
    shown_host = f"[{host}]" if ":" in host else host
    database = settings.DATABASES["default"]
    typer.echo(f"Nearer is running at http://{shown_host}:{port}/")
    typer.echo(f"Data folder: {settings.DATA_DIR}")
    typer.echo(f"Database: {database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}")
    typer.echo(f"Workers: {workers} process{'' if workers == 1 else 'es'}, "
               f"{threads} thread{'' if threads == 1 else 's'} each")
    typer.echo("Press Ctrl-C to stop.")


def _serve(server) -> None:
    """Run gunicorn's master loop. Workers are forked inside it and leave through SystemExit too:
    only the master, the process that started it, says "Stopped."."""
    master = os.getpid()
    try:
        server.run()
    except SystemExit as stop:
        if os.getpid() != master:
            raise
        code = stop.code if isinstance(stop.code, int) else 1
        if code != 0:
            typer.echo("Error: the server stopped because of the problem logged above.", err=True)
            raise typer.Exit(code) from None
    except KeyboardInterrupt:
        pass
    typer.echo("Stopped.")
