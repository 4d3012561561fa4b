"""Nearer's pages against a bare Django view, served the same way, in one run; prints a table and
writes it into BENCHMARKS.md (the other sections are kept).

Usage: .venv/bin/python bench/pages.py [--seconds S] [--rounds N] [--connections C]

For each database (SQLite always; PostgreSQL when NEARER_BENCH_PG_URL, default
postgres://postgres@127.0.0.1:5432/nearer_bench, answers) a throwaway database is seeded through
Nearer's services (bench/seed_pages.py), then the bare view (bench/bare_app.py) and Nearer are
started with the same server command (bench/serving.py) and loaded in turn, alternating, logged in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import django

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import load  # noqa: E402
import report  # noqa: E402
import serving  # noqa: E402

ROOT = report.ROOT
PG_URL = os.environ.get("NEARER_BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/nearer_bench")
COACH_BODY = json.dumps({"text": "You never listen to me when I talk about my day."}).encode()
PAGES = [  # (name, path, POST body or None)
    ("home", "/home/", None),
    ("journal list (200 entries)", "/journal/", None),
    ("plan", "/program/", None),
    ("a step", "/program/steps/prepare/", None),
    ("one journal entry", "/journal/{entry}/", None),
    ("coach page", "/coach/", None),
    ("POST /api/v1/coach", "/api/v1/coach", COACH_BODY),
]


def login(base: str, email: str, password: str) -> dict:
    """Log in through the real form; return the headers a logged-in browser sends."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(base + "/accounts/login/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    form = urllib.parse.urlencode({"username": email, "password": password, "csrfmiddlewaretoken": token})
    landed = opener.open(urllib.request.Request(base + "/accounts/login/", data=form.encode()), timeout=60)
    if "/accounts/login/" in landed.geturl():
        raise RuntimeError(f"login failed for {email}")
    cookies = {cookie.name: cookie.value for cookie in jar}
    return {"Cookie": "; ".join(f"{name}={value}" for name, value in cookies.items()),
            "X-CSRFToken": cookies["csrftoken"], "Content-Type": "application/json"}


def verify(url: str, headers: dict, body: bytes | None) -> None:
    """The page answers 200 to this person (not a redirect to the login or the unlock page)."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST" if body else "GET")
    with urllib.request.urlopen(request, timeout=30) as response:
        if response.status != 200 or response.url != url:
            raise RuntimeError(f"{url} answered {response.status} at {response.url}")


def fresh_postgres(url: str = PG_URL) -> str | None:
    """A freshly created, empty PostgreSQL database at `url`, or None when none answers."""
    try:
        import psycopg

        parts = urllib.parse.urlsplit(url)
        admin = parts._replace(path="/postgres").geturl()
        with psycopg.connect(admin, autocommit=True, connect_timeout=3) as connection:
            name = parts.path.lstrip("/")
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
        return url
    except Exception as error:  # noqa: BLE001 - any failure means: no PostgreSQL for this run
        print(f"PostgreSQL not used: {error}".splitlines()[0])
        return None


def measure(url: str, headers: dict, body, args, connections=None) -> dict:
    return load.run(url, headers=headers, seconds=args.seconds, connections=connections or args.connections,
                    body=body)


def summary(runs: list[dict]) -> dict:
    return {"rps": statistics.median(r["rps"] for r in runs), "p50": statistics.median(r["p50"] for r in runs),
            "p99": max(r["p99"] for r in runs), "failed": sum(r["failed"] for r in runs)}


def run_pages(bare: str, app: str, heads: dict, seed: dict, args) -> tuple[dict, dict]:
    """Every page and the bare view in turn, round after round (the order flips each round)."""
    targets = [(name, app + path.format(entry=seed["entry"]), body) for name, path, body in PAGES]
    for _, url, body in [("bare", bare, None), *targets]:
        verify(url, heads["main"] if url != bare else {}, body)
        load.run(url, headers=heads["main"] if url != bare else {}, seconds=1, connections=2, body=body)
    bare_runs, page_runs = [], {name: [] for name, _, _ in targets}
    for round_ in range(args.rounds):
        for name, url, body in targets:
            pair = [("bare", bare, None, {}), (name, url, body, heads["main"])]
            for label, target, data, headers in pair if round_ % 2 == 0 else pair[::-1]:
                result = measure(target, headers, data, args)
                (bare_runs if label == "bare" else page_runs[name]).append(result)
    return summary(bare_runs), {name: summary(runs) for name, runs in page_runs.items()}


def run_flat(app: str, heads: dict, args) -> dict:
    """The journal list's latency with 10 and with 5,000 entries, one request at a time, alternating."""
    runs = {"ten": [], "many": []}
    for round_ in range(args.rounds * 2):
        for who in ("ten", "many") if round_ % 2 == 0 else ("many", "ten"):
            runs[who].append(measure(app + "/journal/", heads[who], None, args, connections=1))
    return {who: summary(found) for who, found in runs.items()}


def bench_database(label: str, database_url: str | None, args) -> dict:
    """Seed a throwaway database, serve the bare view and Nearer, and measure both."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="nearer-bench-"))
    env = {**os.environ, "NEARER_DATA_DIR": str(folder), "NEARER_LOG_LEVEL": "WARNING",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "bench")])}
    env.pop("NEARER_DATABASE_URL", None)
    if database_url:
        env["NEARER_DATABASE_URL"] = database_url
    print(f"== {label}: seeding through Nearer's services (200 + 20 + 10 + 5,000 entries)", flush=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / "seed_pages.py"), str(folder / "seed.json")],
                   env=env, check=True, timeout=900)
    seed = json.loads((folder / "seed.json").read_text())
    servers = []
    try:
        for app in ("bare_app:application", "nearer.config.wsgi:application"):
            servers.append(serving.start(app, env=env, cwd=ROOT, log=folder / "server.log"))
        bare, app = (f"http://127.0.0.1:{port}" for _, port in servers)
        heads = {who: login(app, seed["emails"][who], seed["password"]) for who in ("main", "ten", "many")}
        print(f"== {label}: measuring", flush=True)
        bare_figures, pages = run_pages(bare + "/", app, heads, seed, args)
        flat = run_flat(app, heads, args)
    finally:
        for process, _ in servers:
            serving.stop(process)
        shutil.rmtree(folder, ignore_errors=True)
    return {"label": label, "database": seed["database"], "bare": bare_figures, "pages": pages, "flat": flat,
            "plans": seed["plans"]}


def table(result: dict) -> str:
    bare = result["bare"]
    lines = [f"### {result['database']}", "", "| page | req/s | p50 ms | p99 ms | share of the bare view | failed |",
             "|---|---:|---:|---:|---:|---:|",
             f"| bare Django view | {bare['rps']:,.0f} | {bare['p50']:.1f} | {bare['p99']:.1f} | 1 | {bare['failed']} |"]
    for name, figures in result["pages"].items():
        lines.append(f"| {name} | {figures['rps']:,.0f} | {figures['p50']:.1f} | {figures['p99']:.1f} | "
                     f"{figures['rps'] / bare['rps']:.3f} | {figures['failed']} |")
    ten, many = result["flat"]["ten"], result["flat"]["many"]
    lines += ["", f"Journal list, one request at a time: 10 entries p50 {ten['p50']:.1f} ms (p99 {ten['p99']:.1f}), "
              f"5,000 entries p50 {many['p50']:.1f} ms (p99 {many['p99']:.1f}): ratio {many['p50'] / ten['p50']:.2f} "
              f"(target within 1.5; 10 entries fill half a page, 5,000 a full page of 20)."]
    return "\n".join(lines)


def plans(result: dict) -> str:
    lines = [f"Plans of the journal list's two queries (second page, person in a couple) on {result['database']}:", ""]
    for sql, plan in result["plans"].items():
        where = re.search(r"WHERE \((.*?)\) ORDER BY", sql)
        lines.append(f"- `{(where.group(1) if where else sql)[:90]}...`: " + " / ".join(f"`{step}`" for step in plan))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=3, help="length of each load run")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds per page")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections")
    args = parser.parse_args()
    machine = report.machine()
    databases = [("SQLite", None)] + ([("PostgreSQL", url)] if (url := fresh_postgres()) else [])
    results = [bench_database(label, url, args) for label, url in databases]
    command = serving.template().format(python="python", bin=".venv/bin", app="APP", port="PORT")
    body = (f"Run on {dt.date.today().isoformat()}: {machine}; Django {django.get_version()}; "
            f"{', '.join(r['database'] for r in results)}.\n\n"
            f"The bare view (bench/bare_app.py: one `HttpResponse` behind Django's default middleware) and Nearer "
            f"(`nearer.config.wsgi:application`) are served by the same command, `{command}`, and loaded in "
            f"turn with {load.tool()}, {args.connections} connections, {args.seconds:g} s a run, {args.rounds} "
            f"alternating rounds, logged in as a person with 200 journal entries (and 4 more their partner shared), a started plan. "
            f"req/s and p50 are medians over the rounds, p99 the worst round; share = req/s / the bare view's. "
            f"Target: every page at 0.25 of the bare view or more (0.33 is the goal).\n\n"
            + "\n\n".join(table(r) + "\n\n" + plans(r) for r in results))
    print(body)
    path = report.write_section("Pages vs a bare Django view (`make bench`, bench/pages.py)", body)
    print(f"\nWritten to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
