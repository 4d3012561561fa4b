"""Defect 8: the words about the couple space say what is true for the person reading them."""

from datetime import timedelta

from django.urls import reverse

from nearer.couples import services as couple_services
from tests.conftest import client_for
from tests.factories import make_couple, make_joined

HOME = reverse("pages:home")
SPACE = reverse("couples:space")


def _text(client, url) -> str:
    return " ".join(client.get(url).content.decode().split())


def test_partner_who_joined_is_told_they_joined_the_others_space(alex_and_sam, sam):
    client = client_for(sam)
    for url in (HOME, SPACE):
        page = _text(client, url)
        assert "You joined Alex’s couple space" in page
        assert "Alex has joined" not in page
        assert "Alex joined on" not in page


def test_founder_is_told_their_partner_joined_their_space_by_the_name_they_chose(alex_and_sam, alex):
    client = client_for(alex)
    for url in (HOME, SPACE):
        assert "Sunny joined your couple space" in _text(client, url)


def test_the_partner_is_named_by_their_own_label_for_the_founder(alex, sam, now):
    make_joined(sam, make_couple(alex, "Sunny", now=now), now=now, partner_label="Lexi")
    page = _text(client_for(sam), HOME)
    assert "You joined Lexi’s couple space" in page and "Sunny" not in page


def test_remaining_person_is_told_the_partner_left_with_the_date(alex, sam, now):
    membership = make_couple(alex, "Sunny", now=now)
    make_joined(sam, membership, now=now)
    left = now + timedelta(days=3)
    couple_services.membership_leave(user=sam, now=left)
    client = client_for(alex)
    for url in (HOME, SPACE):
        page = _text(client, url)
        assert "has not joined" not in page
        assert f"Sunny left your couple space on {left:%-d %B %Y}" in page
        assert "no longer visible to them" in page


def test_the_left_notice_names_nothing_private_of_the_one_who_left(alex_and_sam, alex, sam, now):
    from nearer.journal import services as journal_services
    from tests.factories import key_for

    entry = journal_services.entry_create(user=sam, body="canary-private-words", key=key_for(sam), now=now)
    couple_services.membership_leave(user=sam, now=now)
    page = _text(client_for(alex), HOME)
    assert "canary-private-words" not in page
    assert str(entry.pk) not in page


def test_a_partner_who_never_joined_is_still_described_as_not_joined(alex, now):
    make_couple(alex, "Sunny", now=now)
    page = _text(client_for(alex), HOME)
    assert "Sunny has not joined" in page
    assert "left your couple space" not in page


def test_the_person_who_left_is_not_told_their_old_partner_left(alex_and_sam, alex, sam, now):
    couple_services.membership_leave(user=alex, now=now)
    page = _text(client_for(alex), HOME)
    assert "left your couple space" not in page
    assert "no couple space yet" in page
