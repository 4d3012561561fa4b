"""A malformed history is refused with one message naming the problem, before anything is computed."""

from datetime import date, datetime, timedelta

import pytest

from nearer.core.errors import InvalidInputError
from nearer.core.measures import AgreementDays, History, LogEntry, weekly_review
from tests.core.measures.builders import START, at, history

TODAY = START + timedelta(days=10)


@pytest.mark.parametrize(("entry", "message"), [
    (LogEntry("gift", at(START)), "unknown kind 'gift'"),
    (LogEntry("moment", datetime(2026, 9, 8, 20, 0)), "occurred_at must be a date and time with a zone"),
    (LogEntry("moment", at(START), initiator="them"), "unknown initiator 'them'"),
    (LogEntry("moment", at(START), topic="sex"), "unknown topic 'sex'"),
    (LogEntry("bid", at(START), response="ignored"), "unknown response 'ignored'"),
    (LogEntry("rough", at(START), defensiveness=6), "defensiveness must be 1 to 5"),
    (LogEntry("rough", at(START), defensiveness=True), "defensiveness must be 1 to 5"),
    (LogEntry("weekly", at(START), safety=0), "safety must be 1 to 7"),
    (LogEntry("weekly", at(START), closeness=8), "closeness must be 1 to 7"),
    (LogEntry("rough", at(START), repaired_at=datetime(2026, 9, 8)), "repaired_at must be a date and time"),
])
def test_a_bad_log_entry_is_named_by_its_position(program, entry, message):
    with pytest.raises(InvalidInputError, match=f"^log entry 1: {message}"):
        weekly_review(history(TODAY, [LogEntry("moment", at(START)), entry]), program)


def test_an_unknown_time_zone_is_refused():
    for zone in ("Mars/Olympus", "", "../etc/passwd", "/etc/localtime"):
        with pytest.raises(InvalidInputError, match="is not a known zone name"):
            History(plan_start=START, today=TODAY, time_zone=zone)


def test_an_unknown_agreement_kind_and_a_repeated_id_are_refused(program):
    with pytest.raises(InvalidInputError, match="unknown kind 'nagging'"):
        weekly_review(history(TODAY, agreements=[AgreementDays("a", "nagging")]), program)
    twice = [AgreementDays("a", "affection"), AgreementDays("a", "space")]
    with pytest.raises(InvalidInputError, match="'a' is given twice"):
        weekly_review(history(TODAY, agreements=twice), program)


@pytest.mark.parametrize("week", ["2026-49", "2026-W54", "2025-W53", "W49", 49])
def test_a_tune_up_week_that_is_not_an_iso_week_is_refused(program, week):
    with pytest.raises(InvalidInputError, match="is not an ISO week"):
        weekly_review(history(TODAY, tune_ups=[week]), program)


def test_a_plan_starting_after_today_is_refused(program):
    with pytest.raises(InvalidInputError, match="the plan starts after today"):
        weekly_review(history(START, plan_start=START + timedelta(days=1)), program)


def test_escalation_weeks_outside_the_contents_range_are_refused(program):
    with pytest.raises(InvalidInputError, match="escalation weeks must be between 2 and 26"):
        weekly_review(history(TODAY), program, escalation_weeks=1)


def test_the_plan_may_start_today(program):
    assert len(weekly_review(history(date(2026, 9, 9), plan_start=date(2026, 9, 9)), program).weeks) == 1


@pytest.mark.parametrize(("changes", "message"), [
    ({"today": datetime(2026, 9, 20, 12, 0)}, "today must be a date"),
    ({"plan_start": "2026-09-07"}, "plan_start must be a date"),
    ({"next_shared_activity": "soon"}, "next_shared_activity must be a date or nothing"),
    ({"talks": [START, "yesterday"]}, "talks must be dates"),
    ({"agreements": [AgreementDays("a", "space", [START], {datetime(2026, 9, 7, 9, 0)})]},
     "agreement 'a': due and done days must be dates"),
])
def test_days_that_are_not_plain_dates_are_refused(program, changes, message):
    fields = {"plan_start": START, "today": TODAY, "time_zone": "Europe/Berlin", **changes}
    with pytest.raises(InvalidInputError, match=f"^{message}$"):
        weekly_review(History(**fields), program)


def test_a_true_hidden_behind_an_earlier_one_is_still_refused(program):
    entries = [LogEntry("weekly", at(START), safety=1), LogEntry("weekly", at(START), safety=True)]
    with pytest.raises(InvalidInputError, match="^log entry 1: safety must be 1 to 7$"):
        weekly_review(history(TODAY, entries), program)


def test_an_unhashable_kind_is_refused_with_a_message(program):
    with pytest.raises(InvalidInputError, match=r"^log entry 0: unknown kind \['moment'\]$"):
        weekly_review(history(TODAY, [LogEntry(["moment"], at(START))]), program)
    with pytest.raises(InvalidInputError, match="unknown kind"):
        weekly_review(history(TODAY, agreements=[AgreementDays("a", ["space"])]), program)
