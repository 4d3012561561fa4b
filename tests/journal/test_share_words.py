"""Defect 8: an entry's label says who can really see it (the rule lives in nearer.privacy)."""

from datetime import timedelta

from django.urls import reverse

from nearer.couples import services as couple_services
from nearer.journal import services as journal_services
from nearer.privacy.models import Visibility
from tests.conftest import client_for
from tests.factories import key_for, make_couple, make_joined


def _shared_entry(user, *, now, body="a small win today"):
    entry = journal_services.entry_create(user=user, body=body, key=key_for(user), now=now)
    journal_services.entry_set_visibility(
        user=user, entry_id=entry.pk, visibility=Visibility.SHARED, key=key_for(user), now=now
    )
    return entry


def _pages(client, entry):
    for url in (reverse("journal:index"), reverse("journal:detail", args=[entry.pk])):
        yield " ".join(client.get(url).content.decode().split())


def test_entry_the_partner_can_see_says_so(alex_and_sam, alex, now):
    entry = _shared_entry(alex, now=now + timedelta(minutes=1))
    for page in _pages(client_for(alex), entry):
        assert "shared with your partner" in page


def test_entry_shared_before_the_partner_joined_says_they_cannot_see_it(alex, sam, now):
    membership = make_couple(alex, "Sunny", now=now)
    entry = _shared_entry(alex, now=now)
    make_joined(sam, membership, now=now + timedelta(days=1))
    for page in _pages(client_for(alex), entry):
        assert "shared with your partner" not in page
        assert "your partner cannot see it, because you shared it before they joined" in page
    assert "a small win today" not in client_for(sam).get(reverse("journal:index")).content.decode()


def test_leavers_shared_entries_say_no_partner_sees_them(alex_and_sam, sam, now):
    entry = _shared_entry(sam, now=now + timedelta(minutes=1))
    couple_services.membership_leave(user=sam, now=now + timedelta(days=1))
    for page in _pages(client_for(sam), entry):
        assert "shared with your partner" not in page
        assert "no partner can see it now" in page


def test_remaining_persons_shared_entries_say_no_partner_sees_them(alex_and_sam, alex, sam, now):
    entry = _shared_entry(alex, now=now + timedelta(minutes=1))
    couple_services.membership_leave(user=sam, now=now + timedelta(days=1))
    for page in _pages(client_for(alex), entry):
        assert "shared with your partner" not in page
        assert "no partner can see it now" in page


def test_partners_entry_is_labelled_with_its_author(alex_and_sam, alex, sam, now):
    entry = _shared_entry(alex, now=now + timedelta(minutes=1))
    for page in _pages(client_for(sam), entry):
        assert "shared by Alex" in page
