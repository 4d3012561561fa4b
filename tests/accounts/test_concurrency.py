"""Sign-ups, logins and journal writes at once, over real HTTP with real Argon2 (issue 10, defect 10).

Django's live server (one thread per request) serves the test database: a real SQLite file, or
PostgreSQL when NEARER_DATABASE_URL points there. For about 20 seconds, sign-up threads go through
both steps (the e-mailed link comes from the locmem outbox), login threads log in and out, and
writer threads add journal entries. No answer may be a server error, the log may not say "database
is locked", and every account that was committed must have been answered with its recovery key."""

import logging
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest

from nearer.core.crypto import unwrap_with_recovery_key
from tests.conftest import PASSWORD, SIGNUP_LINK

pytestmark = [pytest.mark.real_hashing, pytest.mark.concurrency]

DURATION = 20  # seconds of load
SIGNUP_THREADS, LOGIN_THREADS, WRITER_THREADS = 3, 2, 3
KEY_ON_PAGE = re.compile(r'id="recovery-key">([0-9A-Z-]+)<')


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A cookie-keeping HTTP client that does not follow redirects and sends the CSRF token."""

    def __init__(self, base: str, statuses: list):
        self.base, self.statuses, self.jar = base, statuses, CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)

    def _open(self, request) -> tuple[int, str, str]:
        try:
            with self.opener.open(request, timeout=60) as response:
                status, body, location = response.status, response.read().decode(), ""
        except urllib.error.HTTPError as error:
            status, body, location = error.code, error.read().decode(), error.headers.get("Location", "")
        self.statuses.append((status, request.get_method(), request.selector))
        return status, body, location

    def get(self, path: str) -> tuple[int, str, str]:
        return self._open(urllib.request.Request(self.base + path))

    def post(self, path: str, data: dict) -> tuple[int, str, str]:
        token = next((c.value for c in self.jar if c.name == "csrftoken"), "")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        return self._open(urllib.request.Request(self.base + path, data=body, method="POST"))


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record):
        text = record.getMessage()
        if record.exc_info:
            text += " " + repr(record.exc_info[1])
        self.lines.append(text)


def _link_for(email: str, outbox_lock) -> str:
    from django.core import mail

    for _ in range(100):
        with outbox_lock:
            for message in list(mail.outbox):
                if email in message.to and SIGNUP_LINK.search(message.body):
                    return SIGNUP_LINK.search(message.body).group(1)
        time.sleep(0.05)
    raise AssertionError(f"no link for {email}")


def _sign_ups(base, statuses, until, number, results, outbox_lock):
    count = 0
    while time.monotonic() < until:
        email, browser = f"load{number}-{count}@example.com", Browser(base, statuses)
        count += 1
        browser.get("/accounts/signup/")
        browser.post("/accounts/signup/", {"email": email})
        link = _link_for(email, outbox_lock)
        browser.get(link)
        status, _, location = browser.post(link, {
            "display_name": "Load", "time_zone": "UTC", "password1": PASSWORD, "password2": PASSWORD,
        })
        page = browser.get("/private-space/recovery-key/")[1] if status == 302 else ""
        key = KEY_ON_PAGE.search(page)
        results[email] = (status, location, key.group(1) if key else None)


def _logins(base, statuses, until, email, counts):
    while time.monotonic() < until:
        browser = Browser(base, statuses)
        browser.get("/accounts/login/")
        status, _, _ = browser.post("/accounts/login/", {"username": email, "password": PASSWORD})
        counts.append(status)
        browser.post("/accounts/logout/", {})


def _writes(base, statuses, until, email, counts):
    browser = Browser(base, statuses)
    browser.get("/accounts/login/")
    assert browser.post("/accounts/login/", {"username": email, "password": PASSWORD})[0] == 302
    number = 0
    while time.monotonic() < until:
        browser.get("/journal/")
        status, _, _ = browser.post("/journal/", {"body": f"a quiet note {number}"})
        counts.append(status)
        number += 1


@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")  # a thread that died fails
def test_sign_ups_logins_and_writes_at_once_give_no_server_error(live_server, settings):
    from nearer.accounts.models import User
    from nearer.privacy.models import KeyRing
    from tests.factories import make_user

    settings.AXES_FAILURE_LIMIT = 1000
    settings.NEARER_RESET_ADDRESS_LIMIT = 1000  # every sign-up comes from one address here
    people = [make_user(f"steady{i}@example.com", f"Steady {i}").email for i in range(LOGIN_THREADS + WRITER_THREADS)]
    collector, statuses, results, logins, writes = _Collect(), [], {}, [], []
    outbox_lock = threading.Lock()
    logging.getLogger().addHandler(collector)
    until = time.monotonic() + DURATION
    threads = [threading.Thread(target=_sign_ups, args=(live_server.url, statuses, until, n, results, outbox_lock))
               for n in range(SIGNUP_THREADS)]
    threads += [threading.Thread(target=_logins, args=(live_server.url, statuses, until, people[n], logins))
                for n in range(LOGIN_THREADS)]
    threads += [threading.Thread(target=_writes, args=(live_server.url, statuses, until, people[-1 - n], writes))
                for n in range(WRITER_THREADS)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=DURATION + 60)
    finally:
        logging.getLogger().removeHandler(collector)

    assert not any(thread.is_alive() for thread in threads), "a load thread hung"
    assert [s for s in statuses if s[0] >= 500] == []
    assert [line for line in collector.lines if "locked" in line.lower()] == []
    assert len(results) >= SIGNUP_THREADS and len(logins) >= LOGIN_THREADS and len(writes) >= 10, (
        len(results), len(logins), len(writes))
    assert set(logins) == {302} and set(writes) == {302}
    committed = set(User.objects.filter(email__startswith="load").values_list("email", flat=True))
    answered = {email for email, (status, location, key) in results.items() if status == 302 and key}
    assert committed == answered == set(results), "a sign-up committed without its answer, or failed"
    for email in committed:
        ring = KeyRing.objects.get(user__email=email)
        assert len(unwrap_with_recovery_key(ring.recovery_wrap, results[email][2])) == 32
