"""Small steps through the program for the tests: answering the safety screen and the check, and
reaching later steps through the real services (with an explicit clock)."""

from datetime import timedelta

from django.urls import reverse

from nearer.coach import services as coach_services
from nearer.core.program import load_program
from nearer.program import services
from tests.factories import key_for

PROGRAM = load_program()
SAFETY_IDS = [q.id for q in PROGRAM.safety.questions]


def safety_post(yes=(), region="us") -> dict:
    return {**{q: "yes" if q in yes else "no" for q in SAFETY_IDS}, "region": region}


def answer_safety(client, yes=()):
    response = client.post(reverse("program:safety"), safety_post(yes))
    assert response.status_code == 302, response.content
    return response


def answer_check(client, **data):
    response = client.post(reverse("program:check"), data)
    assert response.status_code == 302, response.content
    return response


def screen(user, now, yes=()):
    services.safety_screen_save(user=user, answers={q: q in yes for q in SAFETY_IDS}, region="us",
                                key=key_for(user), now=now)


def check(user, now, contexts=(), free_text=""):
    services.check_save(user=user, answers={"contexts": list(contexts)}, free_text=free_text,
                        key=key_for(user), now=now)


def past_talk(user, now, title=""):
    """A talk that began an hour ago (scheduled two hours ago, when it was still ahead)."""
    return services.talk_schedule(user=user, title=title, starts_at=now - timedelta(hours=1),
                                  key=key_for(user), now=now - timedelta(hours=2))


def finish_first_three_steps(user, now):
    """Worksheet, talk, distractions, opening and a debrief with a need: steps 1 to 3 done."""
    key = key_for(user)
    services.reflection_save(user=user, triggers="silence", own_part="I nag", grounding_note="",
                             grounding_tried=True, key=key, now=now)
    talk = past_talk(user, now)
    services.step_mark(user=user, step_id="prepare", done=["clear_distractions"], key=key, now=now)
    coach_services.draft_create(user=user, body="I noticed we eat in silence; I miss you and hope for a walk.",
                                key=key, now=now)
    services.talk_debrief(user=user, talk_id=talk.pk, learned="work is heavy", needs="quiet evenings",
                          space_asked=False, return_at=None, key=key, now=now)
