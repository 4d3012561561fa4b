"""The Today page: what is due, one-tap marks with htmx and without JavaScript, the week, the next
talk and tune-up, a running pause, the parking lot; times stay local across a DST change."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse

from nearer.agreements import marks
from nearer.agreements.models import Mark
from nearer.core.errors import ConflictError, InvalidInputError, NotFoundError
from tests.agreements.helpers import make_agreement
from tests.conftest import client_for
from tests.factories import make_user

pytestmark = pytest.mark.django_db
TODAY = reverse("agreements:today")


def _mark_url(agreement):
    return reverse("agreements:mark", args=[agreement.pk])


def test_today_lists_what_is_due_with_done_and_not_today_buttons(alex, now):
    make_agreement(alex, title="Tea on the balcony", now=now)
    page = client_for(alex).get(TODAY).content.decode()
    assert "Tea on the balcony" in page and ">Done<" in page and ">Not today<" in page


def test_marking_done_without_javascript_posts_and_comes_back_to_today(alex, now):
    agreement = make_agreement(alex, now=now)
    client = client_for(alex)
    response = client.post(_mark_url(agreement), {"on": now.date().isoformat(), "status": "done"})
    assert response.status_code == 302 and response["Location"] == TODAY
    assert Mark.objects.get(user=alex).status == "done"
    assert "· done" in client.get(TODAY).content.decode()


def test_marking_with_htmx_answers_only_the_item_with_its_new_state(alex, now):
    agreement = make_agreement(alex, title="Tea on the balcony", now=now)
    response = client_for(alex).post(_mark_url(agreement), {"on": now.date().isoformat(), "status": "not_today"},
                                     HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert response.status_code == 200 and "<html" not in body
    assert "Tea on the balcony" in body and "· not today" in body and ">Undo" in body


def test_a_second_tap_replaces_the_days_mark_and_undo_clears_it(alex, now):
    agreement = make_agreement(alex, now=now)
    for status in ("done", "not_today", "done"):
        marks.mark_set(user=alex, agreement_id=agreement.pk, on=now.date(), status=status, now=now)
    assert Mark.objects.filter(user=alex).count() == 1
    marks.mark_set(user=alex, agreement_id=agreement.pk, on=now.date(), status="clear", now=now)
    assert not Mark.objects.exists()


@pytest.mark.parametrize("on, status, message", [
    ("tomorrow", "done", "could not be read"),
    (None, "maybe", "done or not today"),
])
def test_a_bad_mark_is_refused_and_nothing_is_stored(alex, now, on, status, message):
    agreement = make_agreement(alex, now=now)
    with pytest.raises(InvalidInputError, match=message):
        marks.mark_set(user=alex, agreement_id=agreement.pk, on=on or now.date(), status=status, now=now)
    assert not Mark.objects.exists()


def test_a_day_not_yet_come_or_not_due_cannot_be_marked(alex, now):
    agreement = make_agreement(alex, "weekly_tune_up", now=now)
    with pytest.raises(InvalidInputError, match="not come yet"):
        marks.mark_set(user=alex, agreement_id=agreement.pk, on=now.date() + timedelta(days=7), status="done", now=now)
    with pytest.raises(InvalidInputError, match="not due"):
        marks.mark_set(user=alex, agreement_id=agreement.pk, on=now.date() - timedelta(days=1), status="done", now=now)


def test_a_paused_agreement_cannot_be_marked(alex, now):
    from nearer.agreements import services

    agreement = make_agreement(alex, now=now)
    services.agreement_set_status(user=alex, agreement_id=agreement.pk, version=1, action="pause", now=now)
    with pytest.raises(ConflictError):
        marks.mark_set(user=alex, agreement_id=agreement.pk, on=now.date(), status="done", now=now)


def test_a_bad_mark_through_the_page_says_why_and_changes_nothing(alex, now):
    agreement = make_agreement(alex, now=now)
    client = client_for(alex)
    response = client.post(_mark_url(agreement), {"on": "31-12-2026", "status": "done"}, follow=True)
    assert "That day could not be read." in response.content.decode() and not Mark.objects.exists()


def test_partners_each_mark_a_shared_agreement_and_never_see_each_others_marks(alex, sam, alex_and_sam, now):
    from nearer.agreements import services
    from tests.factories import key_for

    agreement = make_agreement(alex, title="Walk after dinner", propose=True, now=now)
    services.agreement_respond(user=sam, agreement_id=agreement.pk, version=1, answer="accept", key=key_for(sam), now=now)
    marks.mark_set(user=sam, agreement_id=agreement.pk, on=now.date(), status="not_today", now=now)
    page = client_for(alex).get(TODAY).content.decode()
    assert "Walk after dinner" in page and "not today" not in page and ">Done<" in page


def test_another_couple_cannot_mark_an_agreement(alex, kim, now):
    agreement = make_agreement(alex, now=now)
    with pytest.raises(NotFoundError):
        marks.mark_set(user=kim, agreement_id=agreement.pk, on=now.date(), status="done", now=now)
    assert client_for(kim).post(_mark_url(agreement), {"on": now.date().isoformat(), "status": "done"}).status_code == 404


def test_today_shows_the_next_tune_up_and_the_rest_of_the_week(db):
    with time_machine.travel(datetime(2026, 3, 25, 9, 0, tzinfo=UTC), tick=False):  # a Wednesday
        alex = make_user("alex@example.com", "Alex", time_zone="Europe/Berlin")
        make_agreement(alex, "weekly_tune_up", now=datetime(2026, 3, 1, 9, tzinfo=UTC), starts_on=date(2026, 3, 1))
        page = client_for(alex).get(TODAY).content.decode()
    assert "Next tune-up: Sunday 29 March, 20:00" in page
    assert "Sunday 20:00: <a" in page


def test_on_the_day_the_clocks_change_the_tune_up_is_still_at_20_00_local(db):
    with time_machine.travel(datetime(2026, 3, 29, 6, 0, tzinfo=UTC), tick=False):  # Sunday, clocks went forward
        alex = make_user("alex@example.com", "Alex", time_zone="Europe/Berlin")
        make_agreement(alex, "weekly_tune_up", now=datetime(2026, 3, 1, 9, tzinfo=UTC), starts_on=date(2026, 3, 1))
        page = client_for(alex).get(TODAY).content.decode()
    assert "Next tune-up: Sunday 29 March, 20:00" in page and "20:00 · Weekly tune-up" in page


def test_on_the_first_of_the_month_yesterdays_daily_item_can_still_be_marked(db):
    with time_machine.travel(datetime(2026, 3, 1, 12, 0, tzinfo=UTC), tick=False):
        alex = make_user("alex@example.com", "Alex")
        agreement = make_agreement(alex, now=datetime(2026, 2, 20, 9, tzinfo=UTC), starts_on=date(2026, 2, 20))
        marks.mark_set(user=alex, agreement_id=agreement.pk, on=date(2026, 2, 28), status="done",
                       now=datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    assert Mark.objects.get().on == date(2026, 2, 28)


def test_a_pause_shows_its_return_time_to_both_partners(alex, sam, alex_and_sam, now):
    from nearer.agreements import pauses, services
    from tests.factories import key_for

    agreement = make_agreement(alex, "pause_signal", propose=True, now=now)
    services.agreement_respond(user=sam, agreement_id=agreement.pk, version=1, answer="accept", key=key_for(sam), now=now)
    pause = pauses.pause_start(user=sam, agreement_id=agreement.pk, now=now)
    assert pause.returns_at == now + timedelta(minutes=20)
    shown = pause.returns_at.strftime("%H:%M")
    for person in (alex, sam):
        page = client_for(person).get(TODAY).content.decode()
        assert "A pause is on" in page and shown in page
    with pytest.raises(ConflictError, match="already running"):
        pauses.pause_start(user=alex, agreement_id=agreement.pk, now=now)
    pauses.pause_end(user=alex, agreement_id=agreement.pk, now=now)
    assert "A pause is on" not in client_for(sam).get(TODAY).content.decode()


def test_a_pause_starts_only_from_an_active_pause_signal(alex, now):
    from nearer.agreements import pauses

    agreement = make_agreement(alex, "space", now=now)
    with pytest.raises(ConflictError, match="pause-signal"):
        pauses.pause_start(user=alex, agreement_id=agreement.pk, now=now)
    signal = make_agreement(alex, "pause_signal", now=now)
    with pytest.raises(InvalidInputError, match="20 minutes"):
        pauses.pause_start(user=alex, agreement_id=signal.pk, now=now, minutes=5)


def test_the_parking_lot_takes_a_topic_and_lets_it_be_talked_through_or_removed(alex, kim, now):
    client = client_for(alex)
    client.post(reverse("agreements:parking"), {"topic": "The quarterly report", "next": TODAY})
    assert "The quarterly report" in client.get(TODAY).content.decode()
    from nearer.agreements.models import ParkingTopic

    topic = ParkingTopic.objects.get()
    assert client_for(kim).post(reverse("agreements:parking_talked", args=[topic.pk])).status_code == 404
    client.post(reverse("agreements:parking_talked", args=[topic.pk]))
    assert "The quarterly report" not in client.get(TODAY).content.decode()
    client.post(reverse("agreements:parking_delete", args=[topic.pk]))
    assert not ParkingTopic.objects.exists()


def test_an_empty_parking_topic_is_refused_on_the_page(alex):
    response = client_for(alex).post(reverse("agreements:parking"), {"topic": "  "})
    assert response.status_code == 400 and "This field is required." in response.content.decode()


def test_today_is_in_the_main_navigation(alex):
    assert f'href="{TODAY}"' in client_for(alex).get(reverse("pages:home")).content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client):
    assert client.get(TODAY)["Location"].startswith("/accounts/login/")
