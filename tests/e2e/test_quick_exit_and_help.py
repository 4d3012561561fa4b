"""Quick exit leaves nothing one Back press away, and help needs no account, in a real browser.

Quick exit replaces the page in the history and ends the session; private pages are never stored,
so Back asks the server again and meets the login. The help page picks the region from the
browser's time zone, and its plain region picker works without JavaScript."""

import re
import time

import pytest

from tests.conftest import PASSWORD
from tests.e2e.conftest import TIMEOUT_MS
from tests.factories import answer_screen, make_user

HOTLINE = "1-800-799-7233"


@pytest.fixture
def jo(transactional_db):
    """A person who answered that they are afraid of their partner."""
    person = make_user("jo@example.com", "Jo")
    answer_screen(person, yes=["afraid_of_partner"])
    return person


@pytest.fixture
def neutral_exit(settings, live_server):
    settings.QUICK_EXIT_URL = live_server.url + "/privacy/"
    return settings.QUICK_EXIT_URL


def log_in(page, user):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/(home|program)/"))


def session_ended(page, live_server) -> bool:
    """Whether the browser's cookies still open the plan (asked without following the redirect)."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        answer = page.request.get(live_server.url + "/program/", max_redirects=0)
        if answer.status == 302 and "/accounts/login/" in answer.headers["location"]:
            return True
        page.wait_for_timeout(100)
    return False


def test_after_quick_exit_back_does_not_show_the_safety_plan(new_page, live_server, jo, neutral_exit):
    page = new_page()
    log_in(page, jo)
    page.goto("/program/")
    assert page.get_by_role("heading", name="Your safety comes first").is_visible()
    assert page.get_by_role("link", name=HOTLINE).first.is_visible()

    page.locator("#quick-exit").click()
    page.wait_for_url(neutral_exit)
    assert session_ended(page, live_server)

    page.go_back()
    page.wait_for_load_state("load")
    body = page.locator("body").inner_text()
    assert "Your safety comes first" not in body and HOTLINE not in body
    assert "/accounts/login/" in page.url, page.url
    page.go_forward()
    page.wait_for_load_state("load")
    assert page.url == neutral_exit


def test_escape_twice_also_ends_the_session(new_page, live_server, jo, neutral_exit):
    page = new_page()
    log_in(page, jo)
    page.goto("/journal/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(neutral_exit)
    assert session_ended(page, live_server)


def test_help_without_an_account_follows_the_browser_time_zone(browser, live_server, check_page):
    context = browser.new_context(base_url=live_server.url, timezone_id="America/Chicago", locale="en-US",
                                  bypass_csp=True)
    try:
        page = context.new_page()
        page.goto("/")
        page.get_by_role("link", name="See who you can reach").click()
        page.wait_for_url(re.compile(r"/help/\?tz=America%2FChicago$"))
        assert page.get_by_role("heading", name="National Domestic Violence Hotline").is_visible()
        check_page(page, "help-visitor")
        page.go_back()
        assert page.url == live_server.url + "/"
    finally:
        context.close()


def test_help_region_picker_works_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/help/")
        assert not page.get_by_role("heading", name="National Domestic Violence Hotline").count()
        page.get_by_label("Somewhere else? Choose a region").select_option("us")
        page.get_by_role("button", name="Show help for this region").click()
        page.wait_for_url("**/help/?region=us")
        assert page.get_by_role("heading", name="National Domestic Violence Hotline").is_visible()
    finally:
        context.close()
