"""Creating and changing agreements of every kind, alone: what is stored, sealed and refused."""

from datetime import timedelta

import pytest

from nearer.agreements import selectors, services
from nearer.agreements.models import Agreement
from nearer.core.errors import ConflictError, InvalidInputError, NotFoundError
from tests.agreements.helpers import KIND_PLANS, make_agreement, plan
from tests.factories import key_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", sorted(KIND_PLANS))
def test_a_person_alone_creates_an_active_agreement_of_every_kind(alex, kind, now):
    agreement = make_agreement(alex, kind, now=now)
    view = selectors.agreement_get(user=alex, agreement_id=agreement.pk, key=key_for(alex))
    assert view.kind == kind and view.status == "active" and not view.shared
    assert view.title == KIND_PLANS[kind]["title"]


@pytest.mark.parametrize("kind", sorted(KIND_PLANS))
def test_the_words_of_every_kind_are_sealed_in_storage(alex, kind, now):
    agreement = make_agreement(alex, kind, now=now, note="Only between us")
    stored = Agreement.objects.get(pk=agreement.pk)
    assert stored.title_shared == "" and stored.details_shared == ""
    assert b"Only between us" not in bytes(stored.details_sealed)
    assert KIND_PLANS[kind]["title"].encode() not in bytes(stored.title_sealed)


@pytest.mark.parametrize("kind", sorted(KIND_PLANS))
def test_no_other_person_can_read_any_kind(alex, kim, kind, now):
    agreement = make_agreement(alex, kind, now=now)
    with pytest.raises(NotFoundError):
        selectors.agreement_get(user=kim, agreement_id=agreement.pk, key=key_for(kim))


@pytest.mark.parametrize("kind, changes, message", [
    ("micro_connection", {"title": "  "}, "few words"),
    ("micro_connection", {"title": "x" * 201}, "under 200"),
    ("micro_connection", {"catalogue_id": "no_such_moment"}, "not in the catalogue"),
    ("weekly_tune_up", {"frequency": "daily"}, "weekly"),
    ("work_talk_boundary", {"phrase": ""}, "words you agree"),
    ("pause_signal", {"duration_minutes": 19}, "between 20"),
    ("pause_signal", {"duration_minutes": 24 * 60 + 1}, "1440"),
    ("space", {"frequency": "daily"}, "as needed"),
    ("reentry_date", {"crunch_ends_on": ""}, "end of the crunch"),
    ("shared_activity", {"frequency": "weekdays", "weekdays": ()}, "weekday"),
    ("affection", {"duration_minutes": 0}, "between 1"),
    ("daily_appreciation", {"as_kind": "gossip"}, "kind of agreement"),
])
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_stored(alex, kind, changes, message, now):
    with pytest.raises(InvalidInputError, match=message):
        services.agreement_create(user=alex, data=plan(kind, today=now.date(), **changes), propose=False,
                                  key=key_for(alex), now=now)
    assert not Agreement.objects.exists()


def test_a_reentry_date_on_the_last_day_of_the_crunch_is_refused(alex, now):
    day = now.date() + timedelta(days=10)
    with pytest.raises(InvalidInputError, match="after the crunch"):
        make_agreement(alex, "reentry_date", now=now, starts_on=day, crunch_ends_on=day.isoformat())


def test_a_far_date_is_refused(alex, now):
    with pytest.raises(InvalidInputError, match="Choose a day"):
        make_agreement(alex, now=now, starts_on=now.date().replace(year=now.year + 6))


def test_a_private_agreement_is_changed_and_its_version_moves_on(alex, now):
    agreement = make_agreement(alex, now=now)
    services.agreement_update(user=alex, agreement_id=agreement.pk, version=1, key=key_for(alex), now=now,
                              data=plan(today=now.date(), title="Tea in the kitchen"))
    view = selectors.agreement_get(user=alex, agreement_id=agreement.pk, key=key_for(alex))
    assert view.title == "Tea in the kitchen" and view.version == 2


def test_an_edit_from_a_stale_page_is_refused_and_changes_nothing(alex, now):
    agreement = make_agreement(alex, now=now)
    services.agreement_update(user=alex, agreement_id=agreement.pk, version=1, key=key_for(alex), now=now,
                              data=plan(today=now.date(), title="First tab"))
    with pytest.raises(ConflictError, match="changed meanwhile"):
        services.agreement_update(user=alex, agreement_id=agreement.pk, version=1, key=key_for(alex), now=now,
                                  data=plan(today=now.date(), title="Second tab"))
    assert selectors.agreement_get(user=alex, agreement_id=agreement.pk, key=key_for(alex)).title == "First tab"


def test_pausing_and_ending_keep_the_agreement_in_history(alex, now):
    agreement = make_agreement(alex, now=now)
    services.agreement_set_status(user=alex, agreement_id=agreement.pk, version=1, action="pause", now=now)
    services.agreement_set_status(user=alex, agreement_id=agreement.pk, version=2, action="resume", now=now)
    services.agreement_set_status(user=alex, agreement_id=agreement.pk, version=3, action="end", now=now)
    (view,) = selectors.agreement_list(user=alex, key=key_for(alex))
    assert view.status == "ended" and view.is_history


def test_an_ended_agreement_cannot_be_paused_or_changed(alex, now):
    agreement = make_agreement(alex, now=now)
    services.agreement_set_status(user=alex, agreement_id=agreement.pk, version=1, action="end", now=now)
    with pytest.raises(ConflictError):
        services.agreement_set_status(user=alex, agreement_id=agreement.pk, version=2, action="pause", now=now)
    with pytest.raises(ConflictError, match="ended"):
        services.agreement_update(user=alex, agreement_id=agreement.pk, version=2, key=key_for(alex), now=now,
                                  data=plan(today=now.date()))


def test_an_unknown_action_is_refused(alex, now):
    agreement = make_agreement(alex, now=now)
    with pytest.raises(InvalidInputError, match="pause, resume or end"):
        services.agreement_set_status(user=alex, agreement_id=agreement.pk, version=1, action="delete", now=now)
