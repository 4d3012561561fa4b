"""Properties that hold for any history: shares stay in [0, 1], points are never negative, and the
result does not depend on the order in which entries and agreements arrive."""

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nearer.core.measures import AgreementDays, History, LogEntry, weekly_review
from nearer.core.program import load_program

PROGRAM = load_program()
START = date(2026, 3, 2)
TODAY = START + timedelta(days=55)
ZONES = st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "UTC"])
MOMENTS = st.datetimes(min_value=datetime(2026, 2, 25), max_value=datetime(2026, 5, 1),
                       timezones=st.just(timezone.utc))


@st.composite
def entries(draw):
    kind = draw(st.sampled_from(["moment", "appreciation", "affection", "bid", "rough", "weekly"]))
    occurred = draw(MOMENTS)
    repair = draw(st.none() | st.integers(0, 3000))
    return LogEntry(
        kind, occurred,
        initiator=draw(st.sampled_from(["", "me", "partner", "both"])),
        topic=draw(st.sampled_from(["", "conversation", "their_day", "activity", "affection", "other"])),
        response=draw(st.sampled_from(["", "toward", "away", "against"])),
        defensiveness=draw(st.none() | st.integers(1, 5)),
        repaired_at=None if repair is None else occurred + timedelta(minutes=repair),
        safety=draw(st.none() | st.integers(1, 7)), closeness=draw(st.none() | st.integers(1, 7)),
    )


@st.composite
def agreements(draw, index):
    day = st.integers(-3, 60).map(lambda n: START + timedelta(days=n))
    kind = draw(st.sampled_from(["micro_connection", "affection", "shared_activity", "weekly_tune_up"]))
    return AgreementDays(f"a{index}", kind, draw(st.lists(day, max_size=40)), frozenset(draw(st.lists(day, max_size=40))))


@st.composite
def histories(draw):
    count = draw(st.integers(0, 4))
    return History(
        plan_start=START, today=TODAY, time_zone=draw(ZONES),
        entries=draw(st.lists(entries(), max_size=120)),
        agreements=[draw(agreements(i)) for i in range(count)],
        talks=draw(st.lists(st.integers(0, 55).map(lambda n: START + timedelta(days=n)), max_size=5)),
        tune_ups=draw(st.lists(st.sampled_from(["2026-W10", "2026-W12", "2026-W15"]), max_size=3)),
        long_running_conflict=draw(st.booleans()), safety_concern=draw(st.booleans()),
    )


def _readings(review):
    for week in review.weeks:
        yield from (week.partner_started, week.kept, week.turning_toward, week.safety, week.closeness,
                    week.defensiveness, week.repair_minutes, week.balance.warm_share)
        yield from week.kept_by_agreement.values()
    yield from (m.shared_activity_days for m in review.months)


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(histories())
def test_shares_stay_between_zero_and_one_and_points_are_never_negative(history):
    review = weekly_review(history, PROGRAM)
    for reading in _readings(review):
        assert reading.points >= 0
        assert reading.value is None or reading.points >= reading.minimum
    for week in review.weeks:
        for share in (week.kept, week.turning_toward, week.balance.warm_share, *week.kept_by_agreement.values()):
            assert share.value is None or 0 <= share.value <= 1
        assert week.rhythm.points >= 0 and week.balance.warm >= 0 and week.balance.hard >= 0
    for hint in review.helps:
        assert 0 <= hint.in_other < hint.in_better <= 1


@FAST
@given(histories(), st.randoms(use_true_random=False))
def test_the_order_of_the_input_does_not_change_the_review(history, rng):
    entries, agreements = list(history.entries), list(history.agreements)
    rng.shuffle(entries)
    rng.shuffle(agreements)
    shuffled = replace(history, entries=entries, agreements=agreements, talks=list(reversed(list(history.talks))))
    first, second = weekly_review(history, PROGRAM), weekly_review(shuffled, PROGRAM)
    assert first.weeks == second.weeks and first.baseline == second.baseline and first.months == second.months
    assert first.recommendations == second.recommendations and first.facts == second.facts
    assert sorted(first.helps, key=repr) == sorted(second.helps, key=repr)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_a_safety_concern_always_means_individual_support_only(history):
    review = weekly_review(replace(history, safety_concern=True), PROGRAM)
    assert [r.kind for r in review.recommendations] == ["individual_support"]
