from django.urls import reverse

from tests.conftest import client_for
from tests.factories import key_for
from tests.program.helpers import PROGRAM, answer_check, answer_safety, check, finish_first_three_steps, screen


def _ready(user, **data):
    client = client_for(user)
    answer_safety(client)
    answer_check(client, **data)
    return client


def test_step_page_shows_goal_why_actions_phrasings_and_what_to_avoid(alex):
    page = _ready(alex).get(reverse("program:step", args=["open_gently"])).content.decode()
    step = PROGRAM.track("general").steps[1]
    for text in (step.goal, step.why, step.actions[0].text, step.phrasings[0], step.avoid[0], step.completion[0].says):
        assert text.replace('"', "&quot;").replace("'", "&#x27;") in page


def test_work_stress_track_shows_its_own_step_texts(alex):
    page = _ready(alex, contexts=["work"]).get(reverse("program:step", args=["prepare"])).content.decode()
    assert PROGRAM.track("work_stress").steps[0].goal in page


def test_unknown_step_is_not_found(alex):
    assert _ready(alex).get(reverse("program:step", args=["no_such_step"])).status_code == 404


def test_ticking_an_action_records_its_fact_on_the_step(alex):
    client = _ready(alex)
    response = client.post(reverse("program:step_done", args=["prepare"]), {"done": ["clear_distractions"]})
    assert response.status_code == 302
    page = client.get(reverse("program:step", args=["prepare"])).content.decode()
    assert 'value="clear_distractions" id="id_done_0" checked' in page
    says = PROGRAM.track("general").steps[0].completion[3].says
    assert f'{says} <span class="state state-done">Done' in page


def test_unticking_an_action_sets_its_fact_back(alex):
    client = _ready(alex)
    client.post(reverse("program:step_done", args=["prepare"]), {"done": ["clear_distractions"]})
    client.post(reverse("program:step_done", args=["prepare"]), {})
    says = PROGRAM.track("general").steps[0].completion[3].says
    assert f"{says} <span class=\"state state-upcoming\">Not yet" in client.get(
        reverse("program:step", args=["prepare"])).content.decode()


def test_an_action_recorded_on_its_own_page_cannot_be_ticked(alex):
    response = _ready(alex).post(reverse("program:step_done", args=["prepare"]), {"done": ["reflect"]})
    assert response.status_code == 400


def test_upcoming_step_can_be_read_but_not_ticked(alex):
    client = _ready(alex)
    assert client.get(reverse("program:step", args=["daily_moments"])).status_code == 200
    response = client.post(reverse("program:step_done", args=["review"]), {"done": ["mistakes_check"]})
    assert response.status_code == 409
    says = PROGRAM.track("general").steps[5].completion[1].says
    assert f'{says} <span class="state state-upcoming">Not yet' in response.content.decode()


def test_counseling_step_can_be_acted_on_from_the_start_but_is_not_done_on_day_one(alex):
    client = _ready(alex)
    response = client.post(reverse("program:step_done", args=["counseling"]), {"done": ["propose_counseling"]})
    assert response.status_code == 302
    plan = client.get(reverse("program:index")).content.decode()
    assert 'href="/program/steps/counseling/">Seek counseling if nothing shifts</a>\n        <span class="state state-upcoming">' in plan


def test_finishing_the_first_three_steps_moves_the_plan_on(alex, now):
    screen(alex, now)
    check(alex, now)
    finish_first_three_steps(alex, now)
    page = client_for(alex).get(reverse("program:index")).content.decode()
    assert page.count('state-done">Done') == 3 and page.count('state-current">Now') == 1
    assert PROGRAM.track("general").steps[3].actions[0].text in page


def test_steps_four_and_five_are_done_by_what_exists_not_by_taps(alex, now):
    from datetime import timedelta

    from nearer.core.practice_log.entries import LogFields
    from nearer.practice import services as practice
    from tests.agreements.helpers import make_agreement

    screen(alex, now)
    check(alex, now)
    finish_first_three_steps(alex, now)
    client = client_for(alex)
    page = client.get(reverse("program:step", args=["daily_moments"])).content.decode()
    assert "0 of 2 so far." in page and "I did this today" not in page
    assert reverse("agreements:catalogue") in page
    for title in ("Tea on the balcony", "A walk after dinner"):
        make_agreement(alex, title=title, now=now)
    make_agreement(alex, "weekly_tune_up", now=now)
    page = client.get(reverse("program:step", args=["daily_moments"])).content.decode()
    assert "2 of 2." in page
    key = key_for(alex)
    for days_ago in (0, 0, 1):  # two appreciations on one day count as one day
        practice.log_create(user=alex, fields=LogFields(kind="appreciation", occurred_at=now - timedelta(days=days_ago)),
                            key=key, now=now)
    assert "2 of 5 so far." in client.get(reverse("program:step", args=["safety_affection"])).content.decode()
