from django.urls import reverse

from nearer.program.models import Check
from tests.conftest import client_for
from tests.program.helpers import PROGRAM, answer_check, answer_safety


def _plan_after_check(user, **data) -> str:
    client = client_for(user)
    answer_safety(client)
    answer_check(client, **data)
    return client.get(reverse("program:index")).content.decode()


def test_ticking_work_puts_the_plan_on_the_work_stress_track(alex):
    page = _plan_after_check(alex, contexts=["work", "money"])
    assert PROGRAM.track("work_stress").title in page


def test_work_stated_in_free_text_puts_the_plan_on_the_work_stress_track(alex):
    page = _plan_after_check(alex, free_text="My partner works late every night and weekends too.")
    assert PROGRAM.track("work_stress").title in page


def test_without_work_the_plan_is_on_the_general_track(alex):
    page = _plan_after_check(alex, contexts=["family"], signs=["silence"])
    assert PROGRAM.track("general").title in page and PROGRAM.track("work_stress").title not in page


def test_readiness_gaps_and_contexts_become_focus_areas(alex):
    page = _plan_after_check(alex, contexts=["family"], knows_triggers="no", can_protect_time="yes")
    areas = {area.id: area.title for area in PROGRAM.focus.areas}
    assert areas["steady_self"] in page and areas["family_boundary"] in page
    assert areas["work_boundary"] not in page


def test_plan_shows_seven_steps_with_the_first_one_current(alex):
    page = _plan_after_check(alex)
    assert page.count('class="step-row"') == 7
    assert page.count('state-current">Now') == 1 and page.count('state-upcoming">Later') == 6
    assert PROGRAM.track("general").steps[0].actions[0].text in page


def test_check_answers_and_free_text_are_sealed(alex):
    _plan_after_check(alex, contexts=["money"], signs=["silence"], free_text="canary-check-417")
    stored = Check.objects.get(author=alex)
    for column in ("answers_sealed", "free_text_sealed"):
        blob = bytes(getattr(stored, column))
        assert b"canary-check-417" not in blob and b"money" not in blob and b"silence" not in blob
    assert stored.answers_shared == stored.free_text_shared == ""


def test_check_with_an_unknown_sign_changes_nothing(alex):
    client = client_for(alex)
    answer_safety(client)
    response = client.post(reverse("program:check"), {"signs": ["not_a_sign"]})
    assert response.status_code == 400 and Check.objects.count() == 0


def test_oversized_free_text_changes_nothing(alex):
    client = client_for(alex)
    answer_safety(client)
    response = client.post(reverse("program:check"), {"free_text": "x" * 20_001})
    assert response.status_code == 400 and Check.objects.count() == 0


def test_redoing_the_check_shows_earlier_answers_and_can_change_the_track(alex):
    client = client_for(alex)
    answer_safety(client)
    answer_check(client, contexts=["work"], free_text="canary-redo")
    form = client.get(reverse("program:check")).content.decode()
    assert 'value="work" id="id_contexts_0" checked' in form and "canary-redo" in form
    answer_check(client, contexts=["health"])
    page = client.get(reverse("program:index")).content.decode()
    assert PROGRAM.track("general").title in page and Check.objects.filter(author=alex).count() == 1
