"""What each kind of log entry holds, and when tune-up answers may be read together."""

from datetime import datetime, timedelta, timezone

import pytest

from nearer.core.errors import InvalidInputError
from nearer.core.practice_log import LogFields, TuneUpShares, answers_revealed, clean_log_fields

AT = datetime(2026, 12, 2, 19, tzinfo=timezone.utc)


def fields(kind, **values):
    return LogFields(kind=kind, occurred_at=AT, **values)


def test_a_good_moment_keeps_who_started_it_and_its_kind():
    cleaned = clean_log_fields(fields("moment", initiator="partner", topic="their_day", response="toward"))
    assert (cleaned.initiator, cleaned.topic, cleaned.response) == ("partner", "their_day", "")


@pytest.mark.parametrize("kind", ["appreciation", "affection"])
def test_appreciation_and_affection_need_nothing_but_the_tap(kind):
    assert clean_log_fields(fields(kind, initiator="me", safety=3)) == fields(kind)


def test_a_bid_keeps_only_the_persons_own_response():
    assert clean_log_fields(fields("bid", response="away", initiator="partner")) == fields("bid", response="away")


def test_a_rough_moment_keeps_defensiveness_and_the_repair_time():
    cleaned = clean_log_fields(fields("rough", defensiveness=4, repaired_at=AT + timedelta(hours=2)))
    assert cleaned.defensiveness == 4 and cleaned.repaired_at == AT + timedelta(hours=2)


def test_a_rough_moment_may_be_logged_before_it_is_repaired():
    assert clean_log_fields(fields("rough", defensiveness=1)).repaired_at is None


def test_the_weekly_ratings_keep_safety_and_closeness():
    cleaned = clean_log_fields(fields("weekly", safety=2, closeness=7))
    assert (cleaned.safety, cleaned.closeness) == (2, 7)


@pytest.mark.parametrize("kind, values, words", [
    ("hug", {}, "what to log"),
    ("moment", {"topic": "conversation"}, "who started it"),
    ("moment", {"initiator": "me"}, "what kind of moment"),
    ("moment", {"initiator": "neighbour", "topic": "conversation"}, "who started it"),
    ("bid", {}, "how you answered it"),
    ("bid", {"response": "judged"}, "how you answered it"),
    ("rough", {}, "how defensive"),
    ("rough", {"defensiveness": 6}, "how defensive"),
    ("rough", {"defensiveness": True}, "how defensive"),
    ("rough", {"defensiveness": 3, "repaired_at": AT - timedelta(minutes=1)}, "before the rough moment"),
    ("weekly", {"safety": 4}, "how close"),
    ("weekly", {"safety": 0, "closeness": 4}, "how safe"),
    ("weekly", {"safety": 4, "closeness": 8}, "how close"),
])
def test_an_entry_missing_what_its_kind_needs_is_refused_with_a_reason(kind, values, words):
    with pytest.raises(InvalidInputError, match=words):
        clean_log_fields(fields(kind, **values))


def shares(**values):
    base = {"answered": True, "shared": True, "in_couple": True, "partner_shared": True}
    return TuneUpShares(**{**base, **values})


def test_answers_are_revealed_once_both_partners_shared():
    assert answers_revealed(shares())


@pytest.mark.parametrize("missing", [{"shared": False}, {"partner_shared": False}, {"in_couple": False}])
def test_answers_stay_apart_until_both_shared_in_a_couple(missing):
    assert not answers_revealed(shares(**missing))
