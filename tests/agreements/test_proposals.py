"""In a couple: proposing, accepting, suggesting a change, declining; stale answers from two partners
acting at once; a safety concern switching the proposal tools off; a former member losing access."""

import threading

import pytest
from django.db import connection

from nearer.agreements import selectors, services
from nearer.agreements.models import Agreement
from nearer.core.errors import ConflictError, NotFoundError
from nearer.couples import services as couples
from tests.agreements.helpers import make_agreement, plan
from tests.factories import answer_screen, key_for

pytestmark = pytest.mark.django_db


def _view(user, agreement):
    return selectors.agreement_get(user=user, agreement_id=agreement.pk, key=key_for(user))


def test_a_proposal_waits_for_the_partner_and_both_see_it(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, "weekly_tune_up", propose=True, now=now)
    assert _view(alex, agreement).awaiting_partner and _view(alex, agreement).status == "proposed"
    assert _view(sam, agreement).awaiting_me and _view(sam, agreement).title == "Our Sunday tune-up"


def test_the_partner_accepts_and_it_becomes_active_for_both(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, propose=True, now=now)
    services.agreement_respond(user=sam, agreement_id=agreement.pk, version=1, answer="accept", key=key_for(sam), now=now)
    assert _view(alex, agreement).status == _view(sam, agreement).status == "active"


def test_the_partner_declines_and_both_keep_it_in_history(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, propose=True, now=now)
    services.agreement_respond(user=sam, agreement_id=agreement.pk, version=1, answer="decline", key=key_for(sam), now=now)
    assert _view(alex, agreement).status == "declined" and _view(sam, agreement).is_history


def test_a_counter_proposal_goes_back_to_the_proposer_who_can_accept_it(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, propose=True, now=now)
    services.agreement_update(user=sam, agreement_id=agreement.pk, version=1, key=key_for(sam), now=now,
                              data=plan(today=now.date(), title="Tea, but at 21:00"))
    assert _view(alex, agreement).awaiting_me and _view(alex, agreement).title == "Tea, but at 21:00"
    with pytest.raises(ConflictError, match="waiting for your partner"):
        services.agreement_respond(user=sam, agreement_id=agreement.pk, version=2, answer="accept",
                                   key=key_for(sam), now=now)
    services.agreement_respond(user=alex, agreement_id=agreement.pk, version=2, answer="accept", key=key_for(alex), now=now)
    assert _view(sam, agreement).status == "active"


def test_the_proposer_cannot_accept_their_own_proposal(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, propose=True, now=now)
    with pytest.raises(ConflictError, match="waiting for your partner"):
        services.agreement_respond(user=alex, agreement_id=agreement.pk, version=1, answer="accept",
                                   key=key_for(alex), now=now)


def test_when_both_answer_at_once_the_second_gets_a_conflict_and_the_first_stands(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, propose=True, now=now)
    services.agreement_update(user=sam, agreement_id=agreement.pk, version=1, key=key_for(sam), now=now,
                              data=plan(today=now.date(), title="Sam's version"))
    with pytest.raises(ConflictError, match="changed meanwhile"):  # alex's page still showed version 1
        services.agreement_update(user=alex, agreement_id=agreement.pk, version=1, key=key_for(alex), now=now,
                                  data=plan(today=now.date(), title="Alex's second thought"))
    assert _view(alex, agreement).title == "Sam's version"


def test_an_agreed_shared_agreement_is_not_rewritten_but_can_be_ended_by_either(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, propose=True, now=now)
    services.agreement_respond(user=sam, agreement_id=agreement.pk, version=1, answer="accept", key=key_for(sam), now=now)
    with pytest.raises(ConflictError, match="You both agreed"):
        services.agreement_update(user=alex, agreement_id=agreement.pk, version=2, key=key_for(alex), now=now,
                                  data=plan(today=now.date()))
    services.agreement_set_status(user=sam, agreement_id=agreement.pk, version=2, action="end", now=now)
    assert _view(alex, agreement).status == "ended"


def test_proposing_needs_a_partner_who_joined(alex, now):
    from tests.factories import make_couple

    make_couple(alex, "Sunny", now=now)
    with pytest.raises(ConflictError, match="not joined"):
        make_agreement(alex, propose=True, now=now)
    assert not Agreement.objects.exists()


def test_a_safety_concern_refuses_proposing_accepting_and_countering(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, propose=True, now=now)
    answer_screen(sam, yes=["afraid_of_partner"])
    with pytest.raises(ConflictError):
        services.agreement_respond(user=sam, agreement_id=agreement.pk, version=1, answer="accept",
                                   key=key_for(sam), now=now)
    with pytest.raises(ConflictError):
        services.agreement_update(user=sam, agreement_id=agreement.pk, version=1, key=key_for(sam), now=now,
                                  data=plan(today=now.date()))
    with pytest.raises(ConflictError):
        make_agreement(sam, propose=True, now=now)
    assert _view(alex, agreement).status == "proposed" and _view(alex, agreement).version == 1


def test_a_former_member_no_longer_sees_the_couples_agreements(alex, sam, alex_and_sam, now):
    agreement = make_agreement(alex, propose=True, now=now)
    couples.membership_leave(user=sam, now=now)
    with pytest.raises(NotFoundError):
        _view(sam, agreement)
    with pytest.raises(NotFoundError):
        services.agreement_set_status(user=sam, agreement_id=agreement.pk, version=1, action="end", now=now)


def test_another_couple_cannot_answer_a_proposal(alex, sam, alex_and_sam, kim, kim_space, now):
    agreement = make_agreement(alex, propose=True, now=now)
    with pytest.raises(NotFoundError):
        services.agreement_respond(user=kim, agreement_id=agreement.pk, version=1, answer="accept",
                                   key=key_for(kim), now=now)


@pytest.mark.django_db(transaction=True)
def test_two_partners_answering_in_parallel_never_both_win(alex, sam, alex_and_sam, now):
    if connection.vendor != "postgresql":
        pytest.skip("real parallel transactions need PostgreSQL (SQLite serialises every writer)")
    agreement = make_agreement(alex, propose=True, now=now)
    keys, outcomes = {sam.pk: key_for(sam), alex.pk: key_for(alex)}, []
    barrier = threading.Barrier(2)

    def act(user, call):
        barrier.wait()
        try:
            call(user)
            outcomes.append("ok")
        except ConflictError:
            outcomes.append("conflict")
        finally:
            connection.close()

    accept = lambda user: services.agreement_respond(  # noqa: E731
        user=user, agreement_id=agreement.pk, version=1, answer="accept", key=keys[user.pk], now=now)
    withdraw = lambda user: services.agreement_set_status(  # noqa: E731
        user=user, agreement_id=agreement.pk, version=1, action="end", now=now)
    threads = [threading.Thread(target=act, args=(sam, accept)), threading.Thread(target=act, args=(alex, withdraw))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict", "ok"]
    assert Agreement.objects.get(pk=agreement.pk).version == 2
