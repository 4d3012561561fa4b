"""The weekly tune-up for two: answers meet only once both partners shared for the same week, and
until then nothing (page, API, wording, counts) tells one partner anything about the other's."""

from datetime import timedelta

import pytest

from nearer.core.errors import ConflictError, InvalidInputError
from nearer.core.practice_log import Week
from nearer.practice import tuneups
from nearer.practice.facts import facts_for
from nearer.practice.models import TuneUpAnswer
from tests.conftest import page_body
from tests.factories import answer_screen, key_for, make_user


def answer(user, now, *, share, first="the walk on Sunday", second="ask before planning", week=None):
    week = week or tuneups.current_week(user=user, now=now)
    return tuneups.tuneup_answer(user=user, week=week, first=first, second=second, share=share,
                                 key=key_for(user), now=now)


def views_of(client):
    """What a person can learn about this week's tune-up: the page, the API, the history."""
    return (page_body(client.get("/practice/tune-up/")), client.get("/api/v1/tuneups/current").content,
            page_body(client.get("/practice/tune-up/weeks/")))


def test_shared_answers_are_shown_to_both_once_both_shared(people, clients, now):
    alex, sam = people["self"], people["partner"]
    answer(alex, now, share=True, first="ALEX-FIRST")
    answer(sam, now, share=True, first="SAM-FIRST")
    for role, other in (("self", "SAM-FIRST"), ("partner", "ALEX-FIRST")):
        page = clients[role].get("/practice/tune-up/").content.decode()
        assert other in page and "side by side" in page
        data = clients[role].get("/api/v1/tuneups/current").json()
        assert data["revealed"] is True and data["partner"]["first"] == other


@pytest.mark.parametrize("sam_does", ["nothing", "answers_privately"])
def test_a_partner_who_shared_learns_nothing_until_the_other_shares_too(people, clients, now, sam_does):
    alex, sam = people["self"], people["partner"]
    answer(alex, now, share=True)
    before = views_of(clients["self"])
    if sam_does == "answers_privately":
        answer(sam, now, share=False, first="SAM-PRIVATE")
    after = views_of(clients["self"])
    assert before == after
    assert b"SAM-PRIVATE" not in b"".join(after)
    assert clients["self"].get("/api/v1/tuneups/current").json()["partner"] is None


@pytest.mark.parametrize("alex_does", ["nothing", "answers_privately", "shares"])
def test_the_one_who_has_not_shared_sees_nothing_of_the_others_answer(people, clients, now, alex_does):
    alex, sam = people["self"], people["partner"]
    answer(sam, now, share=False)
    before = views_of(clients["partner"])
    if alex_does != "nothing":
        answer(alex, now, share=alex_does == "shares", first="ALEX-WORDS")
    after = views_of(clients["partner"])
    assert before == after and b"ALEX-WORDS" not in b"".join(after)


def test_facts_count_only_the_persons_own_weeks_so_they_reveal_nothing(people, now):
    alex, sam = people["self"], people["partner"]
    before = facts_for(user=alex, key=key_for(alex), now=now)
    answer(sam, now, share=True)
    assert facts_for(user=alex, key=key_for(alex), now=now) == before


def test_taking_an_answer_back_hides_both_again(people, clients, now):
    alex, sam = people["self"], people["partner"]
    answer(alex, now, share=True)
    answer(sam, now, share=True, first="SAM-FIRST")
    answer(alex, now, share=False)
    assert "SAM-FIRST" not in clients["self"].get("/practice/tune-up/").content.decode()
    assert clients["partner"].get("/api/v1/tuneups/current").json()["partner"] is None


def test_answers_of_different_weeks_never_meet(people, clients, now):
    alex, sam = people["self"], people["partner"]
    this_week = tuneups.current_week(user=alex, now=now)
    answer(alex, now, share=True, week=this_week.shifted(-1))
    answer(sam, now, share=True, first="SAM-THIS-WEEK", week=this_week)
    assert "SAM-THIS-WEEK" not in clients["self"].get("/practice/tune-up/").content.decode()
    last = clients["self"].get(f"/practice/tune-up/weeks/{this_week.shifted(-1).label}/").content.decode()
    assert "SAM-THIS-WEEK" not in last


@pytest.mark.parametrize("role", ["other_couple", "former_member"])
def test_people_outside_the_couple_never_see_shared_answers(people, clients, now, role):
    alex, sam = people["self"], people["partner"]
    answer(alex, now, share=True, first="ALEX-SHARED")
    answer(sam, now, share=True, first="SAM-SHARED")
    seen = b"".join(views_of(clients[role]))
    assert b"ALEX-SHARED" not in seen and b"SAM-SHARED" not in seen


def test_an_answer_shared_before_the_partner_joined_does_not_reveal_theirs(db, now):
    from tests.factories import make_couple, make_joined

    alex, sam = make_user("alex@example.com", "Alex"), make_user("sam@example.com", "Sam")
    space = make_couple(alex, "Sunny", now=now - timedelta(hours=2))
    answer(alex, now - timedelta(hours=1), share=True, first="ALEX-EARLY")
    make_joined(sam, space, now=now - timedelta(minutes=30))
    answer(sam, now, share=True, first="SAM-LATER")
    week = tuneups.current_week(user=alex, now=now)
    assert tuneups.tuneup_get(user=alex, week=week, key=key_for(alex), now=now).partner is None
    assert tuneups.tuneup_get(user=sam, week=week, key=key_for(sam), now=now).partner is None


def test_a_person_on_their_own_answers_alone_and_the_week_counts(db, now):
    river = make_user("river@example.com", "River")
    answer(river, now, share=True)
    assert TuneUpAnswer.objects.get().visibility == "private"
    assert facts_for(user=river, key=key_for(river), now=now)["tune_up_held"] == 1
    state = tuneups.tuneup_get(user=river, week=tuneups.current_week(user=river, now=now), key=key_for(river), now=now)
    assert state.mine.first == "the walk on Sunday" and not state.in_couple


def test_answering_again_in_the_same_week_changes_the_one_answer(people, now):
    alex = people["self"]
    answer(alex, now, share=False, first="first try")
    answer(alex, now, share=False, first="second try")
    assert TuneUpAnswer.objects.count() == 1


def test_a_week_that_has_not_started_cannot_be_answered(people, now):
    alex = people["self"]
    with pytest.raises(InvalidInputError):
        answer(alex, now, share=False, week=tuneups.current_week(user=alex, now=now).shifted(1))
    assert not TuneUpAnswer.objects.exists()


def test_empty_answers_are_refused_and_nothing_is_saved(people, clients):
    response = clients["self"].post("/practice/tune-up/", {"first": "  ", "second": "something"})
    assert response.status_code == 400 and not TuneUpAnswer.objects.exists()
    api = clients["self"].put("/api/v1/tuneups/current", {"first": "", "second": "x"}, content_type="application/json")
    assert api.status_code == 400 and "first question" in api.json()["detail"]


def test_sharing_is_refused_under_a_safety_concern_and_nothing_is_saved(people, now):
    from nearer.core.program import load_program

    alex = people["self"]
    answer_screen(alex, yes=[load_program().safety.questions[0].id], now=now)
    with pytest.raises(ConflictError):
        answer(alex, now, share=True)
    assert not TuneUpAnswer.objects.exists()


def test_the_page_asks_the_two_questions_from_the_content_and_revisits_needs(clients):
    from nearer.core.program import load_program

    page = clients["self"].get("/practice/tune-up/").content.decode()
    for question in load_program().questions.tune_up.questions:
        assert question.text.replace("'", "&#x27;") in page
    assert "Your needs, revisited" in page


def test_an_unknown_or_future_week_page_is_not_found(people, clients, now):
    future = tuneups.current_week(user=people["self"], now=now).shifted(2).label
    assert clients["self"].get(f"/practice/tune-up/weeks/{future}/").status_code == 404
    assert clients["self"].get("/practice/tune-up/weeks/not-a-week/").status_code == 404
    assert clients["self"].get("/api/v1/tuneups/2026-W99").status_code == 404


def test_the_page_saves_and_shares_from_the_form(people, clients, now):
    response = clients["self"].post("/practice/tune-up/", {"first": "a", "second": "b", "share": "on"})
    assert response.status_code == 302
    assert TuneUpAnswer.objects.get().visibility == "shared"


def test_deleting_a_weeks_answers(people, clients, now):
    answer(people["self"], now, share=False)
    label = tuneups.current_week(user=people["self"], now=now).label
    assert clients["self"].post(f"/practice/tune-up/weeks/{label}/delete/").status_code == 302
    assert not TuneUpAnswer.objects.exists()
    assert clients["self"].post(f"/practice/tune-up/weeks/{label}/delete/").status_code == 404
    assert Week.parse(label)


def test_under_a_safety_concern_the_page_offers_no_share_control(people, clients, now):
    from nearer.core.program import load_program

    answer_screen(people["self"], yes=[load_program().safety.questions[0].id], now=now)
    assert 'name="share"' not in clients["self"].get("/practice/tune-up/").content.decode()
    assert 'name="share"' in clients["partner"].get("/practice/tune-up/").content.decode()


def test_someone_who_has_not_answered_the_safety_screen_is_sent_there_first(db):
    from tests.conftest import client_for

    nova = make_user("nova@example.com", "Nova", screened=False)
    client = client_for(nova)
    assert client.get("/practice/log/")["Location"].startswith("/program/safety/")
    assert client.get("/api/v1/log").status_code == 409
