"""Signing up in a browser: the address, the e-mailed link (read from Django's locmem outbox, which the
live server shares with the test), then name, time zone and password; the recovery key page follows."""

import re

from tests.conftest import PASSWORD, signup_link

KEY_PATTERN = re.compile(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){7}")


def ask_for_link(page, email, *, check=None):
    """Step 1: only the address; every address gets the same "check your email" page."""
    page.get_by_label("Email").fill(email)
    page.get_by_role("button", name="Send me the link", exact=True).click()
    page.get_by_role("heading", level=1, name="Check your email").wait_for()
    if check:
        check(page, "signup-sent")


def fill_details(page, name, time_zone, *, password=PASSWORD, password_again=PASSWORD):
    """Step 2, on the page the e-mailed link opens."""
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Your time zone").select_option(time_zone)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("Password again").fill(password_again)
    page.get_by_role("button", name="Create account", exact=True).click()


def open_link(page, email):
    page.goto(signup_link(email))
    page.get_by_role("heading", level=1, name="Finish creating your account").wait_for()


def sign_up_to_key(page, email, name, time_zone, *, check=None, start=True):
    """From the sign-up page to the recovery key page; return the key shown."""
    if start:
        page.goto("/accounts/signup/")
    ask_for_link(page, email, check=check)
    open_link(page, email)
    if check:
        check(page, "signup-details")
    fill_details(page, name, time_zone)
    page.wait_for_url("**/private-space/recovery-key/")
    key = page.locator("#recovery-key").inner_text()
    assert KEY_PATTERN.fullmatch(key), key
    return key


def confirm_saved(page):
    page.get_by_role("button", name="I have saved it", exact=True).click()
