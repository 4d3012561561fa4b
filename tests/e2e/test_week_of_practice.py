"""A week of practice for two, in a real browser at phone size: micro-connections chosen from the
catalogue and proposed, accepted by the partner, marked done over the week, a tune-up answered by
both and revealed, the parking lot used, and the plan moving on in order."""

from datetime import timedelta

from django.utils import timezone

from nearer.agreements import marks
from tests.e2e.test_practice_for_two import PHONE, answer_tune_up, log_in
from tests.factories import make_couple, make_joined, make_user
from tests.program.helpers import check, finish_first_three_steps, screen


def _propose(page, *, starts_on: str, title: str | None = None, kind: str = "", pick: int | None = None) -> str:
    if pick is not None:
        page.goto("/agreements/catalogue/")
        card = page.locator("article.card").nth(pick)
        title = card.locator("p").first.inner_text()
        card.get_by_role("link", name="Choose this").click()
    else:
        page.goto(f"/agreements/new/?kind={kind}")
        page.get_by_label("What you agree on").fill(title)
    page.get_by_label("Starting").fill(starts_on)
    page.get_by_label("Propose it to my partner").check()
    page.get_by_role("button", name="Save the agreement").click()
    assert page.get_by_text("Proposed; it waits for your partner's answer.").is_visible()
    return title


def _step_states(page) -> list[str]:
    page.goto("/program/")
    return [text.strip() for text in page.locator("ol.steps li.step-row .state").all_inner_texts()]


def test_a_week_of_practice_for_two_moves_the_plan_on_in_order(new_page, check_page):
    now = timezone.now()
    week_ago = now - timedelta(days=6)
    alex, sam = make_user("alex@example.com", "Alex"), make_user("sam@example.com", "Sam")
    make_joined(sam, make_couple(alex, "Sam", now=week_ago), now=week_ago)
    for person in (alex, sam):
        screen(person, week_ago)
        check(person, week_ago)
    finish_first_three_steps(alex, week_ago)
    alex_page, sam_page = log_in(new_page, alex), log_in(new_page, sam)
    assert _step_states(alex_page)[:4] == ["Done", "Done", "Done", "Now"]

    start = week_ago.date().isoformat()
    moments = [_propose(alex_page, starts_on=start, pick=number) for number in (0, 1)]
    _propose(alex_page, starts_on=start, title="Our Sunday tune-up", kind="weekly_tune_up")
    for title in [*moments, "Our Sunday tune-up"]:
        sam_page.goto("/agreements/")
        sam_page.get_by_role("link", name=title).first.click()
        sam_page.get_by_role("button", name="Accept").click()
        assert sam_page.get_by_text("agreed by both of you").is_visible()

    for title in moments:  # the days before today, as they were lived: done on most, one not
        alex_page.goto("/agreements/")
        alex_page.get_by_role("link", name=title).first.click()
        agreement_id = alex_page.url.rstrip("/").split("/")[-1]
        for days_ago in range(1, 6):
            status = "not_today" if days_ago == 3 else "done"
            marks.mark_set(user=alex, agreement_id=agreement_id, on=(now - timedelta(days=days_ago)).date(),
                           status=status, now=now)
    alex_page.goto("/today/")
    for title in moments:
        alex_page.locator("li.due", has_text=title).get_by_role("button", name="Done").click()
        alex_page.locator("li.due", has_text=title).get_by_text("· done").wait_for()
    alex_page.get_by_label("A work topic that can wait").fill("The quarterly numbers")
    alex_page.get_by_role("button", name="Park it").click()
    assert alex_page.locator("li.card", has_text="The quarterly numbers").is_visible()
    check_page(alex_page, "week-today")

    alex_page.goto("/practice/tune-up/")
    answer_tune_up(alex_page, "ALEX: the Tuesday walk", "ALEX: one evening without laptops", share=True)
    assert not alex_page.get_by_text("SAM:").count()
    sam_page.goto("/practice/tune-up/")
    answer_tune_up(sam_page, "SAM: the soup you made", "SAM: ask before booking weekends", share=True)
    assert sam_page.get_by_text("ALEX: the Tuesday walk").is_visible()
    alex_page.goto("/practice/tune-up/")
    assert alex_page.get_by_text("SAM: the soup you made").is_visible()

    states = _step_states(alex_page)
    assert states[:5] == ["Done", "Done", "Done", "Done", "Now"]
    check_page(alex_page, "week-plan")
    sam_page.goto("/today/")
    assert not sam_page.get_by_text("The quarterly numbers").count()
