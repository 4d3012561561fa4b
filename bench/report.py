"""BENCHMARKS.md is written by more than one bench script: each replaces only its own section."""

from __future__ import annotations

import os
import pathlib
import platform

ROOT = pathlib.Path(__file__).resolve().parent.parent
TITLE = "# Benchmarks\n"


def write_section(heading: str, body: str) -> pathlib.Path:
    """Put `## heading` + body into BENCHMARKS.md in place of the section of that heading (or at
    the end when there is none), keeping every other section as it was."""
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else TITLE
    head, *sections = text.split("\n## ")
    kept = [f"## {section.rstrip()}" for section in sections]
    new = f"## {heading}\n\n{body.strip()}"
    for index, section in enumerate(kept):
        if section.splitlines()[0].startswith(f"## {heading.split(' (')[0]}"):
            kept[index] = new
            break
    else:
        kept.append(new)
    path.write_text(head.rstrip() + "\n\n" + "\n\n".join(kept) + "\n", encoding="utf-8")
    return path


def machine() -> str:
    """A one-line description of this machine: CPU model, cores, RAM, Python, OS and current load."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    ram = "unknown RAM"
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            kib = int(next(line.split()[1] for line in handle if line.startswith("MemTotal")))
            ram = f"{kib / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    load = f", load average {os.getloadavg()[0]:.1f} at the start" if hasattr(os, "getloadavg") else ""
    return (f"{cpu}, {os.cpu_count()} logical cores, {ram}, Python {platform.python_version()} "
            f"({platform.python_implementation()}), {platform.system()} {platform.release()}{load}")
