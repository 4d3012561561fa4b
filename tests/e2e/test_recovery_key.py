"""The recovery key in a real browser: it survives a reload, downloads as a text file, copies, goes
once confirmed; a new key made from the account page replaces it, and the old key then fails."""

import re

from django.core import mail

from tests.conftest import PASSWORD
from tests.e2e.test_program_flow import answer_safety
from tests.e2e.signup_steps import KEY_PATTERN, confirm_saved, sign_up_to_key

NEW_PASSWORD = "another quiet morning walk"
EMAIL = "river@example.com"


def _reset_password(page):
    page.goto("/accounts/reset/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_role("button", name="Send the link", exact=True).click()
    page.get_by_role("heading", level=1, name="Check your email").wait_for()
    link = re.search(r"https?://[^/\s]+(/accounts/reset/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(link)
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("New password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set password", exact=True).click()
    page.wait_for_url("**/accounts/reset/complete/")


def _log_in(page, password):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in", exact=True).click()
    page.wait_for_url("**/home/")


def test_recovery_key_survives_a_reload_downloads_and_a_new_one_replaces_it(new_page, check_page):
    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    first_key = sign_up_to_key(page, EMAIL, "River", "Europe/Lisbon")
    check_page(page, "recovery-key-waiting")

    page.reload()
    assert page.locator("#recovery-key").inner_text() == first_key

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download it as a text file").click()
    download = download_info.value
    assert download.suggested_filename == "nearer-recovery-key.txt"
    assert first_key in open(download.path(), encoding="utf-8").read()

    page.get_by_role("button", name="Copy the key").click()
    page.get_by_text("Copied.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == first_key

    confirm_saved(page)
    page.wait_for_url("**/program/safety/")  # the private safety questions come first
    answer_safety(page)
    page.goto("/private-space/recovery-key/")
    assert first_key not in page.content()
    assert page.get_by_role("heading", level=1).inner_text() == "No recovery key is waiting"

    page.goto("/accounts/profile/")
    page.get_by_role("link", name="Make a new recovery key").click()
    page.wait_for_url("**/private-space/recovery-key/new/")
    check_page(page, "recovery-key-new")
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Make a new recovery key").click()
    page.wait_for_url("**/private-space/recovery-key/")
    second_key = page.locator("#recovery-key").inner_text()
    assert KEY_PATTERN.fullmatch(second_key) and second_key != first_key
    confirm_saved(page)
    page.wait_for_url("**/accounts/profile/")

    page.get_by_role("button", name="Log out").click()
    _reset_password(page)
    _log_in(page, NEW_PASSWORD)
    page.goto("/private-space/unlock/")
    page.get_by_role("textbox", name="Recovery key").fill(first_key)
    page.get_by_label("Your password").first.fill(NEW_PASSWORD)
    page.get_by_role("button", name="Unlock").click()
    assert "That recovery key does not open your private space." in page.locator("main").inner_text()
    page.get_by_role("textbox", name="Recovery key").fill(second_key)
    page.get_by_label("Your password").first.fill(NEW_PASSWORD)
    page.get_by_role("button", name="Unlock").click()
    page.wait_for_url("**/home/")
    assert page.get_by_role("status").inner_text() == "Your private space is unlocked again."


def test_copy_button_works_under_the_real_content_security_policy(new_page):
    page = new_page(bypass_csp=False)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    key = sign_up_to_key(page, EMAIL, "River", "Europe/Lisbon")
    page.get_by_role("button", name="Copy the key").click()
    page.get_by_text("Copied.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == key
    assert [text for text in problems if "favicon" not in text] == []
