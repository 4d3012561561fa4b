"""Where the slow password computations (Argon2id) of one server process run.

A burst of logins must not starve the pages of everyone else:
- at most NEARER_KDF_CONCURRENCY runs at once, on threads of their own at a lower CPU priority (on
  Linux the nice value belongs to each thread), so page requests get the cores first;
- at most NEARER_KDF_QUEUE logins per process wait or run; one more is refused at once with
  BusyError (a 503 with Retry-After, "try again in a few seconds") instead of holding another
  server thread.
"""

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import cache

from django.conf import settings

from nearer.core.errors import BusyError

BUSY = "Many people are signing in right now. Please try again in a few seconds."
RETRY_SECONDS = 5


def _lower_priority() -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), settings.NEARER_KDF_NICE)
    except (AttributeError, OSError):  # not Linux, or not allowed: the runs simply keep the normal priority
        pass


@cache
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(
        settings.NEARER_KDF_CONCURRENCY, thread_name_prefix="nearer-kdf", initializer=_lower_priority)


@cache
def _places() -> threading.BoundedSemaphore:
    return threading.BoundedSemaphore(settings.NEARER_KDF_QUEUE)


def run(function, *args):
    """Return function(*args), computed on the key-derivation threads; BusyError when the queue is full."""
    places = _places()
    if not places.acquire(blocking=False):
        raise BusyError(BUSY, seconds=RETRY_SECONDS)
    try:
        return _pool().submit(function, *args).result()
    finally:
        places.release()


def reset() -> None:
    """Forget the pool and the queue so that changed settings take effect (tests)."""
    if _pool.cache_info().currsize:
        _pool().shutdown(wait=True)
    _pool.cache_clear()
    _places.cache_clear()
