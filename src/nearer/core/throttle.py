"""How long a throttle holds: at most `limit` attempts within any `window` of time."""

import math
from collections.abc import Iterable
from datetime import datetime, timedelta


def retry_at(attempts: Iterable[datetime], *, limit: int, window: timedelta, now: datetime) -> datetime | None:
    """Return when the next attempt is allowed, or None when one is allowed now: with `limit` or more
    attempts in the window that ends now, the moment enough of them have left it."""
    recent = sorted(at for at in attempts if at > now - window)
    if len(recent) < limit:
        return None
    return recent[-limit] + window


def minutes_until(moment: datetime, *, now: datetime) -> int:
    """Return the whole minutes from now until the moment, rounded up and at least one."""
    return max(1, math.ceil((moment - now).total_seconds() / 60))
