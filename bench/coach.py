"""Time the coach against its budgets; print a table and write BENCHMARKS.md.

Usage: .venv/bin/python bench/coach.py [--rounds N]

Budgets: median under 1 ms for a typical draft (the labelled messages), p99 under 5 ms for a
1,000-character draft, and `nearer coach "..."` under 300 ms from launch to exit (median of runs).
Timing and memory are measured in separate passes (tracemalloc slows everything it watches).
Each figure is given as wall time, which the budgets are about, and as CPU time, which moves less
when other work shares the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import pathlib
import resource
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nearer.core.coach import review  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from report import machine, write_section  # noqa: E402

TYPICAL_P50_MS = 1.0
LONG_P99_MS = 5.0
CLI_MEDIAN_MS = 300.0
CLI_RUNS = 15


def load_texts() -> list[str]:
    """Return every labelled message (both splits)."""
    with open(ROOT / "tests" / "data" / "coach_messages.jsonl", encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def long_message(texts: list[str], size: int = 1000) -> str:
    """Return a message of exactly `size` characters made by joining labelled texts."""
    joined = " ".join(texts)
    while len(joined) < size:
        joined += " " + joined
    return joined[:size]


def time_each(texts: list[str], wall: list[int], cpu: list[int]) -> None:
    """Append the wall and CPU ns each review takes to `wall` and `cpu`."""
    clock, cpu_clock = time.perf_counter_ns, time.process_time_ns
    for text in texts:
        before, cpu_before = clock(), cpu_clock()
        review(text)
        cpu.append(cpu_clock() - cpu_before)
        wall.append(clock() - before)


def percentile(values: list[int], share: float) -> float:
    """Return the value below which `share` of the sorted values fall (nearest rank), in ms."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))
    return ordered[index] / 1e6


def peak_kib(texts: list[str]) -> float:
    """Return the peak KiB allocated while reviewing every text once."""
    tracemalloc.start()
    for text in texts:
        review(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_times(runs: int = CLI_RUNS) -> tuple[list[float], list[float]] | None:
    """Return the wall and CPU seconds each run of `nearer coach "..."` takes from launch to exit,
    or None when the command is not installed."""
    command = shutil.which("nearer", path=str(pathlib.Path(sys.executable).parent)) or shutil.which("nearer")
    if command is None:
        return None
    wall, cpu = [], []
    for _ in range(runs + 1):  # the first run warms the file cache and is not counted
        started, cpu_before = time.perf_counter(), _children_cpu()
        subprocess.run([command, "coach", "You never listen to me."], check=True, capture_output=True)
        wall.append(time.perf_counter() - started)
        cpu.append(_children_cpu() - cpu_before)
    return wall[1:], cpu[1:]


def measure(texts: list[str], long_text: str, rounds: int) -> dict[str, float]:
    """Return latency percentiles (ms), throughput and peak memory, after one warm-up pass."""
    for text in texts + [long_text]:
        review(text)  # every rule part the texts need is compiled here, not in the timed passes
    typical: tuple[list[int], list[int]] = ([], [])  # wall, CPU
    long: tuple[list[int], list[int]] = ([], [])
    for _ in range(rounds):
        gc.collect()
        time_each(texts, *typical)
        time_each([long_text] * 100, *long)
    figures = {"throughput": len(typical[0]) / (sum(typical[0]) / 1e9), "peak_kib": peak_kib(texts)}
    for clock, index in (("", 0), ("cpu_", 1)):
        figures[f"{clock}p50"] = percentile(typical[index], 0.50)
        figures[f"{clock}p99"] = percentile(typical[index], 0.99)
        figures[f"{clock}long_p50"] = percentile(long[index], 0.50)
        figures[f"{clock}long_p99"] = percentile(long[index], 0.99)
    return figures


def table(figures: dict[str, float], cli: tuple[list[float], list[float]] | None) -> str:
    """Return the results as a Markdown table, each figure beside its budget."""
    rows = [
        ("typical draft, median", figures["p50"], figures["cpu_p50"], TYPICAL_P50_MS),
        ("typical draft, p99", figures["p99"], figures["cpu_p99"], None),
        ("1,000-character draft, median", figures["long_p50"], figures["cpu_long_p50"], None),
        ("1,000-character draft, p99", figures["long_p99"], figures["cpu_long_p99"], LONG_P99_MS),
    ]
    if cli is not None:
        wall, cpu = cli
        rows.append((f"`nearer coach \"...\"` launch to exit, median of {len(wall)} runs (slowest wall "
                     f"{max(wall) * 1000:.0f} ms)", statistics.median(wall) * 1000,
                     statistics.median(cpu) * 1000, CLI_MEDIAN_MS))
    lines = ["| what | wall ms | CPU ms | budget (wall) | |", "|---|---:|---:|---:|---|"]
    for what, wall_ms, cpu_ms, budget in rows:
        verdict = "" if budget is None else ("within budget" if wall_ms < budget else "OVER BUDGET")
        lines.append(f"| {what} | {wall_ms:.3f} | {cpu_ms:.3f} | {'' if budget is None else f'< {budget:g}'} "
                     f"| {verdict} |")
    lines.append("")
    lines.append(f"Throughput {figures['throughput']:,.0f} drafts/s; peak memory over the labelled drafts "
                 f"{figures['peak_kib']:,.0f} KiB.")
    return "\n".join(lines)


def main() -> int:
    """Time the coach, print the table and write BENCHMARKS.md; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the labelled texts")
    args = parser.parse_args()
    texts = load_texts()
    long_text = long_message(texts)
    header = (f"Run on {dt.date.today().isoformat()}: {machine()}.\n\n"
              f"{len(texts)} labelled messages x {args.rounds} rounds (mean length "
              f"{sum(map(len, texts)) / len(texts):.0f} characters), plus {args.rounds * 100:,} reviews of one "
              f"1,000-character draft, after one warm-up pass; each review timed on its own "
              f"(time.perf_counter_ns for wall time, time.process_time_ns for CPU time). Peak memory comes from another pass, with tracemalloc. The "
              f"command is timed as a whole process (one uncounted run first; its CPU time is the "
              f"child's user and system time).\n\n")
    result = table(measure(texts, long_text, args.rounds), cli_times())
    print(result)
    path = write_section("Coach speed (`make bench`, bench/coach.py)", header + result)
    print(f"\nWritten to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
