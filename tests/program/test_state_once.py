"""A page works out the person's program state once, however many parts of it need the state, and a
write in the same request is never hidden behind a state kept from before it."""

import pytest
from django.urls import reverse

from nearer.program import memo, selectors
from nearer.program.models import Check
from tests.conftest import client_for
from tests.program.helpers import answer_check


def _counting(monkeypatch, name):
    calls = []
    real = getattr(selectors, name)

    def counting(**kwargs):
        calls.append(1)
        return real(**kwargs)

    monkeypatch.setattr(selectors, name, counting)
    return calls


@pytest.fixture
def computed(monkeypatch):
    return _counting(monkeypatch, "_program_state")


@pytest.fixture
def read(monkeypatch):
    return _counting(monkeypatch, "_reading")


@pytest.mark.parametrize(("page", "states"), [
    ("pages:home", 1), ("program:index", 1), ("coach:index", 0), ("couples:space", 0), ("agreements:today", 0)])
def test_a_page_reads_the_answers_once_and_works_out_the_plan_only_if_it_shows_it(alex, computed, read, page, states):
    client = client_for(alex)
    answer_check(client, free_text="We talk less since the move.")
    computed.clear()
    read.clear()
    assert client.get(reverse(page)).status_code == 200
    assert len(read) <= 1 and len(computed) == states


def test_a_step_page_works_out_the_program_state_once(alex, computed):
    client = client_for(alex)
    answer_check(client, free_text="We talk less since the move.")
    computed.clear()
    assert client.get(reverse("program:step", args=["prepare"])).status_code == 200
    assert len(computed) == 1


def test_saving_a_program_item_forgets_the_kept_state(alex, now):
    from tests.factories import key_for

    key = key_for(alex)
    token = memo._kept.set({})
    try:
        before = selectors.program_state(user=alex, key=key, now=now)
        assert selectors.program_state(user=alex, key=key, now=now) is before
        Check(author=alex).save()
        after = selectors.program_state(user=alex, key=key, now=now)
    finally:
        memo._kept.reset(token)
    assert after is not before and after.check_done and not before.check_done


def test_outside_a_request_nothing_is_kept(alex, now):
    from tests.factories import key_for

    key = key_for(alex)
    assert selectors.program_state(user=alex, key=key, now=now) is not selectors.program_state(
        user=alex, key=key, now=now)
