"""Mixed traffic at a fixed rate, then a burst of logins, against the real `nearer serve --workers 2`;
prints a table and writes it into BENCHMARKS.md (the other sections are kept).

Usage: .venv/bin/python bench/load_mix.py [--rate R] [--seconds S]

For each database (SQLite always; PostgreSQL when NEARER_BENCH_MIX_PG_URL, default
postgres://postgres@127.0.0.1:5432/nearer_load_mix, answers) a throwaway database is seeded through
Nearer's services (bench/seed_pages.py, plus 20 people who only log in), then `nearer serve` runs on
it with the real key-derivation settings, and:
1. a logged-in person requests the seven pages of bench/pages.py in turn at a fixed rate (a clock
   schedules each request; latency counts from the scheduled time, so a slow server cannot hide
   its queue by slowing the client);
2. 20 people post the login form at the same moment while another client keeps asking for the home
   page at 20 requests/s; the server's memory (RSS of the master and its workers) is sampled every
   50 ms from /proc.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import http.cookies
import json
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

import django

import load
import pages
import report
import serving

ROOT = report.ROOT
NEARER = pathlib.Path(sys.executable).parent / "nearer"
PG_URL = os.environ.get("NEARER_BENCH_MIX_PG_URL", "postgres://postgres@127.0.0.1:5432/nearer_load_mix")
BURST = 20
TARGETS = {"mixed p99": 150.0, "burst p99": 300.0, "memory": 400.0}


def seed(out: pathlib.Path) -> None:
    """bench/seed_pages.py's couple (200 + 20 entries, a started plan) and BURST people who only log in."""
    import seed_pages

    seed_pages.PEOPLE = {name: seed_pages.PEOPLE[name] for name in ("main", "partner")}
    for number in range(BURST):
        seed_pages.PEOPLE[f"burst{number}"] = (f"bench-burst{number}@example.com", f"Guest {number}", 0)
    seed_pages.main(out)


def rss_mib(master: int) -> float:
    """Resident memory of the master and its child processes, in MiB."""
    pids = {master}
    try:
        for task in os.listdir(f"/proc/{master}/task"):
            with open(f"/proc/{master}/task/{task}/children", encoding="ascii") as handle:
                pids.update(int(pid) for pid in handle.read().split())
    except OSError:
        pass
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status", encoding="ascii") as handle:
                total += next(int(line.split()[1]) for line in handle if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
    return total / 1024


def sample_memory(master: int, stop: threading.Event, peaks: list[float]) -> None:
    while not stop.is_set():
        peaks.append(rss_mib(master))
        stop.wait(0.05)


def login_burst(port: int, emails: list[str], password: str) -> list[dict]:
    """Each person fetches the login form (own CSRF cookie), then all post it at the same moment."""
    gate, results = threading.Barrier(len(emails)), []

    def one(email):
        client = load.Client(port)
        form = client.send("GET", "/accounts/login/", None, {})
        cookies = http.cookies.SimpleCookie()
        for header in form.headers.get_all("Set-Cookie") or []:
            cookies.load(header)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.body.decode())
        data = urllib.parse.urlencode({"username": email, "password": password,
                                       "csrfmiddlewaretoken": token.group(1)}).encode()
        headers = {"Cookie": f"csrftoken={cookies['csrftoken'].value}",
                   "Content-Type": "application/x-www-form-urlencoded"}
        gate.wait()
        started = time.perf_counter()
        try:
            answer = client.send("POST", "/accounts/login/", data, headers)
            ok = answer.status == 302 and "/accounts/login/" not in (answer.getheader("Location") or "")
        except (OSError, http.client.HTTPException):
            ok = False
        results.append({"start": started, "end": time.perf_counter(), "ok": ok})

    threads = [threading.Thread(target=one, args=(email,)) for email in emails]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def serve(folder: pathlib.Path, env: dict) -> tuple[subprocess.Popen, int]:
    """The real `nearer serve --workers 2` on this database; (process, port) once it answers."""
    port = serving.free_port()
    log = open(folder / "serve.log", "ab")  # noqa: SIM115 - kept open for the server's lifetime
    process = subprocess.Popen([str(NEARER), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
                               env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nearer serve stopped at start:\n{(folder / 'serve.log').read_text()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process, port
        except OSError:
            time.sleep(0.2)
    stop_server(process)
    raise RuntimeError("nearer serve did not answer within 60 s")


def stop_server(process: subprocess.Popen) -> None:
    """Ctrl-C, as an operator stops it; the whole process group is killed if it has not left in 20 s."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def mixed(port: int, heads: dict, entry: str, args) -> dict:
    requests = [(name, "POST" if body else "GET", path.format(entry=entry), body, heads)
                for name, path, body in pages.PAGES]
    for name, method, path, body, headers in requests:  # every page answers 200 to this person, warm
        for _ in range(3):
            answer = load.Client(port).send(method, path, body, headers)
            if answer.status != 200:
                raise RuntimeError(f"{name} ({path}) answered {answer.status}")
    # 64 threads: far more than the server's 4 request slots, so the server's queue, not the client's, grows
    records = load.fixed_rate(port, requests, args.rate, threading.Event(), args.seconds, threads=64)
    result = load.figures(records)
    result["pages"] = {name: load.figures([r for r in records if r["name"] == name]) for name, *_ in requests}
    return result


def burst(port: int, master: int, heads: dict, seed: dict) -> dict:
    """The home page at 20 requests/s, 2 s before, during and 2 s after a burst of logins."""
    stop, peaks, memory_stop, home = threading.Event(), [], threading.Event(), []
    background = threading.Thread(target=lambda: home.extend(load.fixed_rate(
        port, [("home", "GET", "/home/", None, heads)], 20, stop, 120, threads=8)))
    sampler = threading.Thread(target=sample_memory, args=(master, memory_stop, peaks))
    before = rss_mib(master)
    sampler.start()
    background.start()
    time.sleep(2)
    logins = login_burst(port, [seed["emails"][f"burst{n}"] for n in range(BURST)], seed["password"])
    first, last = min(r["start"] for r in logins), max(r["end"] for r in logins)
    time.sleep(2)
    stop.set()
    background.join()
    memory_stop.set()
    sampler.join()
    during = [r for r in home if first <= r["at"] <= last]  # scheduled while the logins were running
    took = sorted((r["end"] - r["start"]) * 1000 for r in logins)
    return {"during": load.figures(during), "home": load.figures(home), "seconds": last - first,
            "logins_ok": sum(r["ok"] for r in logins), "login_p50": load.percentile(took, 0.5),
            "login_max": took[-1], "before": before, "peak": max(peaks, default=before)}


def bench_database(label: str, database_url: str | None, args) -> dict:
    folder = pathlib.Path(tempfile.mkdtemp(prefix="nearer-load-mix-"))
    env = {**os.environ, "NEARER_DATA_DIR": str(folder), "NEARER_LOG_LEVEL": "WARNING",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "bench")])}
    for name in [name for name in env if name.startswith(("NEARER_KDF", "NEARER_WORKERS", "NEARER_THREADS"))]:
        env.pop(name)  # the real key-derivation settings and the server's defaults
    env.pop("NEARER_DATABASE_URL", None)
    if database_url:
        env["NEARER_DATABASE_URL"] = database_url
    print(f"== {label}: seeding through Nearer's services (a couple, 200 + 20 entries, {BURST} more people)",
          flush=True)
    subprocess.run([sys.executable, __file__, "--seed", str(folder / "seed.json")], env=env, check=True, timeout=300)
    seed = json.loads((folder / "seed.json").read_text())
    process = None
    try:
        process, port = serve(folder, env)
        heads = pages.login(f"http://127.0.0.1:{port}", seed["emails"]["main"], seed["password"])
        print(f"== {label}: {args.rate:g} requests/s of mixed pages for {args.seconds:g} s", flush=True)
        mix = mixed(port, heads, seed["entry"], args)
        print(f"== {label}: a burst of {BURST} logins beside the home page at 20 requests/s", flush=True)
        logins = burst(port, process.pid, heads, seed)
    finally:
        if process is not None:
            stop_server(process)
        shutil.rmtree(folder, ignore_errors=True)
    return {"database": seed["database"], "mixed": mix, "burst": logins}


def verdict(value: float, target: str) -> str:
    return "met" if value < TARGETS[target] else "**missed**"


def table(result: dict) -> str:
    mix, burst_ = result["mixed"], result["burst"]
    during = burst_["during"]
    lines = [f"### {result['database']}", "", "| measure | value | target | |", "|---|---:|---:|---|",
             f"| mixed traffic: achieved rate (req/s) | {mix['rate']:.1f} | | |",
             f"| mixed traffic: p50 ms | {mix['p50']:.1f} | | |",
             f"| mixed traffic: p99 ms | {mix['p99']:.1f} | < 150 | {verdict(mix['p99'], 'mixed p99')} |",
             f"| mixed traffic: p99 ms from the moment sent (the client's own queue left out) | "
             f"{mix['service_p99']:.1f} | | |",
             f"| mixed traffic: requests (failed) | {mix['count']} ({mix['failed']}) | | |",
             f"| burst: {BURST} logins took (s) | {burst_['seconds']:.2f} | | |",
             f"| burst: logins that succeeded | {burst_['logins_ok']} of {BURST} | | |",
             f"| burst: one login p50 / slowest ms | {burst_['login_p50']:.0f} / {burst_['login_max']:.0f} | | |",
             f"| burst: home p99 ms during the burst ({during['count']} requests, {during['failed']} failed) | "
             f"{during['p99']:.1f} | < 300 | {verdict(during['p99'], 'burst p99')} |",
             f"| burst: home p50 / max ms during the burst | {during['p50']:.1f} / {during['max']:.1f} | | |",
             f"| server memory before the burst (MiB) | {burst_['before']:.0f} | | |",
             f"| server memory peak (MiB) | {burst_['peak']:.0f} | < 400 | {verdict(burst_['peak'], 'memory')} |",
             "", "Mixed traffic per page (p50 / p99 ms): " + ", ".join(
                 f"{name} {page['p50']:.1f} / {page['p99']:.1f}" for name, page in mix["pages"].items()) + "."]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=100.0, help="mixed traffic, requests per second")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the mixed traffic")
    parser.add_argument("--seed", type=pathlib.Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        seed(args.seed)
        return 0
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError("load_mix ran past 5 minutes")))
    signal.alarm(300)  # the servers are stopped on the way out
    machine = report.machine()
    databases = [("SQLite", None)] + ([("PostgreSQL", url)] if (url := pages.fresh_postgres(PG_URL)) else [])
    results = [bench_database(label, url, args) for label, url in databases]
    body = (f"Run on {dt.date.today().isoformat()}: {machine}; Django {django.get_version()}; "
            f"{', '.join(r['database'] for r in results)}.\n\n"
            f"Nearer served by the real `nearer serve --workers 2` (gunicorn, gthread, 2 threads a worker) with the "
            f"real key derivation (Argon2id 64 MiB, t=3, p=4, NEARER_KDF_CONCURRENCY at its default). "
            f"Mixed traffic: one logged-in person (200 journal entries, a started plan) asks for home, the journal "
            f"list, the plan, a step, one entry, the coach page and `POST /api/v1/coach` in turn, {args.rate:g} "
            f"requests/s for {args.seconds:g} s, scheduled on a clock by a pool of 64 Python threads (wrk2 is not in "
            f"Debian); latency counts from each request's scheduled time. Burst: {BURST} people, each with their "
            f"own CSRF cookie, post the login form at the same moment while the home page is asked for at 20 "
            f"requests/s; \"during the burst\" means home requests scheduled between the first login sent and the "
            f"last answered. Memory is the RSS of the gunicorn master and its workers, sampled every 50 ms from "
            f"/proc. The client runs on the same machine and shares its cores (load average "
            f"{os.getloadavg()[0]:.1f} at the end).\n\n"
            + "\n\n".join(table(r) for r in results))
    print(body)
    path = report.write_section("Mixed traffic and a burst of logins (`make bench`, bench/load_mix.py)", body)
    print(f"\nWritten to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
