"""The program in a real browser: sign up, the private safety screen, the check, the plan and its steps,
a talk scheduled (with its calendar file) and debriefed, on both tracks; and the safety-concern path.

Every page visited passes axe (no serious or critical violation) through the shared check_page helper."""

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from nearer.core.program import load_program
from tests.e2e.signup_steps import confirm_saved, sign_up_to_key

PROGRAM = load_program()
ZONE = "Europe/Lisbon"


def sign_up(page, email, name):
    sign_up_to_key(page, email, name, ZONE)
    confirm_saved(page)
    # The private safety questions come first, before any feature.
    page.wait_for_url("**/program/safety/")


def answer_safety(page, yes=()):
    for question in PROGRAM.safety.questions:
        group = page.get_by_role("group", name=question.text)
        group.get_by_label("Yes" if question.id in yes else "No", exact=True).check()
    page.get_by_role("button", name="Save my answers").click()


def start_program(page, check_page, *, yes=()):
    page.wait_for_url("**/program/safety/")
    check_page(page, "program-safety")
    answer_safety(page, yes=yes)


def do_check(page, check_page, contexts):
    page.wait_for_url("**/program/check/")
    check_page(page, "program-check")
    page.get_by_label("Long silences").check()
    for title in contexts:
        page.get_by_label(title).check()
    page.get_by_role("group", name=PROGRAM.readiness.questions[0].text).get_by_label("No", exact=True).check()
    page.get_by_role("button", name="See my plan").click()
    page.wait_for_url("**/program/")


def step_state(page, title):
    return page.locator(".step-row", has=page.get_by_role("link", name=title, exact=True)).locator(".state").inner_text()


def lisbon_tomorrow():
    return (datetime.now(ZoneInfo(ZONE)) + timedelta(days=1)).date().isoformat()


def schedule_talk(page, check_page, title):
    page.goto("/program/talks/")
    check_page(page, "program-talks")
    page.get_by_label("A name for it in your calendar (optional)").fill(title)
    page.get_by_label("Day").fill(lisbon_tomorrow())
    page.get_by_label("Start time").fill("19:30")
    page.get_by_role("button", name="Schedule the talk").click()
    page.wait_for_url("**/program/talks/")
    assert page.get_by_role("heading", name=title, level=3).is_visible()


def test_whole_flow_on_the_general_track(new_page, check_page):
    from nearer.program.models import Talk

    page = new_page()
    sign_up(page, "alex@example.com", "Alex")
    start_program(page, check_page)
    do_check(page, check_page, contexts=["In-laws and wider family"])
    track = PROGRAM.track("general")
    assert page.get_by_role("heading", name=track.title).is_visible()
    assert step_state(page, track.steps[0].title) == "Now"
    check_page(page, "program-plan")

    page.get_by_role("link", name="Open this step").click()
    page.wait_for_url("**/program/steps/prepare/")
    check_page(page, "program-step")
    page.get_by_role("link", name="Open the self-reflection worksheet").first.click()
    check_page(page, "program-reflection")
    page.get_by_label("What sets you off, and what you usually do next").fill("Long silences; I chase.")
    page.get_by_label("I have tried the grounding practice").check()
    page.get_by_label("What you may have added to the distance").fill("I criticise more than I thank.")
    page.get_by_role("button", name="Save privately").click()
    page.wait_for_url("**/program/steps/prepare/")
    page.get_by_label(track.steps[0].actions[3].text).check()
    page.get_by_role("button", name="Save what I have done").click()
    page.wait_for_url("**/program/steps/prepare/")

    schedule_talk(page, check_page, "Sofa half hour")
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Add to my calendar")).first.click()
    event = Calendar.from_ical(Path(download.value.path()).read_bytes()).walk("VEVENT")[0]
    assert str(event["summary"]) == "Sofa half hour"
    starts = event.decoded("dtstart").astimezone(ZoneInfo(ZONE))
    assert (starts.date().isoformat(), starts.strftime("%H:%M")) == (lisbon_tomorrow(), "19:30")

    page.goto("/program/steps/open_gently/")
    page.get_by_role("link", name="Plan your opening with the coach").click()
    page.get_by_label("What you want to say").fill(
        "I noticed we have eaten in silence this week. I miss you, and I would love a walk together.")
    page.get_by_role("button", name="Save as a private draft").click()
    assert page.get_by_role("status").first.inner_text() == "Draft saved. Only you can see it."
    page.goto("/program/steps/open_gently/")
    assert page.get_by_text(track.steps[1].actions[0].text).locator(".state-done").is_visible()

    # The talk has taken place: move it an hour into the past, as the clock would.
    Talk.objects.update(starts_at=datetime.now(ZoneInfo("UTC")) - timedelta(hours=1))
    page.goto("/program/talks/")
    page.get_by_role("link", name=re.compile("^Open")).first.click()
    check_page(page, "program-talk-debrief")
    page.get_by_label("What I learned").fill("The new role scares them more than they let on.")
    page.get_by_label("What they need").fill("A quiet first hour after work.")
    page.get_by_role("group", name="Did they ask for some space?").get_by_label("Yes", exact=True).check()
    back = datetime.now(ZoneInfo(ZONE)) + timedelta(hours=20)
    page.get_by_label("Day you agreed to come back together").fill(back.date().isoformat())
    page.get_by_label("Time you agreed to come back together").fill(back.strftime("%H:%M"))
    page.get_by_role("button", name="Save the debrief").click()
    assert page.get_by_role("status").inner_text() == "Your debrief is saved privately."

    page.goto("/program/")
    for step in track.steps[:3]:
        assert step_state(page, step.title) == "Done"
    assert step_state(page, track.steps[3].title) == "Now"
    assert page.get_by_text(track.steps[3].actions[0].text).is_visible()
    check_page(page, "program-plan-progressed")


def test_work_stress_track_is_reached_by_ticking_work(new_page, check_page):
    page = new_page()
    sign_up(page, "robin@example.com", "Robin")
    start_program(page, check_page)
    do_check(page, check_page, contexts=["Work stress"])
    track = PROGRAM.track("work_stress")
    assert page.get_by_role("heading", name=track.title).is_visible()
    page.get_by_role("link", name=track.steps[0].title, exact=True).click()
    assert page.get_by_text(track.steps[0].goal).is_visible()
    schedule_talk(page, check_page, "Laptops shut")
    page.goto("/program/steps/prepare/")
    criterion = page.get_by_role("listitem").filter(has_text=track.steps[0].completion[2].says)
    assert criterion.locator(".state").inner_text() == "Done"


def test_a_safety_concern_switches_off_the_couple_steps_and_shows_help(new_page, check_page):
    page = new_page()
    sign_up(page, "jo@example.com", "Jo")
    page.goto("/program/safety/")
    page.get_by_role("button", name="Save my answers").click()
    assert page.get_by_text("Please answer yes or no.").first.is_visible()
    page.wait_for_url("**/program/safety/")
    answer_safety(page, yes=["controlled_by_partner"])
    page.wait_for_url("**/program/")
    assert page.get_by_role("heading", name="Your safety comes first").is_visible()
    assert page.get_by_text(PROGRAM.safety.couples_exercises_note).first.is_visible()
    assert page.get_by_role("link", name="1-800-799-7233").first.is_visible()
    locked = [s for s in PROGRAM.track("general").steps if s.couple_facing]
    for step in locked:
        assert step_state(page, step.title) == "Switched off for your safety"
    check_page(page, "program-plan-safety")

    page.get_by_role("link", name=locked[1].title, exact=True).click()
    assert page.get_by_role("heading", name="Switched off for your safety").is_visible()
    assert not page.get_by_role("button", name="Save what I have done").count()
    check_page(page, "program-step-locked")

    page.goto("/journal/")
    page.get_by_label("What happened, or what is on your mind").fill("Wrote this somewhere safe.")
    page.get_by_role("button", name="Save privately").click()
    assert page.get_by_text("Wrote this somewhere safe.").is_visible()
    page.goto("/help/")
    check_page(page, "help-at-risk")
    assert page.get_by_role("heading", name="National Domestic Violence Hotline").is_visible()
