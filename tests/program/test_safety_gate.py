from django.urls import reverse

from nearer.journal.models import JournalEntry
from nearer.program.models import Plan, SafetyScreen
from tests.conftest import client_for
from tests.program.helpers import PROGRAM, SAFETY_IDS, answer_check, answer_safety, safety_post

COUPLE_STEPS = ["prepare", "open_gently", "listen", "daily_moments", "safety_affection", "review"]


def test_program_sends_a_new_person_to_the_safety_questions_first(newcomer):
    response = client_for(newcomer).get(reverse("program:index"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("program:safety"))


def test_safety_page_asks_every_question_from_the_content(alex):
    page = client_for(alex).get(reverse("program:safety")).content.decode()
    for question in PROGRAM.safety.questions:
        assert f"<legend>{question.text}</legend>" in page


def test_safety_screen_cannot_be_skipped_by_leaving_a_question_unanswered(newcomer):
    client = client_for(newcomer)
    data = safety_post()
    del data[SAFETY_IDS[2]]
    response = client.post(reverse("program:safety"), data)
    assert response.status_code == 400 and "Please answer yes or no." in response.content.decode()
    assert SafetyScreen.objects.count() == 0 and Plan.objects.count() == 0
    assert client.get(reverse("program:index"))["Location"].startswith(reverse("program:safety"))


def test_check_is_not_reachable_before_the_safety_screen(newcomer):
    client = client_for(newcomer)
    assert client.get(reverse("program:check"))["Location"].startswith(reverse("program:safety"))
    assert client.post(reverse("program:check"), {"contexts": ["work"]})["Location"] == reverse("program:safety")
    assert client.get(reverse("program:step", args=["prepare"]))["Location"].startswith(reverse("program:safety"))


def test_all_no_answers_lead_to_the_check_and_then_an_open_first_step(alex):
    client = client_for(alex)
    answer_safety(client)
    assert client.get(reverse("program:index"))["Location"] == reverse("program:check")
    answer_check(client, signs=["silence"])
    page = client.get(reverse("program:index")).content.decode()
    assert "Switched off for your safety" not in page
    assert 'href="/program/steps/prepare/">' in page and 'state-current">Now' in page


def test_any_yes_locks_every_couple_facing_step_and_shows_resources(alex):
    client = client_for(alex)
    answer_safety(client, yes=["controlled_by_partner"])
    page = client.get(reverse("program:index")).content.decode()
    assert page.count("Switched off for your safety") == len(COUPLE_STEPS)
    assert PROGRAM.safety.couples_exercises_note in page and PROGRAM.safety.next_action in page
    assert "1-800-799-7233" in page


def test_locked_step_shows_the_note_instead_of_its_exercises(alex):
    client = client_for(alex)
    answer_safety(client, yes=["afraid_of_partner"])
    page = client.get(reverse("program:step", args=["open_gently"])).content.decode()
    assert PROGRAM.safety.couples_exercises_note in page
    assert PROGRAM.track("general").steps[1].phrasings[0] not in page


def test_locked_step_refuses_to_record_actions(alex):
    client = client_for(alex)
    answer_safety(client, yes=["hurt_by_partner"])
    response = client.post(reverse("program:step_done", args=["prepare"]), {"done": ["clear_distractions"]})
    assert response.status_code == 409
    assert "Done" not in client.get(reverse("program:step", args=["prepare"])).content.decode().split("<h1>")[1]


def test_counseling_step_under_a_concern_advises_individual_help_only(alex):
    client = client_for(alex)
    answer_safety(client, yes=["threatened_by_partner"])
    page = client.get(reverse("program:step", args=["counseling"])).content.decode()
    assert PROGRAM.track("general").steps[6].when_unsafe.split(".")[0] in page
    assert PROGRAM.escalation.how_to_propose[0][:40] not in page


def test_journal_and_resources_stay_open_under_a_safety_concern(alex):
    client = client_for(alex)
    answer_safety(client, yes=["thoughts_of_self_harm"])
    assert client.get(reverse("pages:help")).status_code == 200
    assert client.post(reverse("journal:index"), {"body": "a private note"}).status_code == 302
    assert JournalEntry.objects.filter(author=alex).count() == 1


def test_redoing_the_safety_screen_with_all_no_switches_the_steps_back_on(alex):
    client = client_for(alex)
    answer_safety(client, yes=["afraid_of_partner"])
    answer_safety(client)
    answer_check(client)
    assert "Switched off for your safety" not in client.get(reverse("program:index")).content.decode()
    assert SafetyScreen.objects.filter(author=alex).count() == 1


def test_free_text_stating_violence_switches_the_couple_steps_off(alex):
    client = client_for(alex)
    answer_safety(client)
    answer_check(client, free_text="He hit me last week when I asked about his job.")
    page = client.get(reverse("program:index")).content.decode()
    assert page.count("Switched off for your safety") == len(COUPLE_STEPS)


def test_free_text_mentioning_violence_asks_the_gentle_confirming_question(alex):
    client = client_for(alex)
    answer_safety(client)
    answer_check(client, free_text="My brother was violent when we were young.")
    page = client.get(reverse("program:index")).content.decode()
    violence = next(s for s in PROGRAM.safety.signals if s.id == "violence")
    assert violence.confirm_question in page and "Switched off for your safety" not in page


def test_safety_answers_are_sealed_in_the_database(alex):
    answer_safety(client_for(alex), yes=["afraid_of_partner"])
    stored = SafetyScreen.objects.get(author=alex)
    blob = bytes(stored.answers_sealed)
    for plain in (b"afraid_of_partner", b"true", b"region", b'"us"'):
        assert plain not in blob
    assert stored.answers_shared == ""


def test_resources_need_no_answers_and_show_the_chosen_region(newcomer):
    client = client_for(newcomer)
    us = client.get(reverse("pages:help"), {"region": "us"}).content.decode()
    other = client.get(reverse("pages:help"), {"region": "other"}).content.decode()
    assert "988" in us and "National Domestic Violence Hotline" in us
    assert "National Domestic Violence Hotline" not in other and "112" in other
    assert SafetyScreen.objects.count() == 0


def test_safety_page_links_to_resources_before_any_answer(newcomer):
    page = client_for(newcomer).get(reverse("program:safety")).content.decode()
    assert f'href="{reverse("pages:help")}"' in page


def test_answering_the_screen_again_after_the_gentle_question_settles_it(alex):
    client = client_for(alex)
    answer_safety(client)
    answer_check(client, free_text="He hit me last week when I asked about his job.")
    violence = next(s for s in PROGRAM.safety.signals if s.id == "violence")
    assert violence.confirm_question in client.get(reverse("program:safety")).content.decode()
    answer_safety(client)
    page = client.get(reverse("program:index")).content.decode()
    assert "Switched off for your safety" not in page and violence.confirm_question not in page
