"""A week of practice for two in a phone-sized browser: each partner logs a moment in a few taps,
and their tune-up answers appear side by side only once both have shared them."""

from tests.conftest import PASSWORD

PHONE = {"width": 390, "height": 844}


def log_in(new_page, person):
    page = new_page()
    page.set_viewport_size(PHONE)
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/home/**")
    return page


def answer_tune_up(page, first, second, *, share):
    page.goto("/practice/tune-up/")
    page.get_by_label("Which moment this week").fill(first)
    page.get_by_label("What is one change").fill(second)
    if share:
        page.get_by_label("Share my answers").check()
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/practice/tune-up/")


def test_two_partners_log_and_see_each_others_tune_up_only_after_both_shared(new_page, check_page, alex_and_sam, alex, sam):
    alex_page = log_in(new_page, alex)
    alex_page.get_by_role("navigation", name="Main").get_by_role("link", name="Log").click()
    alex_page.locator("#log-moment").get_by_role("button", name="My partner did").click()
    alex_page.locator("#log-bid").get_by_role("button", name="I turned toward it").click()
    assert alex_page.get_by_text("Logged, privately.").is_visible()
    check_page(alex_page, "practice-log-alex")

    answer_tune_up(alex_page, "ALEX: the walk on Sunday", "ALEX: ask before planning", share=True)
    assert alex_page.locator("#tuneup-status").is_visible()
    check_page(alex_page, "practice-tuneup-alex-waiting")

    sam_page = log_in(new_page, sam)
    sam_page.goto("/practice/tune-up/")
    assert "ALEX:" not in sam_page.content()
    answer_tune_up(sam_page, "SAM: breakfast together", "SAM: fewer late calls", share=False)
    assert "ALEX:" not in sam_page.content()
    check_page(sam_page, "practice-tuneup-sam-private")

    alex_page.reload()
    assert "SAM:" not in alex_page.content()

    answer_tune_up(sam_page, "SAM: breakfast together", "SAM: fewer late calls", share=True)
    assert sam_page.get_by_text("ALEX: the walk on Sunday").is_visible()
    check_page(sam_page, "practice-tuneup-sam-revealed")

    alex_page.reload()
    assert alex_page.get_by_text("SAM: breakfast together").is_visible()
    check_page(alex_page, "practice-tuneup-alex-revealed")


def test_a_shared_log_entry_reaches_the_partner_and_a_private_one_does_not(new_page, check_page, alex_and_sam, alex, sam):
    alex_page = log_in(new_page, alex)
    alex_page.goto("/practice/log/")
    alex_page.locator("#log-moment").get_by_label("Note (optional)").fill("ALEX-SHARED: tea on the balcony")
    alex_page.locator("#log-moment").get_by_role("button", name="Both of us").click()
    alex_page.locator("#log-appreciation").get_by_label("Note (optional)").fill("ALEX-PRIVATE: thanked them")
    alex_page.locator("#log-appreciation").get_by_role("button", name="Log appreciation").click()
    alex_page.get_by_role("link", name="Open entry").last.click()
    check_page(alex_page, "practice-log-entry-alex")
    alex_page.get_by_role("button", name="Share with my partner").click()
    sam_page = log_in(new_page, sam)
    sam_page.goto("/practice/log/")
    assert sam_page.get_by_text("ALEX-SHARED: tea on the balcony").is_visible()
    assert "ALEX-PRIVATE" not in sam_page.content()
    check_page(sam_page, "practice-log-sam")


def test_the_needs_and_small_wins_pages_work_on_a_phone(new_page, check_page, alex_and_sam, alex, sam):
    page = log_in(new_page, alex)
    page.goto("/practice/needs/")
    page.get_by_label("What I need").fill("Feeling listened to after work")
    page.get_by_label("What someone could see being done").fill("Ten minutes on the sofa, phones away")
    page.get_by_label("How often").fill("Three evenings a week")
    page.get_by_role("button", name="Save privately").click()
    assert page.get_by_text("Feeling listened to after work", exact=True).is_visible()
    check_page(page, "practice-needs-alex")
    page.goto("/journal/wins/")
    page.get_by_label("A small win").fill("We laughed about the burnt toast")
    page.get_by_role("button", name="Add for both of us").click()
    check_page(page, "journal-wins-alex")
    sam_page = log_in(new_page, sam)
    sam_page.goto("/journal/wins/")
    assert sam_page.get_by_text("We laughed about the burnt toast").is_visible()
    assert "Feeling listened to" not in sam_page.content()
