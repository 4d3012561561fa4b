import json
from datetime import timedelta

from django.urls import reverse
from django.utils.html import escape

from nearer.program import services
from nearer.program.models import Talk
from tests.conftest import client_for
from tests.factories import key_for
from tests.program.helpers import PROGRAM, answer_check, answer_safety, past_talk


def _ready(user):
    client = client_for(user)
    answer_safety(client)
    answer_check(client)
    return client


def _local(moment):
    return {"return_day": moment.date().isoformat(), "return_time": moment.strftime("%H:%M")}


def test_debrief_is_saved_sealed_and_completes_the_listening_step(alex, now):
    client = _ready(alex)
    talk = past_talk(alex, now)
    data = {"learned": "canary-learned-7", "needs": "canary-needs-8", "space_asked": "yes",
            **_local(now + timedelta(hours=20))}
    assert client.post(reverse("program:talk", args=[talk.pk]), data).status_code == 302
    stored = bytes(Talk.objects.get(pk=talk.pk).debrief_sealed)
    assert b"canary" not in stored and b"space_asked" not in stored
    page = client.get(reverse("program:step", args=["listen"])).content.decode()
    for criterion in PROGRAM.track("general").steps[2].completion:
        assert f'{escape(criterion.says)} <span class="state state-done">Done' in page


def test_debrief_shows_back_what_was_written(alex, now):
    client = _ready(alex)
    talk = past_talk(alex, now)
    client.post(reverse("program:talk", args=[talk.pk]), {"learned": "the project ends in May", "space_asked": "no"})
    assert "the project ends in May" in client.get(reverse("program:talk", args=[talk.pk])).content.decode()


def test_debrief_is_refused_before_the_talk_begins(alex, now):
    client = _ready(alex)
    talk = services.talk_schedule(user=alex, title="", starts_at=now + timedelta(days=1), key=key_for(alex), now=now)
    page = client.get(reverse("program:talk", args=[talk.pk])).content.decode()
    assert "The debrief opens once the talk has begun." in page and 'name="learned"' not in page
    response = client.post(reverse("program:talk", args=[talk.pk]), {"learned": "x", "space_asked": "no"})
    assert response.status_code == 409


def test_space_without_a_return_time_changes_nothing(alex, now):
    client = _ready(alex)
    talk = past_talk(alex, now)
    response = client.post(reverse("program:talk", args=[talk.pk]), {"learned": "a lot", "space_asked": "yes"})
    assert response.status_code == 400 and "come back together" in response.content.decode()
    assert not _debrief(alex, talk)


def test_return_time_before_the_talk_changes_nothing(alex, now):
    client = _ready(alex)
    talk = past_talk(alex, now)
    data = {"learned": "a lot", "space_asked": "yes", **_local(now - timedelta(days=1))}
    response = client.post(reverse("program:talk", args=[talk.pk]), data)
    assert response.status_code == 400 and not _debrief(alex, talk)


def test_empty_or_oversized_debrief_changes_nothing(alex, now):
    client = _ready(alex)
    talk = past_talk(alex, now)
    assert client.post(reverse("program:talk", args=[talk.pk]), {"learned": " ", "space_asked": "no"}).status_code == 400
    assert client.post(reverse("program:talk", args=[talk.pk]), {"learned": "x" * 5_001, "space_asked": "no"}).status_code == 400
    assert client.post(reverse("program:talk", args=[talk.pk]), {"learned": "fine"}).status_code == 400
    assert not _debrief(alex, talk)


def _debrief(user, talk) -> dict:
    from nearer.privacy import services as privacy_services

    text = privacy_services.item_read(Talk.objects.get(pk=talk.pk), key=key_for(user))["debrief"]
    return json.loads(text) if text else {}
