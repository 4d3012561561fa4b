"""Choosing a moment from the catalogue and marking it done on Today, in a real browser at phone size."""

from tests.e2e.test_program_flow import answer_safety, sign_up

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
