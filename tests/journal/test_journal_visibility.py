from datetime import timedelta

from django.urls import reverse

from nearer.journal import services
from nearer.journal.models import JournalEntry
from tests.conftest import client_for, page_body
from tests.factories import key_for, make_couple, make_joined


def _write(user, body, now, share=False):
    entry = services.entry_create(user=user, body=body, key=key_for(user), now=now)
    if share:
        services.entry_set_visibility(user=user, entry_id=entry.pk, visibility="shared", key=key_for(user), now=now)
    return entry


def test_author_reads_and_lists_their_private_entry(alex, now):
    entry = _write(alex, "I felt hopeful after dinner", now)
    client = client_for(alex)
    assert "I felt hopeful after dinner" in client.get(reverse("journal:index")).content.decode()
    assert "I felt hopeful after dinner" in client.get(reverse("journal:detail", args=[entry.pk])).content.decode()


def test_private_entry_is_stored_sealed(alex, now):
    entry = _write(alex, "canary-sealed-123", now)
    stored = JournalEntry.objects.get(pk=entry.pk)
    assert b"canary-sealed-123" not in bytes(stored.body_sealed) and stored.body_shared == ""


def test_partner_gets_the_same_404_for_a_private_entry_as_for_a_missing_one(alex_and_sam, alex, sam, now):
    entry = _write(alex, "private thought", now)
    client = client_for(sam)
    foreign = client.get(reverse("journal:detail", args=[entry.pk]))
    missing = client.get(reverse("journal:detail", args=["00000000-0000-0000-0000-000000000000"]))
    assert foreign.status_code == missing.status_code == 404
    assert page_body(foreign) == page_body(missing)
    assert "private thought" not in client.get(reverse("journal:index")).content.decode()


def test_partner_sees_an_entry_shared_after_they_joined(alex_and_sam, alex, sam, now):
    entry = _write(alex, "we laughed at breakfast", now + timedelta(seconds=1), share=True)
    client = client_for(sam)
    page = client.get(reverse("journal:detail", args=[entry.pk])).content.decode()
    assert "we laughed at breakfast" in page and "shared by Alex" in page


def test_partner_cannot_edit_share_or_delete_a_shared_entry(alex_and_sam, alex, sam, now):
    entry = _write(alex, "a shared win", now + timedelta(seconds=1), share=True)
    client = client_for(sam)
    assert client.post(reverse("journal:detail", args=[entry.pk]), {"body": "changed"}).status_code == 404
    assert client.post(reverse("journal:visibility", args=[entry.pk]), {"visibility": "private"}).status_code == 404
    assert client.post(reverse("journal:delete", args=[entry.pk])).status_code == 404
    entry.refresh_from_db()
    assert entry.body_shared == "a shared win" and entry.is_shared


def test_entry_shared_before_the_partner_joined_stays_invisible_to_them(alex, sam, now):
    membership = make_couple(alex, "Sam", now=now)
    entry = _write(alex, "written and shared while alone", now, share=True)
    make_joined(sam, membership, now=now + timedelta(minutes=5))
    assert client_for(sam).get(reverse("journal:detail", args=[entry.pk])).status_code == 404


def test_unsharing_hides_the_entry_again_and_reseals_it(alex_and_sam, alex, sam, now):
    entry = _write(alex, "changed my mind", now + timedelta(seconds=1), share=True)
    services.entry_set_visibility(user=alex, entry_id=entry.pk, visibility="private", key=key_for(alex), now=now)
    entry.refresh_from_db()
    assert entry.body_shared == "" and entry.body_sealed
    assert client_for(sam).get(reverse("journal:detail", args=[entry.pk])).status_code == 404


def test_former_member_loses_sight_of_shared_entries(alex_and_sam, alex, sam, now):
    entry = _write(alex, "shared then left", now + timedelta(seconds=1), share=True)
    client = client_for(sam)
    assert client.get(reverse("journal:detail", args=[entry.pk])).status_code == 200
    client.post(reverse("couples:leave"))
    assert client.get(reverse("journal:detail", args=[entry.pk])).status_code == 404


def test_member_of_another_couple_gets_404(alex_and_sam, alex, kim, kim_space, now):
    entry = _write(alex, "not for kim", now + timedelta(seconds=1), share=True)
    assert client_for(kim).get(reverse("journal:detail", args=[entry.pk])).status_code == 404


def test_empty_and_oversized_entries_are_refused(alex):
    client = client_for(alex)
    assert client.post(reverse("journal:index"), {"body": "   "}).status_code == 400
    assert client.post(reverse("journal:index"), {"body": "x" * 10_001}).status_code == 400
    assert JournalEntry.objects.count() == 0


def test_locked_session_is_sent_to_unlock_first(alex):
    from django.test import Client

    client = Client()
    client.force_login(alex)
    response = client.get(reverse("journal:index"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("privacy:unlock"))


def test_sharing_needs_a_couple_space(alex, now):
    entry = _write(alex, "alone", now)
    response = client_for(alex).post(reverse("journal:visibility", args=[entry.pk]), {"visibility": "shared"}, follow=True)
    assert "Start a couple space" in response.content.decode()
    entry.refresh_from_db()
    assert not entry.is_shared
