"""Defect 9: long text boxes count characters as the person types, and nothing they paste is cut."""

from tests.conftest import PASSWORD
from tests.program.helpers import screen


def test_journal_box_counts_and_keeps_text_over_the_limit(new_page, alex, now):
    screen(alex, now)  # the private questions come first for everyone
    page = new_page()
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(alex.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/home/**")
    page.goto("/journal/")
    box = page.get_by_label("What happened, or what is on your mind")
    counter = page.locator("#id_body-counter")
    assert counter.inner_text() == "0 of 10,000 characters"
    box.fill("a" * 10_005)
    assert box.input_value() == "a" * 10_005
    assert counter.inner_text() == "5 characters over the limit of 10,000: please shorten it."
    page.get_by_role("button", name="Save privately").click()
    assert "the limit is 10,000 characters" in page.locator("main").inner_text()
    assert page.get_by_label("What happened, or what is on your mind").input_value() == "a" * 10_005
