"""The Today page's server time with a year of a couple's practice, on SQLite.

Usage: .venv/bin/python bench/today.py [--requests N]

A throwaway SQLite database is seeded through Nearer's own services: Alex and Sam, a couple for a
year, with ten agreements proposed by one and accepted by the other (daily, weekday and weekly
moments, a tune-up, a work-talk boundary, a pause signal), each due day of the year marked by both
("done" on most days, "not today" on some), and a parking lot. Then the Today page is asked for as
Alex, logged in through the real form, and the time Django takes to answer (request in, response
out, in-process: no network or browser) is reported as p50 / p95. Target: p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import sys
import tempfile
import time as clock
from datetime import UTC, datetime, time, timedelta

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
PASSWORD = "a calm harbour at dusk"
TARGET_MS = 50
PLANS = [  # (kind, title, frequency, weekdays, minutes, extra)
    ("micro_connection", "Tea on the balcony", "daily", (), 15, {}),
    ("micro_connection", "A walk after dinner", "weekdays", (0, 2, 4), 20, {}),
    ("daily_appreciation", "One specific thank-you", "daily", (), 2, {}),
    ("affection", "A long hug at the door", "daily", (), 1, {}),
    ("practical_support", "Friday shopping", "weekly", (), 45, {}),
    ("shared_activity", "Saturday bike ride", "weekly", (), 90, {}),
    ("weekly_tune_up", "Sunday tune-up", "weekly", (), 30, {}),
    ("work_talk_boundary", "No work talk at dinner", "daily", (), 120, {"phrase": "Parking it"}),
    ("pause_signal", "Time out", "as_needed", (), 20, {"phrase": "Yellow card"}),
    ("micro_connection", "Breakfast without laptops", "weekdays", (5, 6), 20, {}),
]


def _setup(data_dir: str) -> None:
    os.environ["NEARER_DATA_DIR"] = data_dir
    os.environ.pop("NEARER_DATABASE_URL", None)
    from nearer.ops.django_setup import setup_django

    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _person(email, name):
    from nearer.accounts import services as accounts
    from nearer.core.program import load_program
    from nearer.privacy.passwords import password_open
    from nearer.program import services as program

    user, _, _ = accounts.user_create(email=email, password=PASSWORD, display_name=name, time_zone="Europe/Berlin")
    key = password_open(user=user, password=PASSWORD).key
    answers = {q.id: False for q in load_program().safety.questions}
    program.safety_screen_save(user=user, answers=answers, region="us", key=key, now=datetime.now(UTC))
    return user, key


def seed(now: datetime) -> None:
    """A year of a couple's practice, through the services."""
    from django.db import transaction

    from nearer.agreements import marks, parking, services
    from nearer.agreements.inputs import AgreementInput
    from nearer.agreements.models import Agreement
    from nearer.agreements.selectors import schedule_of
    from nearer.core.practice import occurrences
    from nearer.couples import services as couples

    (alex, alex_key), (sam, sam_key) = _person("alex@example.com", "Alex"), _person("sam@example.com", "Sam")
    start = now - timedelta(days=365)
    membership = couples.couple_create(user=alex, partner_label="Sam", now=start, key=alex_key)
    _, token = couples.invitation_create(user=alex, now=start, key=alex_key)
    couples.invitation_accept(user=sam, token=token, partner_label="Alex", now=start, key=sam_key)
    agreements = []
    with transaction.atomic():
        for kind, title, frequency, weekdays, minutes, extra in PLANS:
            data = AgreementInput(kind=kind, title=title, frequency=frequency, weekdays=weekdays, at=time(19, 30),
                                  duration_minutes=minutes, starts_on=start.date(), **extra)
            agreement = services.agreement_create(user=alex, data=data, propose=True, key=alex_key, now=start)
            services.agreement_respond(user=sam, agreement_id=agreement.pk, version=1, answer="accept",
                                       key=sam_key, now=start)
            agreements.append(Agreement.objects.get(pk=agreement.pk))
    count = 0
    with transaction.atomic():
        for agreement in agreements:
            for occurrence in occurrences(schedule_of(agreement), zone="Europe/Berlin", first=start.date(),
                                          last=now.date() - timedelta(days=1)):
                evening = occurrence.ends_at
                for person, skip_every in ((alex, 7), (sam, 5)):
                    status = "not_today" if occurrence.on.toordinal() % skip_every == 0 else "done"
                    marks.mark_set(user=person, agreement_id=agreement.pk, on=occurrence.on, status=status, now=evening)
                    count += 1
        for number in range(8):
            parking.parking_add(user=alex, topic=f"Work topic {number}", key=alex_key, now=now - timedelta(hours=number))
    print(f"seeded {len(agreements)} agreements and {count} marks over a year", file=sys.stderr)
    assert membership is not None


def measure(requests: int) -> dict[str, list[float]]:
    """Server times in ms of the Today page and, as the peer beside it, the home page, alternating."""
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    landed = client.post("/accounts/login/", {"username": "alex@example.com", "password": PASSWORD})
    if landed.status_code != 302:
        raise RuntimeError("login failed")
    for _ in range(10):  # warm-up: templates, content, connection
        assert client.get("/today/").status_code == 200 and client.get("/home/").status_code == 200
    times = {"/today/": [], "/home/": []}
    for _ in range(requests):
        for path, times_of in times.items():
            began = clock.perf_counter()
            response = client.get(path)
            times_of.append((clock.perf_counter() - began) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code}")
    return times


def _percentiles(times: list[float]) -> tuple[float, float]:
    return statistics.median(times), statistics.quantiles(times, n=100)[94]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    import report

    with tempfile.TemporaryDirectory(prefix="nearer-bench-today-") as data_dir:
        _setup(data_dir)
        seed(datetime.now(UTC))
        times = measure(args.requests)
    p50, p95 = _percentiles(times["/today/"])
    peer50, peer95 = _percentiles(times["/home/"])
    verdict = "meets" if p95 < TARGET_MS else "misses"
    line = (f"Today view, SQLite, {args.requests} requests: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
            f"({verdict} the {TARGET_MS} ms target); the home page beside it: p50 {peer50:.1f} ms, p95 {peer95:.1f} ms")
    print(line)
    report.write_section("Today view (a year of a couple's practice)", "\n".join([
        f"Machine: {report.machine()}.", "",
        "bench/today.py: ten agreements proposed and accepted a year ago, each due day marked by both partners,",
        "a parking lot; the Today page asked for by one partner, in-process (Django's own answer time), alternating",
        "with the home page as the peer that shows how busy the machine was.", "",
        f"- {line}",
    ]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
