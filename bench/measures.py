"""Benchmark the weekly review's core computation on five years of one person's daily logs.

Usage: .venv/bin/python bench/measures.py [--runs N] [--seed N]

The history is deterministic (seeded): from a plan start five years ago, every day has three to six
log entries (moments, bids, appreciation, affection, now and then a rough moment), a weekly rating
on Sundays, a talk now and then, a tune-up most weeks, and four daily agreements done on most days.
One run is the whole core computation: validating the history, every measure of every ISO week, the
baseline, the months, the trends, the recommendations and what helps (nearer.core.measures.weekly_review).
Target: p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import pathlib
import random
import statistics
import sys
import time
from zoneinfo import ZoneInfo

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nearer.core.measures import AgreementDays, History, LogEntry, weekly_review  # noqa: E402
from nearer.core.program import load_program  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from report import machine, write_section  # noqa: E402

TARGET_MS = 50.0
YEARS = 5
ZONE = "Europe/Berlin"
AGREEMENT_KINDS = ("micro_connection", "daily_appreciation", "affection", "micro_connection")


def build_history(seed: int, today: dt.date) -> History:
    """Return five years of daily practice for one person, the same for the same seed."""
    rng = random.Random(seed)
    zone = ZoneInfo(ZONE)
    start = today - dt.timedelta(days=365 * YEARS)
    days = [start + dt.timedelta(days=i) for i in range((today - start).days + 1)]
    entries = []
    for day in days:
        for _ in range(rng.randint(3, 6)):
            entries.append(_entry(rng, dt.datetime.combine(day, dt.time(rng.randint(6, 22), rng.randint(0, 59)),
                                                           tzinfo=zone)))
        if day.weekday() == 6:
            entries.append(LogEntry("weekly", dt.datetime.combine(day, dt.time(21), tzinfo=zone),
                                    safety=rng.randint(2, 7), closeness=rng.randint(2, 7)))
    agreements = [AgreementDays(f"agreement-{i}", kind, days, frozenset(d for d in days if rng.random() < 0.8))
                  for i, kind in enumerate(AGREEMENT_KINDS)]
    talks = [d for d in days if rng.random() < 0.03]
    tune_ups = sorted({f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}" for d in days if rng.random() < 0.12})
    return History(plan_start=start, today=today, time_zone=ZONE, entries=entries, agreements=agreements,
                   talks=talks, tune_ups=tune_ups, next_shared_activity=today + dt.timedelta(days=4))


def _entry(rng: random.Random, moment: dt.datetime) -> LogEntry:
    kind = rng.choices(["moment", "bid", "appreciation", "affection", "rough"], [5, 4, 2, 2, 1])[0]
    if kind == "moment":
        return LogEntry(kind, moment, initiator=rng.choice(["me", "partner", "both"]),
                        topic=rng.choice(["conversation", "their_day", "activity", "affection", "other"]))
    if kind == "bid":
        return LogEntry(kind, moment, response=rng.choices(["toward", "away", "against", ""], [8, 2, 1, 1])[0])
    if kind == "rough":
        repaired = moment + dt.timedelta(minutes=rng.randint(5, 600)) if rng.random() < 0.8 else None
        return LogEntry(kind, moment, defensiveness=rng.randint(1, 5), repaired_at=repaired)
    return LogEntry(kind, moment)


def percentile(values: list[float], share: float) -> float:
    """Return the nearest-rank percentile of the values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def measure(history: History, runs: int) -> tuple[list[float], list[float]]:
    """Return the wall-clock and the CPU milliseconds of each of `runs` full computations, after two
    warm-up runs. On a machine shared with other work the wall clock also counts the time spent
    waiting for a core; the CPU time of this thread does not, so both are reported."""
    program = load_program()
    for _ in range(2):
        weekly_review(history, program)
    wall, cpu = [], []
    for _ in range(runs):
        gc.collect()
        started, started_cpu = time.perf_counter_ns(), time.thread_time_ns()
        weekly_review(history, program)
        cpu.append((time.thread_time_ns() - started_cpu) / 1e6)
        wall.append((time.perf_counter_ns() - started) / 1e6)
    return wall, cpu


def reference_loop_ns(size: int = 200_000) -> float:
    """Return the CPU nanoseconds one step of a plain `for x in xs: x + 1` loop takes (best of five):
    a yardstick for how fast this machine ran Python during the benchmark, to compare runs."""
    values = list(range(size))
    best = float("inf")
    for _ in range(5):
        started = time.thread_time_ns()
        for value in values:
            value + 1  # noqa: B018 - the work being timed
        best = min(best, time.thread_time_ns() - started)
    return best / size


def table(history: History, wall: list[float], cpu: list[float]) -> str:
    """Return the results as a Markdown table and a verdict line."""
    review = weekly_review(history, load_program())
    size = (f"| {YEARS} years, one person | {len(review.weeks):,} | {len(history.entries):,} | "
            f"{sum(len(a.due) for a in history.agreements):,} |")
    lines = ["| history | weeks | entries | agreement due days | clock | p50 ms | p95 ms | slowest ms |",
             "|---|---:|---:|---:|---|---:|---:|---:|"]
    for name, timings in (("wall", wall), ("CPU (this thread)", cpu)):
        lines.append(f"{size} {name} | {statistics.median(timings):.1f} | {percentile(timings, 0.95):.1f} | "
                     f"{max(timings):.1f} |")
    p95, cpu95 = percentile(wall, 0.95), percentile(cpu, 0.95)
    lines += ["", f"Whole core computation p95: {p95:.1f} ms wall, {cpu95:.1f} ms CPU (target < {TARGET_MS:.0f} ms): "
              f"{'met' if p95 < TARGET_MS else 'NOT met on the wall clock'}"
              f"{'' if p95 < TARGET_MS or cpu95 >= TARGET_MS else ' (met in CPU time: the machine was busy)'}."]
    return "\n".join(lines)


def main() -> int:
    """Build the history, time the review, print the table and write BENCHMARKS.md; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="timed runs after two warm-up runs")
    parser.add_argument("--seed", type=int, default=14, help="seed of the generated history")
    args = parser.parse_args()
    history = build_history(args.seed, dt.date(2026, 12, 2))
    wall, cpu = measure(history, args.runs)
    result = table(history, wall, cpu)
    result += (f"\n\nYardstick: one step of a plain Python loop (`for x in xs: x + 1`) took "
               f"{reference_loop_ns():.0f} ns of CPU on this machine right after the run; compare it between "
               f"runs before comparing the figures above.")
    print(result)
    header = (f"Run on {dt.date.today().isoformat()}: {machine()}.\n\n"
              f"One person, {YEARS} years of generated daily practice (seed {args.seed}: three to six log "
              f"entries a day, a weekly rating each Sunday, four daily agreements done on about 80% of days). "
              f"One run is `nearer.core.measures.weekly_review`: input validation, every measure of every ISO "
              f"week in the person's time zone, the baseline, the months, the trends, the recommendations and "
              f"what helps. {args.runs} timed runs after two warm-up runs, in one process "
              f"(garbage collected before each run). Wall time is time.perf_counter_ns; CPU time is "
              f"time.thread_time_ns, which leaves out the time spent waiting for a core when other work "
              f"shares the machine.\n\n")
    path = write_section("Weekly review core (`bench/measures.py`)", header + result)
    print(f"\nWritten to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
