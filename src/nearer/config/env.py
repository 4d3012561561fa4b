"""Small strict readers for NEARER_* environment variables: a bad value stops start-up with a clear
message instead of being silently replaced by a default."""

import ipaddress
import os

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def envstr(name: str, default: str = "") -> str:
    """Return the variable's value stripped of surrounding spaces, or the default when unset."""
    return os.environ.get(name, default).strip()


def envbool(name: str, default: bool = False) -> bool:
    """Return True/False for yes-like or no-like words; refuse anything else."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0, true/false, yes/no, on/off (got {raw!r}).")


def envint(name: str, default: int, *, minimum: int = 0, maximum: int = 2**31) -> int:
    """Return the variable as an int within [minimum, maximum]; refuse anything else."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number (got {raw!r}).") from None
    if not minimum <= value <= maximum:
        raise ImproperlyConfigured(f"{name} must be between {minimum} and {maximum} (got {value}).")
    return value


def envlist(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated variable as a list of non-empty items, or the default when unset."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def envnetworks(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated list of IP addresses or networks (10.0.0.0/8); refuse anything else."""
    items = envlist(name, default)
    for item in items:
        try:
            ipaddress.ip_network(item)
        except ValueError:
            raise ImproperlyConfigured(
                f"{name} must be IP addresses or networks such as 127.0.0.1 or 10.0.0.0/8, "
                f"separated by commas (got {item!r})."
            ) from None
    return items
