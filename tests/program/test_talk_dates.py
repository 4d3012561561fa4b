"""Dates a person can enter are bounded (no year 9999), a talk stored with a far date before that
rule does not break any page, and a person can delete their own talk."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from nearer.core.errors import InvalidInputError
from nearer.privacy import services as privacy_services
from nearer.program import services
from nearer.program.models import Talk
from tests.conftest import client_for
from tests.factories import key_for, make_user
from tests.program.helpers import answer_check, answer_safety, past_talk

CLOCK = datetime(2026, 3, 2, 12, 0, tzinfo=ZoneInfo("UTC"))
RANGE = "Choose a day from 1 January 2000 to 2 March 2031."


def _ready(user):
    client = client_for(user)
    answer_safety(client)
    answer_check(client)
    return client


@time_machine.travel(CLOCK, tick=False)
@pytest.mark.parametrize("zone", ["America/Chicago", "Europe/Berlin", "Pacific/Kiritimati"])
@pytest.mark.parametrize("day", ["9999-12-31", "2031-03-03", "1999-12-31"])
def test_a_talk_day_outside_the_range_is_refused_with_a_clear_message(db, zone, day):
    client = _ready(make_user("lee@example.com", "Lee", time_zone=zone))
    response = client.post(reverse("program:talks"), {"day": day, "time": "23:30", "title": ""})
    last = "3 March 2031" if zone == "Pacific/Kiritimati" else "2 March 2031"  # already 3 March there
    if day == "2031-03-03" and zone == "Pacific/Kiritimati":
        assert response.status_code == 302
        return
    assert response.status_code == 400 and RANGE.replace("2 March 2031", last) in response.content.decode()
    assert Talk.objects.count() == 0


@time_machine.travel(CLOCK, tick=False)
def test_the_last_day_in_range_is_accepted_and_the_date_input_names_the_range(alex):
    client = _ready(alex)
    page = client.get(reverse("program:talks")).content.decode()
    assert 'min="2000-01-01"' in page and 'max="2031-03-02"' in page
    response = client.post(reverse("program:talks"), {"day": "2031-03-02", "time": "23:30", "title": ""})
    assert response.status_code == 302 and Talk.objects.count() == 1


@time_machine.travel(CLOCK, tick=False)
def test_the_service_refuses_a_far_start_too(alex):
    _ready(alex)
    with pytest.raises(InvalidInputError):
        services.talk_schedule(user=alex, title="", starts_at=datetime(9999, 12, 31, tzinfo=ZoneInfo("UTC")),
                               key=key_for(alex), now=CLOCK)
    assert Talk.objects.count() == 0


@time_machine.travel(CLOCK, tick=False)
def test_a_return_day_outside_the_range_is_refused(alex):
    client = _ready(alex)
    talk = past_talk(alex, CLOCK)
    data = {"learned": "work is heavy", "needs": "", "space_asked": "yes", "return_day": "9999-12-31",
            "return_time": "23:30"}
    response = client.post(reverse("program:talk", args=[talk.pk]), data)
    assert response.status_code == 400 and RANGE in response.content.decode()
    assert privacy_services.item_read(Talk.objects.get(), key=key_for(alex))["debrief"] == ""
    with pytest.raises(InvalidInputError):
        services.talk_debrief(user=alex, talk_id=talk.pk, learned="x", needs="", space_asked=True,
                              return_at=datetime(9999, 12, 31, tzinfo=ZoneInfo("UTC")), key=key_for(alex), now=CLOCK)


PAGES = ["pages:home", "program:index", "program:talks", "program:reflection", "accounts:export"]


@time_machine.travel(CLOCK, tick=False)
@pytest.mark.parametrize("zone", ["Europe/Berlin", "Pacific/Kiritimati", "America/Chicago"])
def test_a_talk_stored_with_a_far_date_breaks_no_page(db, zone):
    """A row written before dates were bounded (the last moment PostgreSQL and Python share)."""
    lee = make_user("lee@example.com", "Lee", time_zone=zone)
    client = _ready(lee)
    talk = past_talk(lee, CLOCK, title="far away")
    Talk.objects.filter(pk=talk.pk).update(starts_at=datetime(9999, 12, 31, 23, 30, tzinfo=ZoneInfo("UTC")))
    for name in PAGES:
        assert client.get(reverse(name)).status_code == 200, name
    for step in ("prepare", "open_gently"):
        assert client.get(reverse("program:step", args=[step])).status_code == 200, step
    for name in ("program:talk", "program:talk_ics"):
        assert client.get(reverse(name, args=[talk.pk])).status_code == 200, name
    assert "far away" in client.get(reverse("program:talks")).content.decode()


@time_machine.travel(CLOCK, tick=False)
def test_a_debrief_with_a_far_return_time_breaks_no_page(alex):
    client = _ready(alex)
    talk = past_talk(alex, CLOCK)
    services.talk_debrief(user=alex, talk_id=talk.pk, learned="x", needs="", space_asked=True,
                          return_at=CLOCK + timedelta(days=1), key=key_for(alex), now=CLOCK)
    talk.refresh_from_db()
    debrief = privacy_services.item_read(talk, key=key_for(alex))["debrief"]
    far = debrief.replace((CLOCK + timedelta(days=1)).isoformat(), "9999-12-31T23:59:00+00:00")
    privacy_services.item_write(talk, key=key_for(alex), now=CLOCK, title="", debrief=far)
    assert "9999" in privacy_services.item_read(Talk.objects.get(), key=key_for(alex))["debrief"]
    alex.time_zone = "Pacific/Kiritimati"
    alex.save()
    assert client.get(reverse("program:talk", args=[talk.pk])).status_code == 200


@time_machine.travel(CLOCK, tick=False)
def test_the_owner_deletes_a_talk_from_its_page(alex):
    client = _ready(alex)
    talk = past_talk(alex, CLOCK, title="to be deleted")
    page = client.get(reverse("program:talk", args=[talk.pk])).content.decode()
    delete_url = reverse("program:talk_delete", args=[talk.pk])
    assert f'action="{delete_url}"' in page and "Delete this talk" in page
    response = client.post(delete_url)
    assert response.status_code == 302 and response["Location"] == reverse("program:talks")
    assert not Talk.objects.filter(pk=talk.pk).exists()
    assert "Talk deleted" in client.get(reverse("program:talks")).content.decode()
    assert client.post(delete_url).status_code == 404


@time_machine.travel(CLOCK, tick=False)
def test_nobody_else_can_delete_a_talk_and_get_cannot_delete(alex, kim):
    _ready(alex)
    talk = past_talk(alex, CLOCK)
    delete_url = reverse("program:talk_delete", args=[talk.pk])
    assert client_for(kim).post(delete_url).status_code == 404
    assert client_for(alex).get(delete_url).status_code in (404, 405)
    assert Talk.objects.filter(pk=talk.pk).exists()


@time_machine.travel(CLOCK, tick=False)
def test_far_start_times_stored_earlier_are_brought_back_in_range(alex):
    """On PostgreSQL a talk could be stored after year 9999 in UTC, which Python cannot even load:
    the migration moves such times, in SQL, to the last showable moment."""
    from importlib import import_module

    from django.apps import apps
    from django.db import connection

    from nearer.core.dates import SHOWABLE_LAST

    client = _ready(alex)
    talk = past_talk(alex, CLOCK, title="far away")
    far = "10000-01-01 05:30:00+00" if connection.vendor == "postgresql" else "9999-12-31 23:59:59"
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {Talk._meta.db_table} SET starts_at = %s WHERE id = %s", [far, talk.pk.hex
                       if connection.vendor == "sqlite" else talk.pk])
    import_module("nearer.program.migrations.0002_bound_talk_times").bound_talk_times(apps, None)
    assert Talk.objects.get(pk=talk.pk).starts_at == SHOWABLE_LAST
    for name in PAGES:
        assert client.get(reverse(name)).status_code == 200, name
    assert client.post(reverse("program:talk_delete", args=[talk.pk])).status_code == 302
