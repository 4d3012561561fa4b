"""Benchmark the coach against VADER on the same texts; print a table and write BENCHMARKS.md.

Usage: .venv/bin/python bench/coach.py [--rounds N]

Timing and memory are measured in separate passes (tracemalloc slows everything it watches).
VADER is the baseline a developer might reach for; it is called as its docs show
(SentimentIntensityAnalyzer().polarity_scores) and "harsh" means compound < -0.05.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import pathlib
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from nearer.core.coach import review  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from report import machine, write_section  # noqa: E402

VADER_NEGATIVE = -0.05  # VADER's own documented threshold for "negative"


def load_messages() -> list[dict]:
    """Return every labelled message (both splits)."""
    with open(ROOT / "tests" / "data" / "coach_messages.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def long_message(texts: list[str], size: int = 1000) -> str:
    """Return a message of exactly `size` characters made by joining labelled texts."""
    joined = " ".join(texts)
    while len(joined) < size:
        joined += " " + joined
    return joined[:size]


def time_pass(func, texts: list[str]) -> int:
    """Return the ns one plain pass over `texts` takes (no timer inside the loop)."""
    clock = time.perf_counter_ns
    started = clock()
    for text in texts:
        func(text)
    return clock() - started


def time_each(func, texts: list[str], latencies: list[int]) -> None:
    """Append the ns each call takes to `latencies`."""
    clock = time.perf_counter_ns
    for text in texts:
        before = clock()
        func(text)
        latencies.append(clock() - before)


def percentile(values: list[int], share: float) -> float:
    """Return the value below which `share` of the sorted values fall (nearest rank), in ms."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))
    return ordered[index] / 1e6


def peak_memory(func, texts: list[str]) -> int:
    """Return the peak bytes allocated while running `func` over every text once."""
    tracemalloc.start()
    for text in texts:
        func(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def accuracy(predict_harsh, messages: list[dict]) -> float:
    """Return the share of messages where harsh-or-softening vs gentle matches the label."""
    right = sum(predict_harsh(m["text"]) == (m["verdict"] != "gentle") for m in messages)
    return right / len(messages)


def cli_start(runs: int = 15) -> tuple[float, float] | None:
    """Return (median, slowest) seconds for `nearer coach "..."` to run to its last output line,
    an upper bound on the time to first output; None when the command is not installed."""
    command = shutil.which("nearer", path=str(pathlib.Path(sys.executable).parent)) or shutil.which("nearer")
    if command is None:
        return None
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([command, "coach", "You never listen to me."], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times), max(times)


def measure(analysers: dict, texts: list[str], long_text: str, rounds: int) -> dict[str, dict]:
    """Return throughput and latency figures for each analyser, measured side by side.

    Both run in this process on the same texts, after the same warm-up, in alternating passes
    (the order flips every round), so a busy machine slows both alike. Throughput is the median
    of the per-round rates of plain loops; latencies come from separate timed passes.
    """
    for func in analysers.values():
        for text in texts:
            func(text)  # warm-up: first-call costs out of the way for both
    rates = {name: [] for name in analysers}
    latencies = {name: [] for name in analysers}
    long_latencies = {name: [] for name in analysers}
    names = list(analysers)
    for round_ in range(rounds):
        for name in names if round_ % 2 == 0 else names[::-1]:
            gc.collect()
            rates[name].append(len(texts) / (time_pass(analysers[name], texts) / 1e9))
            time_each(analysers[name], texts, latencies[name])
            time_each(analysers[name], [long_text] * 100, long_latencies[name])
    return {name: {
        "name": name,
        "throughput": statistics.median(rates[name]),
        "p50": percentile(latencies[name], 0.50),
        "p99": percentile(latencies[name], 0.99),
        "long_p50": percentile(long_latencies[name], 0.50),
        "long_p99": percentile(long_latencies[name], 0.99),
        "peak_kib": peak_memory(analysers[name], texts) / 1024,
    } for name in names}


def table(rows: list[dict], ratio: float) -> str:
    """Return the results as a Markdown table plus the speed ratio line."""
    lines = ["| analyser | msgs/s | p50 ms | p99 ms | 1,000-char p50 ms | 1,000-char p99 ms | "
             "peak memory KiB | harsh-vs-gentle accuracy |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['name']} | {r['throughput']:,.0f} | {r['p50']:.3f} | {r['p99']:.3f} | "
                     f"{r['long_p50']:.3f} | {r['long_p99']:.3f} | {r['peak_kib']:,.0f} | {r['accuracy']:.3f} |")
    lines.append("")
    lines.append(f"Throughput ratio coach / VADER: {ratio:.2f} (target >= 1.0); "
                 f"coach p99 on a 1,000-character message: {rows[0]['long_p99']:.3f} ms (target < 2 ms).")
    return "\n".join(lines)


def main() -> int:
    """Run both analysers, print the table and write BENCHMARKS.md; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the labelled texts")
    args = parser.parse_args()
    messages = load_messages()
    texts = [m["text"] for m in messages]
    long_text = long_message(texts)
    vader = SentimentIntensityAnalyzer()
    analysers = {"Nearer coach": review, "VADER 3.3.2": vader.polarity_scores}
    figures = measure(analysers, texts, long_text, args.rounds)
    figures["Nearer coach"]["accuracy"] = accuracy(lambda t: review(t).verdict != "gentle", messages)
    figures["VADER 3.3.2"]["accuracy"] = accuracy(
        lambda t: vader.polarity_scores(t)["compound"] < VADER_NEGATIVE, messages)
    rows = list(figures.values())
    ratio = rows[0]["throughput"] / rows[1]["throughput"]
    result = table(rows, ratio)
    start = cli_start()
    if start is not None:
        result += (f"\n\n`nearer coach \"...\"` from launch to exit (no Django): median {start[0] * 1000:.0f} ms, "
                   f"slowest {start[1] * 1000:.0f} ms over 15 runs (target < 300 ms to first output).")
    print(result)
    header = (f"Run on {dt.date.today().isoformat()}: {machine()}.\n\n"
              f"{len(texts)} labelled messages x {args.rounds} rounds (mean length "
              f"{sum(map(len, texts)) / len(texts):.0f} characters), plus {args.rounds * 100:,} runs on one "
              f"1,000-character message. Both analysers run in one process on the same texts after the "
              f"same warm-up, in alternating passes; msgs/s is the median over rounds of a plain loop, "
              f"latencies come from separate per-call timed passes (time.perf_counter_ns); peak memory "
              f"is measured in another pass with tracemalloc. Accuracy is on the whole labelled set "
              f"(every split).\n\n")
    path = write_section("Coach vs VADER (`make bench`, bench/coach.py)", header + result)
    print(f"\nWritten to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
