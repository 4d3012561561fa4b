"""While a safety concern stands, nothing partner-facing is offered: the coach speaks of the person's
own words, the couple space cannot be started, nor a partner invited or joined (the services refuse,
not only the pages), the home page offers no partner step, and step 7 warns once."""

import pytest
from django.urls import reverse

from nearer.core.errors import ConflictError
from nearer.core.program import load_program
from nearer.couples import services
from nearer.couples.models import Couple, Invitation, Membership
from tests.conftest import client_for
from tests.factories import answer_screen, key_for, make_couple, make_invitation

PROGRAM = load_program()
NOTE = PROGRAM.safety.partner_tools_note


@pytest.fixture
def at_risk(alex):
    answer_screen(alex, yes=["afraid_of_partner"])
    return alex


def test_coach_does_not_ask_a_person_at_risk_to_write_to_their_partner(at_risk):
    page = client_for(at_risk).get(reverse("coach:index")).content.decode()
    assert "Write what you want to tell your partner" not in page
    assert "What your partner said" not in page
    assert PROGRAM.safety.coach_note in page and 'href="/help/"' in page


def test_coach_still_speaks_of_the_partner_without_a_concern(alex):
    page = client_for(alex).get(reverse("coach:index")).content.decode()
    assert "Write what you want to tell your partner" in page and PROGRAM.safety.coach_note not in page


def test_couple_space_page_offers_no_start_under_a_concern(at_risk):
    page = client_for(at_risk).get(reverse("couples:space")).content.decode()
    assert reverse("couples:create") not in page and "Start my couple space" not in page
    assert NOTE in page


def test_starting_a_couple_space_is_refused_under_a_concern(at_risk, now):
    response = client_for(at_risk).post(reverse("couples:create"), {"partner_label": "Sunny"})
    assert response.status_code == 400 and NOTE in response.content.decode()
    with pytest.raises(ConflictError, match="does not start a couple space"):
        services.couple_create(user=at_risk, partner_label="Sunny", now=now, key=key_for(at_risk))
    assert Couple.objects.count() == 0 and Membership.objects.count() == 0


def test_inviting_the_partner_is_refused_under_a_concern(alex, now):
    make_couple(alex, "Sunny", now=now)
    answer_screen(alex, yes=["controlled_by_partner"])
    client = client_for(alex)
    page = client.get(reverse("couples:space")).content.decode()
    assert reverse("couples:invite") not in page and NOTE in page
    response = client.post(reverse("couples:invite"), follow=True)
    assert NOTE in response.content.decode() and "/couple/join/" not in response.content.decode()
    with pytest.raises(ConflictError):
        services.invitation_create(user=alex, now=now, key=key_for(alex))
    assert Invitation.objects.count() == 0


def test_joining_a_partner_is_refused_under_a_concern(alex, sam, now):
    _, token = make_invitation(make_couple(alex, "Sam", now=now).user, now=now)
    answer_screen(sam, yes=["hurt_by_partner"])
    response = client_for(sam).post(reverse("couples:join", args=[token]), {"partner_label": "Alex"})
    assert response.status_code == 400 and NOTE in response.content.decode()
    with pytest.raises(ConflictError):
        services.invitation_accept(user=sam, token=token, partner_label="Alex", now=now, key=key_for(sam))
    assert Membership.objects.filter(user=sam).count() == 0


def test_home_offers_no_partner_step_under_a_concern(at_risk):
    page = client_for(at_risk).get(reverse("pages:home")).content.decode()
    assert "Start your couple space" not in page and reverse("couples:space") + '"' not in page.split("<main")[1]
    assert "invite your partner" not in page


def test_home_still_offers_the_couple_space_without_a_concern(alex):
    assert "Start your couple space" in client_for(alex).get(reverse("pages:home")).content.decode()


def test_a_concern_from_the_checks_free_text_also_hides_the_partner_tools(alex):
    client = client_for(alex)
    client.post(reverse("program:check"), {"free_text": "He hit me last week when I asked about his job."})
    assert "Write what you want to tell your partner" not in client.get(reverse("coach:index")).content.decode()
    assert reverse("couples:create") not in client.get(reverse("couples:space")).content.decode()


def test_step_seven_warns_once_and_proposes_no_couples_sessions(at_risk):
    page = client_for(at_risk).get(reverse("program:step", args=["counseling"])).content.decode()
    assert page.count("not advised") == 1
    assert PROGRAM.escalation.how_to_propose[0][:40] not in page
    assert "Finding help" not in page


def test_sharing_a_journal_entry_is_refused_under_a_concern_but_unsharing_is_not(alex, sam, alex_and_sam, now):
    from nearer.journal import services as journal
    from nearer.journal.models import JournalEntry

    shared = journal.entry_create(user=alex, body="shared earlier", key=key_for(alex), now=now)
    journal.entry_set_visibility(user=alex, entry_id=shared.pk, visibility="shared", key=key_for(alex), now=now)
    private = journal.entry_create(user=alex, body="kept to myself", key=key_for(alex), now=now)
    answer_screen(alex, yes=["afraid_of_partner"])
    client = client_for(alex)
    page = client.get(reverse("journal:detail", args=[private.pk])).content.decode()
    assert "Share with my partner" not in page
    response = client.post(reverse("journal:visibility", args=[private.pk]), {"visibility": "shared"}, follow=True)
    assert NOTE in response.content.decode()
    with pytest.raises(ConflictError):
        journal.entry_set_visibility(user=alex, entry_id=private.pk, visibility="shared", key=key_for(alex), now=now)
    client.post(reverse("journal:visibility", args=[shared.pk]), {"visibility": "private"})
    assert set(JournalEntry.objects.values_list("visibility", flat=True)) == {"private"}
