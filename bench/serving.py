"""How bench/pages.py starts a server: the one place to change it. Both the bare view and Nearer
are always served by the same command.

NEARER_BENCH_SERVER may give another command; {python}, {bin}, {app} and {port} are filled in,
e.g. "{bin}/waitress-serve --listen=127.0.0.1:{port} --threads=8 {app}"."""

from __future__ import annotations

import os
import pathlib
import shlex
import socket
import subprocess
import sys
import time

BIN = pathlib.Path(sys.executable).parent
# The way `nearer serve` runs on this machine's 2 cores: 2 gthread workers of 2 threads each.
GUNICORN = ("{bin}/gunicorn --workers 2 --worker-class gthread --threads 2 --bind 127.0.0.1:{port} "
            "--log-level warning {app}")
WAITRESS = "{bin}/waitress-serve --listen=127.0.0.1:{port} --threads=8 {app}"


def template() -> str:
    """The server command in use: NEARER_BENCH_SERVER, else gunicorn (as `nearer serve` runs it) when
    installed, else waitress."""
    configured = os.environ.get("NEARER_BENCH_SERVER", "").strip()
    if configured:
        return configured
    return GUNICORN if (BIN / "gunicorn").exists() else WAITRESS


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(app: str, *, env: dict, cwd: pathlib.Path, log: pathlib.Path) -> tuple[subprocess.Popen, int]:
    """Start `app` (module:callable) with the server command, its output going to `log`; return
    (process, port) once it answers."""
    port = free_port()
    command = template().format(python=sys.executable, bin=BIN, app=app, port=port)
    with open(log, "ab") as output:
        process = subprocess.Popen(shlex.split(command), env=env, cwd=cwd, start_new_session=True,
                                   stdout=output, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server stopped at start: {command}\n{log.read_text()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process, port
        except OSError:
            time.sleep(0.2)
    stop(process)
    raise RuntimeError(f"server did not answer within 60 s: {command}")


def stop(process: subprocess.Popen) -> None:
    """Stop a server this module started (its whole process group: the master and its workers)."""
    if process.poll() is None:
        os.killpg(process.pid, 15)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()
