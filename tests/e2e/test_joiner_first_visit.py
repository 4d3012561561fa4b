"""The partner's first visit in a real browser: the invitation, their own account and safety screen,
the welcome written for them, then home and plan in words that fit the one who joined. The founder's
pages name the partner by the name the founder chose. Phone-size screenshots of each page."""

from django.utils import timezone

from tests.conftest import PASSWORD
from tests.e2e.signup_steps import sign_up_to_key
from tests.e2e.test_onboarding import (  # noqa: F401 (fixtures)
    answer_safety_screen, checked, heading, keep_recovery_key, quick_exit_url, submit,
)
from tests.factories import make_couple, make_invitation, make_user

SAM = {"email": "sam@example.com", "name": "Sam", "time_zone": "America/Chicago"}


def _founder_with_link(live_server) -> str:
    alex = make_user("alex@example.com", "Alex", time_zone="Europe/Lisbon")
    make_couple(alex, "Sunny", now=timezone.now())
    _, token = make_invitation(alex, now=timezone.now())
    return f"{live_server.url}/couple/join/{token}/"


def _main(page) -> str:
    return " ".join(page.locator("main").inner_text().split())


def test_the_partner_s_first_visit_is_written_for_them(new_page, checked, live_server):  # noqa: F811
    link = _founder_with_link(live_server)
    sam = new_page()
    sam.set_viewport_size({"width": 390, "height": 844})
    sam.goto(link)
    assert "Alex invited you" in _main(sam) and "private safety questions" in _main(sam)
    checked(sam, "joiner-invited")
    sam.get_by_role("link", name="Create an account to join").click()
    sign_up_to_key(sam, SAM["email"], SAM["name"], SAM["time_zone"], start=False)
    keep_recovery_key(sam, checked)
    answer_safety_screen(sam, checked)
    sam.wait_for_url(link)
    submit(sam, "Join the couple space")

    sam.wait_for_url("**/couple/welcome/")
    text = _main(sam)
    assert heading(sam).inner_text() == "Welcome, Sam"
    assert "You joined Alex’s couple space." in text and "Alex invited you to practise together" in text
    assert "What you will not see" in text and "Sunny" not in text
    checked(sam, "joiner-welcome")

    sam.get_by_role("link", name="Open your plan").click()
    sam.wait_for_url("**/program/check/")
    submit(sam, "See my plan")
    sam.wait_for_url("**/program/")
    assert "Reading this plan from your side" in _main(sam)
    checked(sam, "joiner-plan")

    sam.goto("/home/")
    text = _main(sam)
    assert "You joined Alex’s couple space on" in text and "has joined" not in text
    assert "Alex invited you to practise together" in text
    checked(sam, "joiner-home")

    alex = new_page()
    alex.set_viewport_size({"width": 390, "height": 844})
    alex.goto("/accounts/login/")
    alex.get_by_label("Email").fill("alex@example.com")
    alex.get_by_label("Password").fill(PASSWORD)
    submit(alex, "Log in")
    alex.wait_for_url("**/home/")
    text = _main(alex)
    assert "Sunny joined your couple space on" in text and "invited you" not in text
    checked(alex, "founder-home-with-partner")
    alex.goto("/reminders/")
    submit(alex, "Make my calendar link")
    assert "/reminders/feed/" in alex.locator("#feed-link").input_value()
    checked(alex, "reminders-link-made")
    alex.goto("/reminders/")
    checked(alex, "reminders-settings")
