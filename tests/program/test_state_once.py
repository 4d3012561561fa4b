"""A page works out the person's program state once, however many parts of it need the state, and a
write in the same request is never hidden behind a state kept from before it."""

import pytest
from django.urls import reverse

from nearer.program import memo, selectors
from nearer.program.models import Check
from tests.conftest import client_for
from tests.program.helpers import answer_check


@pytest.fixture
def computed(monkeypatch):
    calls = []
    real = selectors._program_state

    def counting(**kwargs):
        calls.append(1)
        return real(**kwargs)

    monkeypatch.setattr(selectors, "_program_state", counting)
    return calls


@pytest.mark.parametrize("page", ["pages:home", "program:index", "coach:index", "couples:space"])
def test_a_page_works_out_the_program_state_once(alex, computed, page):
    client = client_for(alex)
    answer_check(client, free_text="We talk less since the move.")
    computed.clear()
    assert client.get(reverse(page)).status_code == 200
    assert len(computed) == 1


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
