"""The live coach in a real browser: highlights and suggestions arrive as the person types (no reload),
the verdict follows the words, a draft is saved privately, and the pages pass axe."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.factories import make_user

HARSH = "You never listen to me."
GENTLE = "I miss you. Could we take a walk together on Sunday?"


@pytest.fixture
def alex(transactional_db):
    return make_user("alex@example.com", "Alex")


def log_in(page, user):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/home/")


def verdict(page):
    return page.locator("#coach-result .coach-verdict .coach-badge")


def test_live_coach_reads_along_without_reloading_the_page(new_page, alex):
    page = new_page(bypass_csp=False)  # the real policy: htmx must work without inline script or style
    problems = []
    # Console errors (a CSP refusal, an htmx error) and failed page requests; the browser's own
    # favicon probe is a console "Failed to load resource" without a page response, so it is left out.
    page.on("console", lambda message: message.type == "error" and not message.text.startswith(
        "Failed to load resource") and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("response", lambda response: response.status >= 400 and problems.append(response.url))
    log_in(page, alex)
    page.get_by_role("link", name="Coach").click()
    page.wait_for_url("**/coach/")
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_label("What you want to say").press_sequentially(HARSH, delay=20)
    mark = page.locator("#coach-result .coach-draft mark.coach-harsh").first
    mark.wait_for()
    assert "You never listen" in mark.inner_text()
    assert "May sound harsh" in mark.locator(".visually-hidden").text_content()
    assert verdict(page).inner_text() == "Harsh"
    suggestions = page.locator("#coach-result .coach-suggestion")
    assert suggestions.count() >= 1 and suggestions.first.inner_text().startswith("Try instead:")
    assert page.get_by_label("I feel").input_value() == "hurt"

    page.get_by_label("What you want to say").fill(GENTLE)
    expect(verdict(page)).to_have_text("Gentle")
    assert page.locator("#coach-result .coach-draft mark.coach-harsh").count() == 0
    assert page.locator("#coach-result .coach-draft mark.coach-gentle").count() >= 1
    assert page.evaluate("window.stillTheSamePage === true"), "the page reloaded"
    assert problems == []


def test_i_statement_builder_puts_the_checked_sentence_in_the_text_box(new_page, alex):
    page = new_page()
    log_in(page, alex)
    page.goto("/coach/")
    page.get_by_label("What you want to say").fill(HARSH)
    page.get_by_label("and I'd like").fill("us to eat together without phones twice a week")
    page.get_by_role("button", name="Check this sentence").click()
    expected = "I feel hurt when you don't listen to me, and I'd like us to eat together without phones twice a week."
    expect(page.get_by_label("What you want to say")).to_have_value(expected)
    assert verdict(page).inner_text() != "Harsh"


def test_saving_a_draft_keeps_it_private_and_the_pages_pass_axe(new_page, check_page, alex):
    page = new_page()
    log_in(page, alex)
    page.goto("/coach/")
    check_page(page, "coach-empty")
    page.get_by_label("What you want to say").fill(HARSH)
    page.get_by_label("What your partner said (optional)").fill("I have had a terrible week at work.")
    page.locator("#coach-result .coach-draft mark.coach-harsh").first.wait_for()
    page.get_by_role("heading", name="Did your reply show you listened?").wait_for()
    check_page(page, "coach-live-result")

    page.get_by_label("What is it for?").select_option("reply")
    page.get_by_role("button", name="Save as a private draft").click()
    page.wait_for_url(re.compile(r"/coach/drafts/[0-9a-f-]{36}/$"))
    assert page.get_by_role("status").first.inner_text() == "Draft saved. Only you can see it."
    assert page.get_by_label("What you want to say").input_value() == HARSH
    check_page(page, "coach-draft")

    page.get_by_role("link", name="Your saved drafts").click()
    page.wait_for_url("**/coach/drafts/")
    assert "Replying to my partner" in page.locator("main").inner_text()
    check_page(page, "coach-drafts")


def test_without_javascript_the_coach_form_still_answers(browser, live_server, alex):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        log_in(page, alex)
        page.goto("/coach/")
        page.get_by_label("What you want to say").fill(HARSH)
        page.get_by_role("button", name="Check my words").click()
        page.wait_for_url("**/coach/review/")
        assert page.locator("#coach-result .coach-draft mark.coach-harsh").count() >= 1
        assert page.get_by_label("What you want to say").input_value() == HARSH
    finally:
        context.close()
