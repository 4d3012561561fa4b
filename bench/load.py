"""A bounded load: wrk when installed (Debian package `wrk`), else a small pool of Python threads.
Each run returns req/s, p50 and p99 in ms, and how many answers were not the expected status.

fixed_rate() sends requests at a fixed rate instead (plain wrk cannot; wrk2 is not in Debian)."""

from __future__ import annotations

import http.client
import queue
import pathlib
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.parse

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def tool() -> str:
    return "wrk 4 (" + shutil.which("wrk") + ")" if shutil.which("wrk") else "a Python thread pool (http.client)"


def run(url: str, *, headers: dict, seconds: float, connections: int, body: bytes | None = None) -> dict:
    """Load `url` for `seconds` with `connections` at once (GET, or POST when `body` is given)."""
    if shutil.which("wrk"):
        return _wrk(url, headers=headers, seconds=seconds, connections=connections, body=body)
    return _threads(url, headers=headers, seconds=seconds, connections=connections, body=body)


def _lua_string(text: str) -> str:
    return "[==[" + text + "]==]"


def _wrk(url, *, headers, seconds, connections, body) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        if body is not None:
            script.write(f"wrk.method = \"POST\"\nwrk.body = {_lua_string(body.decode())}\n")
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--latency",
               "-s", script.name, *[part for name, value in headers.items() for part in ("-H", f"{name}: {value}")],
               url]
    try:
        output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30, check=True).stdout
    finally:
        pathlib.Path(script.name).unlink()
    return _parse_wrk(output)


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * UNITS[unit]


def _parse_wrk(output: str) -> dict:
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read \d+, write (\d+), timeout (\d+)", output)
    failed = int(bad.group(1)) if bad else 0
    failed += sum(int(n) for n in errors.groups()) if errors else 0
    return {"rps": rate, "p50": p50, "p99": p99, "failed": failed}


def _threads(url, *, headers, seconds, connections, body) -> dict:
    parts = urllib.parse.urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies, failed, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + seconds

    def worker():
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                connection.request("POST" if body is not None else "GET", target, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                ok = response.status < 400
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)
                failed[0] += not ok

    pool = [threading.Thread(target=worker) for _ in range(connections)]
    started = time.monotonic()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.monotonic() - started
    ordered = sorted(latencies) or [0.0]
    return {"rps": len(latencies) / elapsed, "p50": statistics.median(ordered),
            "p99": ordered[min(len(ordered) - 1, round(0.99 * len(ordered)) - 1)], "failed": failed[0]}


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (share 0.99 for p99)."""
    ordered = sorted(values) or [0.0]
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered)) - 1))]


class Client:
    """One keep-alive connection; a request that meets a connection the server closed while idle
    is sent again once on a fresh one."""

    def __init__(self, port: int):
        self.port, self.connection = port, None

    def send(self, method: str, path: str, body: bytes | None, headers: dict) -> http.client.HTTPResponse:
        for attempt in (1, 2):
            reused = self.connection is not None
            if not reused:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                response.body = response.read()
                return response
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.connection.close()
                self.connection = None
                if not reused or attempt == 2:
                    raise
        raise AssertionError("unreachable")


def fixed_rate(port: int, requests: list, rate: float, stop: threading.Event, seconds: float,
               threads: int = 16) -> list[dict]:
    """Send `requests` (name, method, path, body, headers) in turn, one every 1/rate s, until `stop` or
    `seconds`; each record: name, at (perf_counter), scheduled (s from the start), latency (ms from the
    scheduled time), service (ms from the moment a thread sent it), ok (status 200)."""
    work, records, lock = queue.Queue(), [], threading.Lock()

    def worker():
        client = Client(port)
        while (item := work.get()) is not None:
            scheduled, (name, method, path, body, headers) = item
            sent = time.perf_counter()
            try:
                ok = client.send(method, path, body, headers).status == 200
            except (OSError, http.client.HTTPException):
                ok, client.connection = False, None
            with lock:
                records.append({"name": name, "at": scheduled, "scheduled": scheduled - start,
                                "latency": (time.perf_counter() - scheduled) * 1000,
                                "service": (time.perf_counter() - sent) * 1000, "ok": ok})

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for thread in pool:
        thread.start()
    start, number = time.perf_counter(), 0
    while not stop.is_set() and number / rate < seconds:
        scheduled = start + number / rate
        time.sleep(max(0.0, scheduled - time.perf_counter()))
        work.put((scheduled, requests[number % len(requests)]))
        number += 1
    for _ in pool:
        work.put(None)
    for thread in pool:
        thread.join(timeout=90)
    return records


def figures(records: list[dict]) -> dict:
    """Count, achieved rate (answers / time from the first scheduled send to the last answer), p50, p99,
    max of the latency, p99 of the service time, failures."""
    latencies = [r["latency"] for r in records]
    span = max((r["scheduled"] + r["latency"] / 1000 for r in records), default=1.0)
    return {"count": len(records), "rate": len(records) / span, "p50": percentile(latencies, 0.5),
            "p99": percentile(latencies, 0.99), "max": max(latencies, default=0.0),
            "service_p99": percentile([r["service"] for r in records], 0.99),
            "failed": sum(not r["ok"] for r in records)}
