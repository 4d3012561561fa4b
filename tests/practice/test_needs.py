"""Needs: two or three in focus, each turned into an action; private unless shared."""

import pytest

from nearer.core.errors import ConflictError, InvalidInputError, NotFoundError
from nearer.practice import selectors, services
from nearer.practice.models import Need
from tests.factories import key_for


def name(user, now, text="to be listened to", **values):
    args = {"need": text, "action": "ten minutes on the sofa, phones away", "who": "both",
            "how_often": "three evenings a week", **values}
    return services.need_create(user=user, key=key_for(user), now=now, **args)


def test_a_need_is_saved_privately_with_its_words_sealed(people, now):
    need = name(people["self"], now)
    stored = Need.objects.get(pk=need.pk)
    assert stored.visibility == "private" and b"sofa" not in bytes(stored.action_sealed)
    view = selectors.need_get(user=people["self"], need_id=need.pk, key=key_for(people["self"]))
    assert (view.need, view.who, view.how_often) == ("to be listened to", "both", "three evenings a week")


def test_a_fourth_need_in_focus_is_refused_until_one_is_set_aside(people, now):
    alex = people["self"]
    first = name(alex, now, "one")
    name(alex, now, "two"), name(alex, now, "three")
    with pytest.raises(ConflictError, match="Set one aside"):
        name(alex, now, "four")
    assert Need.objects.count() == 3
    services.need_set_active(user=alex, need_id=first.pk, active=False, now=now)
    name(alex, now, "four")
    with pytest.raises(ConflictError):
        services.need_set_active(user=alex, need_id=first.pk, active=True, now=now)


@pytest.mark.parametrize("values, words", [
    ({"text": ""}, "Name the need"), ({"action": " "}, "what someone would see"), ({"how_often": ""}, "how often"),
    ({"who": "the neighbours"}, "who does it"), ({"text": "x" * 501}, "limit"),
])
def test_a_need_missing_a_part_is_refused_and_nothing_is_saved(people, now, values, words):
    with pytest.raises(InvalidInputError, match=words):
        name(people["self"], now, **values)
    assert not Need.objects.exists()


def test_the_partner_sees_a_need_only_once_it_is_shared(people, clients, now):
    alex, sam = people["self"], people["partner"]
    need = name(alex, now, "ALEX-NEED")
    assert "ALEX-NEED" not in clients["partner"].get("/practice/needs/").content.decode()
    services.need_set_visibility(user=alex, need_id=need.pk, visibility="shared", key=key_for(alex), now=now)
    page = clients["partner"].get("/practice/needs/").content.decode()
    assert "ALEX-NEED" in page and "In Alex's words" in page
    with pytest.raises(NotFoundError):
        services.need_update(user=sam, need_id=need.pk, need="x", action="y", who="me", how_often="z",
                             key=key_for(sam), now=now)


@pytest.mark.parametrize("role", ["other_couple", "former_member"])
def test_outsiders_never_see_a_need(people, clients, now, role):
    alex = people["self"]
    need = name(alex, now, "ALEX-NEED")
    services.need_set_visibility(user=alex, need_id=need.pk, visibility="shared", key=key_for(alex), now=now)
    assert "ALEX-NEED" not in clients[role].get("/practice/needs/").content.decode()
    assert clients[role].get(f"/practice/needs/{need.pk}/").status_code == 404
    assert clients[role].get(f"/api/v1/needs/{need.pk}").status_code == 404


def test_the_needs_page_names_saves_and_shows_a_need(clients):
    response = clients["self"].post("/practice/needs/", {"need": "rest", "action": "I take the bins out",
                                                        "who": "partner", "how_often": "every Tuesday"})
    assert response.status_code == 302
    assert "I take the bins out" in clients["self"].get("/practice/needs/").content.decode()


def test_the_needs_page_hides_the_form_once_three_are_in_focus(people, clients, now):
    for text in ("one", "two", "three"):
        name(people["self"], now, text)
    page = clients["self"].get("/practice/needs/").content.decode()
    assert "set one aside first" in page and 'name="need"' not in page


def test_a_need_is_edited_set_aside_and_deleted_from_its_page(people, clients, now):
    need = name(people["self"], now)
    url = f"/practice/needs/{need.pk}/"
    clients["self"].post(url, {"need": "calm mornings", "action": "coffee", "who": "me", "how_often": "daily"})
    clients["self"].post(url + "active/", {"active": "no"})
    assert not Need.objects.get(pk=need.pk).active
    clients["self"].post(url + "delete/")
    assert not Need.objects.exists()


def test_the_tune_up_revisits_needs_in_focus(people, clients, now):
    name(people["self"], now, "IN-FOCUS")
    aside = name(people["self"], now, "SET-ASIDE")
    services.need_set_active(user=people["self"], need_id=aside.pk, active=False, now=now)
    page = clients["self"].get("/practice/tune-up/").content.decode()
    assert "IN-FOCUS" in page and "SET-ASIDE" not in page
