"""Onboarding in a real browser: sign up, log in, start a couple space, invite, the partner joins, leaves.

Every page visited passes axe (no serious or critical violation) and carries the quick exit control."""

import re

import pytest

from tests.conftest import PASSWORD
from tests.e2e.signup_steps import KEY_PATTERN, ask_for_link, fill_details, open_link, sign_up_to_key

ALEX = {"email": "alex@example.com", "name": "Alex", "time_zone": "Europe/Lisbon"}
SAM = {"email": "sam@example.com", "name": "Sam", "time_zone": "America/Chicago"}


@pytest.fixture
def quick_exit_url(settings, live_server):
    """A neutral page the browser can reach offline; read from settings at render time."""
    settings.QUICK_EXIT_URL = live_server.url + "/privacy/"
    return settings.QUICK_EXIT_URL


@pytest.fixture
def checked(check_page, quick_exit_url):
    """check_page, plus: the quick exit control is present and points at the configured URL."""

    def check(page, name):
        quick_exit = page.locator("#quick-exit")
        assert quick_exit.is_visible(), f"no quick exit on {name}"
        assert quick_exit.get_attribute("href") == quick_exit_url
        check_page(page, name)

    return check


def submit(page, button_name):
    """Press a form's button and fail at once, with the status, if the server refuses the POST."""
    def is_form_post(response):
        return response.request.method == "POST" and response.request.resource_type == "document"

    with page.expect_response(is_form_post) as answer:
        page.get_by_role("button", name=button_name, exact=True).click()
    response = answer.value
    assert response.status in {200, 302, 400}, (
        f"pressing {button_name!r} posted to {response.url} and got {response.status}"
    )


def keep_recovery_key(page, checked):
    """After sign-up the recovery key waits until the person says they saved it; then they continue
    to where they were going."""
    assert heading(page).inner_text() == "Your account is ready"
    assert KEY_PATTERN.fullmatch(page.locator("#recovery-key").inner_text())
    checked(page, "recovery-key")
    submit(page, "I have saved it")


def answer_safety_screen(page, checked):
    """The private safety questions come first for everyone; all answered no here."""
    page.wait_for_url(re.compile(r"/program/safety/"))
    checked(page, "safety-screen")
    for group in page.locator("fieldset").all():
        group.get_by_label("No", exact=True).check()
    submit(page, "Save my answers")


def sign_up(page, person, checked):
    page.goto("/accounts/signup/")
    checked(page, "signup")
    sign_up_to_key(page, person["email"], person["name"], person["time_zone"], check=checked, start=False)
    keep_recovery_key(page, checked)
    answer_safety_screen(page, checked)
    page.wait_for_url("**/program/check/")
    page.goto("/home/")


def heading(page):
    return page.get_by_role("heading", level=1)


def test_welcome_page_invites_a_person_to_create_an_account(new_page, checked):
    page = new_page()
    page.goto("/")
    checked(page, "welcome")
    page.get_by_role("link", name="Create your private account").click()
    page.wait_for_url("**/accounts/signup/")
    assert heading(page).inner_text() == "Create your private account"


def test_sign_up_with_different_passwords_shows_the_field_error(new_page, checked):
    page = new_page()
    page.goto("/accounts/signup/")
    ask_for_link(page, ALEX["email"])
    open_link(page, ALEX["email"])
    fill_details(page, ALEX["name"], ALEX["time_zone"], password_again="a different harbour")
    error = page.locator("#id_password2_error")
    assert error.inner_text() == "The two passwords differ."
    assert page.get_by_label("Your name").input_value() == ALEX["name"]
    checked(page, "signup-with-errors")


def test_person_signs_up_logs_out_and_logs_in_again(new_page, checked, live_server):
    page = new_page()
    sign_up(page, ALEX, checked)
    assert heading(page).inner_text() == "Hello, Alex"
    checked(page, "home")

    page.get_by_role("link", name="Account").click()
    page.wait_for_url("**/accounts/profile/")
    assert page.get_by_label("Your time zone").input_value() == ALEX["time_zone"]
    checked(page, "profile")

    submit(page, "Log out")
    page.wait_for_url(live_server.url + "/")
    page.get_by_role("link", name="Log in").first.click()
    page.wait_for_url("**/accounts/login/")
    checked(page, "login")
    page.get_by_label("Email").fill(ALEX["email"])
    page.get_by_label("Password").fill(PASSWORD)
    submit(page, "Log in")
    page.wait_for_url("**/home/")
    assert heading(page).inner_text() == "Hello, Alex"


def test_partner_joins_through_the_invitation_link_and_can_leave(new_page, checked):
    alex = new_page()
    sign_up(alex, ALEX, checked)
    alex.get_by_role("link", name="Start your couple space").click()
    alex.wait_for_url("**/couple/")
    alex.get_by_label("What do you call your partner?").fill("Sunny")
    submit(alex, "Start my couple space")
    alex.wait_for_url("**/couple/")
    assert "You are using this space on your own" in alex.locator("main").inner_text()
    checked(alex, "couple-space-solo")

    submit(alex, "Create an invitation link")
    link = alex.locator("#invite-link").input_value()
    assert "/couple/join/" in link
    checked(alex, "invitation-link")

    sam = new_page()
    sam.goto(link)
    assert heading(sam).inner_text() == "You have been invited"
    assert "Alex invited you" in sam.locator("main").inner_text()
    checked(sam, "join-anonymous")
    sam.get_by_role("link", name="Create an account to join").click()
    sam.wait_for_url(re.compile(r"/accounts/signup/\?next="))
    checked(sam, "signup-to-join")
    sign_up_to_key(sam, SAM["email"], SAM["name"], SAM["time_zone"], start=False)
    keep_recovery_key(sam, checked)
    answer_safety_screen(sam, checked)
    sam.wait_for_url(link)
    checked(sam, "join-logged-in")
    submit(sam, "Join the couple space")
    sam.wait_for_url("**/couple/welcome/")
    assert "You joined Alex’s couple space" in sam.locator("main").inner_text()
    assert "Alex has joined" not in sam.locator("main").inner_text()

    sam.goto("/couple/")
    assert "You joined Alex’s couple space on" in sam.locator("main").inner_text()
    checked(sam, "couple-space-together")
    alex.goto("/couple/")
    assert "Sunny joined your couple space on" in alex.locator("main").inner_text()

    sam.get_by_role("link", name="Leave this couple space").click()
    sam.wait_for_url("**/couple/leave/")
    checked(sam, "leave-confirmation")
    submit(sam, "Leave the couple space")
    sam.wait_for_url("**/home/")
    assert sam.get_by_role("status").inner_text() == "You have left the couple space."
    sam.goto("/couple/")
    assert sam.get_by_role("button", name="Start my couple space").is_visible()
    assert "Alex" not in sam.locator("main").inner_text()
    alex.reload()
    assert "Sunny left your couple space on" in alex.locator("main").inner_text()
    assert "have not joined" not in alex.locator("main").inner_text()
    alex.goto("/home/")
    assert "Sunny left your couple space on" in alex.locator("main").inner_text()


def test_quick_exit_button_leaves_for_the_configured_page(new_page, checked, quick_exit_url, live_server):
    page = new_page()
    page.goto("/")
    page.goto("/accounts/login/")
    page.locator("#quick-exit").click()
    page.wait_for_url(quick_exit_url)
    checked(page, "privacy")
    # The page left is replaced in history, so Back does not return to it.
    page.go_back()
    assert page.url == live_server.url + "/"


def test_pressing_escape_twice_leaves_for_the_configured_page(new_page, quick_exit_url):
    page = new_page()
    page.goto("/accounts/signup/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(quick_exit_url)


def test_pages_need_no_inline_script_under_the_real_content_security_policy(new_page):
    page = new_page(bypass_csp=False)
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    for path in ["/", "/accounts/signup/", "/accounts/login/", "/privacy/"]:
        page.goto(path)
        page.wait_for_load_state("load")
    assert problems == []

    # The listener does hear the policy: an inline script is refused and reported.
    page.evaluate("""() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.appendChild(script);
    }""")
    page.wait_for_timeout(100)
    assert page.evaluate("window.inlineRan === undefined")
    assert any("Content Security Policy" in text for text in problems), problems
