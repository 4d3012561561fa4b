"""The journal's pages in a real browser: older and newer entries are plain links, and every page
passes axe (through the shared check_page helper)."""

from datetime import timedelta

from django.utils import timezone

from nearer.accounts.models import User
from nearer.journal import services
from nearer.journal.paging import PAGE_SIZE
from tests.e2e.test_program_flow import answer_safety, sign_up
from tests.factories import key_for


def test_older_and_newer_entries_are_reached_by_links(new_page, check_page):
    page = new_page()
    sign_up(page, "alex@example.com", "Alex")
    answer_safety(page)
    alex = User.objects.get(email="alex@example.com")
    start = timezone.now() - timedelta(days=2)
    for number in range(PAGE_SIZE + 3):
        services.entry_create(user=alex, body=f"Evening note {number}", key=key_for(alex),
                              now=start + timedelta(minutes=number))
    page.goto("/journal/")
    assert page.get_by_text(f"Evening note {PAGE_SIZE + 2}", exact=True).is_visible()
    assert not page.get_by_text("Evening note 0", exact=True).count()
    assert not page.get_by_role("link", name="Newer entries").count()
    check_page(page, "journal-first-page")
    page.get_by_role("link", name="Older entries").click()
    assert page.get_by_text("Evening note 0", exact=True).is_visible()
    assert not page.get_by_role("link", name="Older entries").count()
    check_page(page, "journal-older-page")
    page.get_by_role("link", name="Newer entries").click()
    assert page.get_by_text(f"Evening note {PAGE_SIZE + 2}", exact=True).is_visible()
