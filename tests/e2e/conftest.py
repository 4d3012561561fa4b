"""Browser test harness: Playwright (sync API) driving Debian's Chromium against Django's live server.

Every test here is marked `e2e`. Pages are checked with axe-core, injected from node_modules (installed by
`npm ci`), and photographed at a phone and a laptop size under test-results/screenshots/. Nothing is
downloaded at test time: the browser is the system one, never one fetched by `playwright install`."""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls there otherwise.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "test-results" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu",
    "--disable-background-networking", "--disable-component-update",
]
DEFAULT_VIEWPORT = {"width": 1280, "height": 800}
SCREENSHOT_SIZES = [(390, 844), (1280, 800)]
BLOCKING_IMPACTS = {"serious", "critical"}
TIMEOUT_MS = 10_000


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.e2e)


def _missing_tools() -> list[str]:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    if not AXE.exists():
        missing.append(f"{AXE.relative_to(REPO)} (npm ci)")
    return missing


@pytest.fixture(scope="session")
def browser():
    missing = _missing_tools()
    if missing:
        message = "browser tests need " + " and ".join(missing)
        if os.environ.get("NEARER_REQUIRE_BROWSER"):
            pytest.fail(message + "; NEARER_REQUIRE_BROWSER is set", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """Open a page in a fresh browser context: one context per persona, so two people can be logged in.

    CSP is bypassed so that axe can be injected; test_pages_need_no_inline_script checks the real policy."""
    contexts = []

    def open_page(*, bypass_csp: bool = True):
        context = browser.new_context(
            base_url=live_server.url, bypass_csp=bypass_csp, viewport=DEFAULT_VIEWPORT,
            locale="en-GB", timezone_id="Europe/Lisbon",
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def _describe(violation: dict) -> str:
    targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"])
    return f"- {violation['id']} ({violation['impact']}): {violation['help']} at {targets}"


@pytest.fixture(scope="session")
def check_page():
    """check_page(page, name): fail on serious or critical axe violations, then save both screenshots."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def check(page, name: str) -> None:
        page.wait_for_load_state("load")
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(path=str(AXE))
        result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        blocking = [v for v in result["violations"] if v["impact"] in BLOCKING_IMPACTS]
        assert not blocking, f"axe found on {name} ({page.url}):\n" + "\n".join(map(_describe, blocking))

        viewport = page.viewport_size
        for width, height in SCREENSHOT_SIZES:
            page.set_viewport_size({"width": width, "height": height})
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}x{height}.png"), full_page=True)
        page.set_viewport_size(viewport)

    return check
