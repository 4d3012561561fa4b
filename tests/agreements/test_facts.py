"""facts_for counts the agreement facts from what exists: active agreements, done days, parked topics."""

from datetime import timedelta

import pytest

from nearer.agreements import marks, parking, services
from nearer.agreements.facts import facts_for
from nearer.core.program.facts import FACTS
from tests.agreements.helpers import make_agreement
from tests.factories import key_for

pytestmark = pytest.mark.django_db
KEYS = {"micro_connections_agreed", "tune_up_scheduled", "pause_signal_agreed", "work_talk_boundary_agreed",
        "parking_lot_started", "reentry_date_set", "appreciation_days", "affection_days", "practical_support_given"}


def _facts(user, now):
    return facts_for(user=user, key=key_for(user), now=now)


def test_every_count_names_a_known_fact_and_starts_at_zero(alex, now):
    facts = _facts(alex, now)
    assert set(facts) == KEYS and KEYS <= set(FACTS) and set(facts.values()) == {0}


def test_agreements_of_each_kind_make_their_fact_hold(alex, now):
    for kind in ("micro_connection", "micro_connection", "weekly_tune_up", "pause_signal", "work_talk_boundary",
                 "reentry_date"):
        make_agreement(alex, kind, now=now)
    facts = _facts(alex, now)
    assert facts["micro_connections_agreed"] == 2
    assert facts["tune_up_scheduled"] == facts["pause_signal_agreed"] == 1
    assert facts["work_talk_boundary_agreed"] == facts["reentry_date_set"] == 1


def test_a_proposal_counts_only_once_the_partner_accepts_it(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, propose=True, now=now)
    assert _facts(alex, now)["micro_connections_agreed"] == 0
    services.agreement_respond(user=sam, agreement_id=agreement.pk, version=1, answer="accept", key=key_for(sam), now=now)
    assert _facts(alex, now)["micro_connections_agreed"] == _facts(sam, now)["micro_connections_agreed"] == 1


def test_a_paused_or_ended_agreement_no_longer_counts(alex, now):
    agreement = make_agreement(alex, "weekly_tune_up", now=now)
    services.agreement_set_status(user=alex, agreement_id=agreement.pk, version=1, action="pause", now=now)
    assert _facts(alex, now)["tune_up_scheduled"] == 0


def test_done_days_count_each_day_once_and_not_today_never(alex, now):
    start = now - timedelta(days=3)
    appreciation = make_agreement(alex, "daily_appreciation", now=start, starts_on=start.date())
    affection = make_agreement(alex, "affection", now=start, starts_on=start.date())
    support = make_agreement(alex, "practical_support", now=start, frequency="daily", starts_on=start.date())
    for back in (0, 1, 2):
        day = now.date() - timedelta(days=back)
        marks.mark_set(user=alex, agreement_id=appreciation.pk, on=day, status="done", now=now)
        marks.mark_set(user=alex, agreement_id=support.pk, on=day, status="done" if back else "not_today", now=now)
    marks.mark_set(user=alex, agreement_id=affection.pk, on=now.date(), status="not_today", now=now)
    facts = _facts(alex, now)
    assert facts["appreciation_days"] == 3 and facts["affection_days"] == 0 and facts["practical_support_given"] == 2


def test_the_partners_marks_never_count_for_the_person(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, "daily_appreciation", propose=True, now=now)
    services.agreement_respond(user=sam, agreement_id=agreement.pk, version=1, answer="accept", key=key_for(sam), now=now)
    marks.mark_set(user=sam, agreement_id=agreement.pk, on=now.date(), status="done", now=now)
    assert _facts(alex, now)["appreciation_days"] == 0 and _facts(sam, now)["appreciation_days"] == 1


def test_a_parked_topic_starts_the_parking_lot(alex, now):
    parking.parking_add(user=alex, topic="Budget review", key=key_for(alex), now=now)
    assert _facts(alex, now)["parking_lot_started"] == 1


def test_the_export_holds_the_persons_own_marks_and_never_the_partners(alex, sam, alex_and_sam, now):
    from django.urls import reverse

    from tests.conftest import client_for

    agreement = make_agreement(alex, "affection", propose=True, now=now)
    services.agreement_respond(user=sam, agreement_id=agreement.pk, version=1, answer="accept", key=key_for(sam), now=now)
    marks.mark_set(user=sam, agreement_id=agreement.pk, on=now.date(), status="not_today", now=now)
    marks.mark_set(user=alex, agreement_id=agreement.pk, on=now.date(), status="done", now=now)
    exported = client_for(alex).get(reverse("accounts:export")).json()["agreement_marks"]
    assert exported == [{"agreement": str(agreement.pk), "on": now.date().isoformat(), "status": "done"}]
