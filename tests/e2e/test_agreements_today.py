"""Choosing a moment from the catalogue and marking it done on Today, in a real browser at phone size."""

from tests.conftest import PASSWORD
from tests.e2e.test_program_flow import answer_safety, sign_up
from tests.factories import make_couple, make_joined, make_user

PHONE = {"width": 390, "height": 844}


def test_a_moment_chosen_from_the_catalogue_is_marked_done_on_today(new_page, check_page):
    page = new_page()
    page.set_viewport_size(PHONE)
    sign_up(page, "alex@example.com", "Alex")
    answer_safety(page)
    page.goto("/today/")
    assert page.get_by_text("Nothing is due today.").is_visible()
    check_page(page, "today-empty")

    page.goto("/agreements/catalogue/")
    page.get_by_label("At most").select_option("2")
    page.get_by_label("Energy you have").select_option("low")
    page.get_by_role("button", name="Show matching moments").click()
    check_page(page, "agreements-catalogue")
    first = page.locator("article.card").first
    moment = first.locator("p").first.inner_text()
    first.get_by_role("link", name="Choose this").click()

    assert page.get_by_label("What you agree on").input_value() == moment
    page.get_by_label("At", exact=True).fill("21:15")
    check_page(page, "agreements-new")
    page.get_by_role("button", name="Save the agreement").click()
    assert page.get_by_role("heading", name=moment).is_visible()
    assert page.get_by_text("Agreement saved.").is_visible()
    check_page(page, "agreements-detail")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    item = page.locator("li.due", has_text=moment)
    item.get_by_role("button", name="Done").click()
    marked = page.locator("li.due", has_text=moment)
    marked.get_by_text("· done").wait_for()
    assert marked.get_by_role("button", name="Undo").is_visible()
    check_page(page, "today-marked")
    page.reload()
    assert page.locator("li.due", has_text=moment).get_by_text("· done").is_visible()


def _log_in(page, user):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_a_couple_proposes_accepts_pauses_and_parks_a_topic(new_page, check_page):
    from django.utils import timezone

    now = timezone.now()
    alex, sam = make_user("alex@example.com", "Alex"), make_user("sam@example.com", "Sam")
    make_joined(sam, make_couple(alex, "Sam", now=now), now=now)
    alex_page, sam_page = new_page(), new_page()
    for page, person in ((alex_page, alex), (sam_page, sam)):
        page.set_viewport_size(PHONE)
        _log_in(page, person)

    alex_page.goto("/agreements/new/?kind=pause_signal")
    alex_page.get_by_label("What you agree on").fill("Time out when it gets heated")
    alex_page.get_by_label("The agreed words").fill("Yellow card")
    alex_page.get_by_label("Propose it to my partner").check()
    alex_page.get_by_role("button", name="Save the agreement").click()
    assert alex_page.get_by_text("Proposed; it waits for your partner's answer.").is_visible()
    check_page(alex_page, "agreements-proposed")

    sam_page.goto("/today/")
    sam_page.get_by_role("link", name="Time out when it gets heated").click()
    assert sam_page.get_by_text("Alex proposed this; it waits for your answer.").is_visible()
    check_page(sam_page, "agreements-proposal-to-answer")
    sam_page.get_by_role("button", name="Accept").click()
    assert sam_page.get_by_text("agreed by both of you").is_visible()

    sam_page.goto("/today/")
    sam_page.get_by_role("button", name="Call a pause now").click()
    assert sam_page.get_by_role("heading", name="A pause is on").is_visible()
    alex_page.goto("/today/")
    assert alex_page.get_by_text("Your partner called it").is_visible()
    alex_page.get_by_label("A work topic that can wait").fill("The launch date slipping")
    alex_page.get_by_role("button", name="Park it").click()
    assert alex_page.locator("li.card", has_text="The launch date slipping").is_visible()
    check_page(alex_page, "today-pause-and-parking")
    sam_page.goto("/today/")
    assert not sam_page.get_by_text("The launch date slipping").count()
