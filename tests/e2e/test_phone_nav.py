"""Defect 9: on a phone the navigation stays one compact row under the brand and Quick exit."""

from tests.conftest import PASSWORD
from tests.e2e.conftest import SCREENSHOTS

PHONE = {"width": 390, "height": 844}


def test_navigation_is_compact_on_a_phone_and_quick_exit_stays_in_view(new_page, alex):
    page = new_page()
    page.set_viewport_size(PHONE)
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(alex.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/home/**")
    page.goto("/privacy/")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "phone-nav-390x844.png"))

    header = page.locator("header.top").bounding_box()
    assert header["height"] <= 120, f"the header takes {header['height']}px on a phone"
    quick_exit = page.locator("#quick-exit")
    assert quick_exit.is_visible()
    box = quick_exit.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] and box["y"] < 60
    links = page.locator("nav[aria-label=Main] a")
    tops = {round(links.nth(i).bounding_box()["y"]) for i in range(links.count())}
    assert len(tops) == 1, f"navigation links wrap into {len(tops)} rows"
    # Every link can still be reached (scrolled into view), and the page itself never scrolls sideways.
    for name in ("Home", "Program", "Journal", "Coach", "Couple space", "Account"):
        link = page.get_by_role("navigation", name="Main").get_by_role("link", name=name)
        link.scroll_into_view_if_needed()
        assert link.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
