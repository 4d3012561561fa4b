"""The practice facts, counted from what the person recorded."""

from datetime import datetime, timedelta, timezone

from nearer.core.practice_log import LogFields
from nearer.practice import services, tuneups
from nearer.practice.facts import facts_for
from tests.factories import key_for, make_user

UTC = timezone.utc


def log(user, kind, at):
    services.log_create(user=user, fields=LogFields(kind=kind, occurred_at=at), key=key_for(user), now=at)


def test_a_person_with_nothing_recorded_has_every_fact_at_zero(db, now):
    river = make_user("river@example.com", "River")
    assert facts_for(user=river, key=key_for(river), now=now) == {
        "tune_up_held": 0, "appreciation_days": 0, "affection_days": 0, "needs_named": 0}


def test_days_are_counted_once_each_on_the_persons_own_calendar(db):
    noor = make_user("ny@example.com", "Noor", time_zone="America/New_York")
    monday_evening = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # Monday 30 Nov, 20:00 in New York
    log(noor, "appreciation", monday_evening)
    log(noor, "appreciation", monday_evening + timedelta(hours=3))  # 23:00 the same local day
    log(noor, "appreciation", monday_evening + timedelta(hours=5))  # Tuesday 01:00 local
    log(noor, "affection", monday_evening)
    facts = facts_for(user=noor, key=key_for(noor), now=monday_evening + timedelta(days=1))
    assert facts["appreciation_days"] == 2 and facts["affection_days"] == 1


def test_tune_ups_count_the_weeks_answered_and_needs_count_once_named(db, now):
    river = make_user("river@example.com", "River")
    week = tuneups.current_week(user=river, now=now)
    for earlier in (0, 1, 2):
        tuneups.tuneup_answer(user=river, week=week.shifted(-earlier), first="a", second="b", share=False,
                              key=key_for(river), now=now)
    for text in ("rest", "time together"):
        services.need_create(user=river, need=text, action="a walk", who="both", how_often="weekly",
                             key=key_for(river), now=now)
    facts = facts_for(user=river, key=key_for(river), now=now)
    assert facts["tune_up_held"] == 3 and facts["needs_named"] == 1


def test_another_persons_records_never_count(people, now):
    log(people["partner"], "appreciation", now)
    assert facts_for(user=people["self"], key=key_for(people["self"]), now=now)["appreciation_days"] == 0


def test_every_fact_id_is_one_the_program_knows(db, now):
    from nearer.core.program.facts import FACTS

    river = make_user("river@example.com", "River")
    assert set(facts_for(user=river, key=key_for(river), now=now)) <= set(FACTS)
