from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from django.urls import reverse
from icalendar import Calendar

from nearer.program.models import Talk
from tests.conftest import client_for
from tests.factories import make_user
from tests.program.helpers import PROGRAM, answer_check, answer_safety, past_talk
from nearer.program import services
from tests.factories import key_for

CLOCK = datetime(2026, 3, 2, 12, 0, tzinfo=ZoneInfo("UTC"))


def _ready(user, yes=()):
    client = client_for(user)
    answer_safety(client, yes=yes)
    if not yes:
        answer_check(client)
    return client


def _schedule(client, day="2026-03-05", time="19:30", title=""):
    return client.post(reverse("program:talks"), {"day": day, "time": time, "title": title})


@time_machine.travel(CLOCK, tick=False)
def test_talk_time_is_read_in_the_persons_time_zone(db):
    chicago = make_user("lee@example.com", "Lee", time_zone="America/Chicago")
    client = _ready(chicago)
    assert _schedule(client).status_code == 302
    talk = Talk.objects.get(author=chicago)
    assert talk.starts_at == datetime(2026, 3, 6, 1, 30, tzinfo=ZoneInfo("UTC"))
    assert "Thursday 5 March 2026, 19:30 to 20:00" in client.get(reverse("program:talks")).content.decode()


@time_machine.travel(CLOCK, tick=False)
def test_talk_in_the_past_changes_nothing(alex):
    response = _schedule(_ready(alex), day="2026-03-02", time="11:59")
    assert response.status_code == 400 and "still ahead" in response.content.decode()
    assert Talk.objects.count() == 0


@time_machine.travel(CLOCK, tick=False)
def test_invalid_or_missing_date_changes_nothing(alex):
    client = _ready(alex)
    assert _schedule(client, day="2026-02-30").status_code == 400
    assert _schedule(client, day="", time="").status_code == 400
    assert _schedule(client, title="x" * 121).status_code == 400
    assert Talk.objects.count() == 0


@time_machine.travel(CLOCK, tick=False)
def test_scheduling_a_talk_completes_its_criterion(alex):
    client = _ready(alex)
    _schedule(client)
    says = PROGRAM.track("general").steps[0].completion[2].says
    assert f'{says} <span class="state state-done">Done' in client.get(
        reverse("program:step", args=["prepare"])).content.decode()


@time_machine.travel(CLOCK, tick=False)
def test_talk_title_is_sealed(alex):
    _schedule(_ready(alex), title="canary-title-88")
    stored = Talk.objects.get(author=alex)
    assert b"canary-title-88" not in bytes(stored.title_sealed) and stored.title_shared == ""


@time_machine.travel(CLOCK, tick=False)
def test_calendar_file_parses_back_as_one_thirty_minute_event(alex):
    client = _ready(alex)
    _schedule(client, title="Sofa time")
    talk = Talk.objects.get(author=alex)
    response = client.get(reverse("program:talk_ics", args=[talk.pk]))
    assert response["Content-Type"].startswith("text/calendar") and "attachment" in response["Content-Disposition"]
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert event.decoded("dtstart") == talk.starts_at
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=PROGRAM.readiness.protected_talk.minutes)
    assert str(event["summary"]) == "Sofa time" and str(talk.pk) in str(event["uid"]) and "dtstamp" in event


def test_calendar_file_holds_no_debrief_text(alex, now):
    _ready(alex)
    talk = past_talk(alex, now)
    services.talk_debrief(user=alex, talk_id=talk.pk, learned="canary-learned-12", needs="canary-needs-34",
                          space_asked=False, return_at=None, key=key_for(alex), now=now)
    body = client_for(alex).get(reverse("program:talk_ics", args=[talk.pk])).content
    assert b"canary" not in body


def test_talk_scheduling_is_switched_off_under_a_safety_concern(alex):
    client = _ready(alex, yes=["hurt_by_partner"])
    tomorrow = (datetime.now(ZoneInfo("UTC")) + timedelta(days=1)).date().isoformat()
    response = _schedule(client, day=tomorrow)
    assert response.status_code == 409 and Talk.objects.count() == 0
