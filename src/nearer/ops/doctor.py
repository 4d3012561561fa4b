"""Checks an operator runs before serving: each says what it found and passes or fails."""

import os
import stat
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from nearer.config.paths import SECRET_KEY_FILE

LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
SQLITE_EXPECTED = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "secure_delete": 1}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run_checks() -> list[Check]:
    """Run every check in order; later ones that need the database are skipped when it is down."""
    checks = [_secret_key(), _debug(), _database()]
    if checks[-1].ok:
        if connection.vendor == "sqlite":
            checks.append(_sqlite_pragmas())
        checks.append(_migrations())
    return checks


def _secret_key() -> Check:
    if os.environ.get("NEARER_SECRET_KEY", "").strip():
        ok = len(settings.SECRET_KEY) >= 50
        return Check("secret key", ok, "set by NEARER_SECRET_KEY" if ok else "NEARER_SECRET_KEY is shorter than 50 characters")
    path = settings.DATA_DIR / SECRET_KEY_FILE
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
    if mode is None:
        return Check("secret key", False, f"{path} is missing")
    ok = mode & 0o077 == 0
    return Check("secret key", ok, f"kept in {path} (mode {mode:o}{'' if ok else ', should be 600'})")


def _debug() -> Check:
    public = [host for host in settings.ALLOWED_HOSTS if host not in LOCAL_HOSTS]
    if not settings.DEBUG:
        return Check("debug off", True, "debug is off")
    if public:
        return Check("debug off", False, f"debug is on while serving {', '.join(public)}: set NEARER_DEBUG=0")
    return Check("debug off", True, "debug is on, for local development only")


def _database() -> Check:
    try:
        connection.ensure_connection()
    except Exception as error:  # any driver error means "not reachable"; say which
        return Check("database reachable", False, f"{connection.vendor}: {type(error).__name__}: {error}")
    return Check("database reachable", True, f"{connection.vendor} ({connection.settings_dict['NAME']})")


def _sqlite_pragmas() -> Check:
    found = {}
    with connection.cursor() as cursor:
        for name in [*SQLITE_EXPECTED, "busy_timeout"]:
            found[name] = cursor.execute(f"PRAGMA {name}").fetchone()[0]
    wrong = [f"{k}={found[k]} (want {v})" for k, v in SQLITE_EXPECTED.items() if found[k] != v]
    if found["busy_timeout"] < 5000:
        wrong.append(f"busy_timeout={found['busy_timeout']} (want >= 5000)")
    detail = ", ".join(wrong) if wrong else ", ".join(f"{k}={v}" for k, v in found.items())
    return Check("sqlite pragmas", not wrong, detail)


def _migrations() -> Check:
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        return Check("migrations applied", False, f"{len(plan)} pending: run `nearer db upgrade`")
    return Check("migrations applied", True, "all applied")
