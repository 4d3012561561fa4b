from django.urls import reverse

from tests.conftest import client_for

HOME = reverse("pages:home")


def test_home_needs_login(client, db):
    assert client.get(HOME)["Location"].startswith(reverse("accounts:login"))


def test_home_invites_a_new_person_to_start_a_space(alex):
    page = client_for(alex).get(HOME).content.decode()
    assert "no couple space yet" in page
    assert "still being built" not in page  # no page names a part that does not exist


def test_home_says_solo_use_is_complete(alex, now):
    from tests.factories import make_couple

    make_couple(alex, "Sam", now=now)
    assert "complete way to use Nearer" in client_for(alex).get(HOME).content.decode()


def test_home_names_the_partner_once_joined(alex_and_sam, alex):
    assert "Sunny joined your couple space" in client_for(alex).get(HOME).content.decode()


def test_partner_home_never_shows_the_name_the_other_chose_for_them(alex_and_sam, sam):
    assert "Sunny" not in client_for(sam).get(HOME).content.decode()


def test_welcome_page_redirects_people_who_are_logged_in(client, alex):
    assert client.get("/").status_code == 200
    assert client_for(alex).get("/")["Location"] == HOME


def test_first_home_page_offers_one_clear_next_step(alex):
    page = client_for(alex).get(HOME).content.decode()
    assert page.count('class="button"') == 1
    assert "Do the check" in page  # the safety questions come first, before the home page (gate)
    assert "Start your couple space" in page
