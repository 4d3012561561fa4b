"""Expired sessions are deleted: on demand (`nearer db clean-sessions`) and, while `nearer serve` runs,
by a background thread of the server's master process (once at start, then every few hours)."""

import logging
import threading

log = logging.getLogger("nearer.sessions")


def clean_expired_sessions() -> int:
    """Delete expired sessions with Django's clearsessions; return how many were expired."""
    from django.contrib.sessions.models import Session
    from django.core.management import call_command
    from django.utils import timezone

    expired = Session.objects.filter(expire_date__lt=timezone.now()).count()
    call_command("clearsessions")
    return expired


class SessionSweeper:
    """Runs clean_expired_sessions now and then every `interval` seconds in a daemon thread.

    The thread closes its database connection after each run. `hold_off` waits for a run in progress,
    so the server never forks a worker while this thread holds a connection."""

    def __init__(self, interval: float):
        self.interval = interval
        self._stopping = threading.Event()
        self._running = threading.Lock()

    def start(self) -> None:
        threading.Thread(target=self._loop, name="nearer-session-sweeper", daemon=True).start()

    def stop(self) -> None:
        self._stopping.set()

    def hold_off(self) -> None:
        with self._running:
            pass

    def sweep(self) -> None:
        from django.db import connections

        with self._running:
            try:
                deleted = clean_expired_sessions()
                if deleted:
                    log.info("Deleted %d expired sessions.", deleted)
            except Exception as error:  # the server keeps serving; the next run tries again
                log.warning("Expired sessions could not be deleted this time (%s).", type(error).__name__)
            finally:
                connections.close_all()

    def _loop(self) -> None:
        while not self._stopping.is_set():
            self.sweep()
            self._stopping.wait(self.interval)
