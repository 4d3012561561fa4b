from django.urls import reverse

from nearer.program.models import Reflection
from tests.conftest import client_for
from tests.program.helpers import PROGRAM, answer_check, answer_safety


def _ready(user, yes=()):
    client = client_for(user)
    answer_safety(client, yes=yes)
    if not yes:
        answer_check(client)
    return client


def test_worksheet_shows_the_prompts_and_grounding_from_content(alex):
    page = _ready(alex).get(reverse("program:reflection")).content.decode()
    readiness = PROGRAM.readiness
    assert readiness.grounding.steps[0] in page and readiness.own_part.examples[0] in page


def test_worksheet_is_saved_sealed_and_shown_back_to_its_author(alex):
    client = _ready(alex)
    data = {"triggers": "canary-trigger-55", "own_part": "canary-part-66", "grounding_tried": "on"}
    assert client.post(reverse("program:reflection"), data).status_code == 302
    stored = bytes(Reflection.objects.get(author=alex).worksheet_sealed)
    assert b"canary-trigger-55" not in stored and b"canary-part-66" not in stored and b"grounding" not in stored
    page = client.get(reverse("program:reflection")).content.decode()
    assert "canary-trigger-55" in page and "canary-part-66" in page


def test_worksheet_completes_the_reflection_and_grounding_criteria(alex):
    client = _ready(alex)
    client.post(reverse("program:reflection"), {"triggers": "silence", "own_part": "I push", "grounding_tried": "on"})
    page = client.get(reverse("program:step", args=["prepare"])).content.decode()
    for criterion in PROGRAM.track("general").steps[0].completion[:2]:
        assert f'{criterion.says} <span class="state state-done">Done' in page


def test_empty_worksheet_changes_nothing(alex):
    response = _ready(alex).post(reverse("program:reflection"), {"triggers": "  ", "own_part": ""})
    assert response.status_code == 400 and Reflection.objects.count() == 0


def test_oversized_worksheet_changes_nothing(alex):
    response = _ready(alex).post(reverse("program:reflection"), {"triggers": "x" * 5_001, "own_part": "a"})
    assert response.status_code == 400 and Reflection.objects.count() == 0


def test_worksheet_is_switched_off_under_a_safety_concern(alex):
    client = _ready(alex, yes=["afraid_of_partner"])
    assert PROGRAM.safety.couples_exercises_note in client.get(reverse("program:reflection")).content.decode()
    response = client.post(reverse("program:reflection"), {"triggers": "a", "own_part": "b"})
    assert response.status_code == 409 and Reflection.objects.count() == 0
