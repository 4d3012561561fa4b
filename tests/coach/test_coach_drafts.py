"""Coach drafts: sealed with the author's key, seen by nobody else, same 404 as a missing id."""

from django.test import Client
from django.urls import reverse

from nearer.coach import services
from nearer.coach.models import CoachDraft
from nearer.privacy import services as privacy_services
from tests.conftest import client_for, page_body
from tests.factories import key_for

MISSING = "00000000-0000-0000-0000-000000000000"
HX = {"HTTP_HX_REQUEST": "true"}


def _draft(user, now, body="You never listen to me.", reply_to=""):
    return services.draft_create(user=user, body=body, reply_to=reply_to, purpose="opening", key=key_for(user), now=now)


def test_saving_from_the_coach_page_stores_a_sealed_draft_and_opens_it(alex):
    client = client_for(alex)
    response = client.post(reverse("coach:drafts"), {"text": "canary-body-41 you never call", "reply_to": "canary-reply-41",
                                                     "purpose": "reply"})
    draft = CoachDraft.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("coach:draft", args=[draft.pk])
    assert b"canary-body-41" not in bytes(draft.body_sealed) and b"canary-reply-41" not in bytes(draft.reply_to_sealed)
    assert draft.body_shared == draft.reply_to_shared == "" and not draft.is_shared and draft.purpose == "reply"
    page = client.get(response["Location"]).content.decode()
    assert "canary-body-41 you never call</textarea>" in page and "canary-reply-41</textarea>" in page
    assert '<mark class="coach-mark coach-harsh"><span' in page  # opened drafts are analysed again


def test_saving_through_htmx_redirects_the_browser_to_the_draft(alex):
    response = client_for(alex).post(reverse("coach:drafts"), {"text": "Could we talk tonight?"}, **HX)
    assert response.status_code == 200
    assert response["HX-Redirect"] == reverse("coach:draft", args=[CoachDraft.objects.get().pk])


def test_an_empty_draft_is_refused_and_nothing_is_stored(alex):
    client = client_for(alex)
    page = client.post(reverse("coach:drafts"), {"text": "   "})
    swapped = client.post(reverse("coach:drafts"), {"text": ""}, **HX)
    assert page.status_code == 400 and "nothing to save" in page.content.decode()
    assert swapped.status_code == 200 and "nothing to save" in swapped.content.decode()
    assert CoachDraft.objects.count() == 0


def test_an_oversized_draft_is_refused(alex):
    response = client_for(alex).post(reverse("coach:drafts"), {"text": "x" * 10_001})
    assert response.status_code == 400 and CoachDraft.objects.count() == 0


def test_author_lists_and_updates_their_draft(alex, now):
    draft = _draft(alex, now)
    client = client_for(alex)
    assert "You never listen to me." in client.get(reverse("coach:drafts")).content.decode()
    response = client.post(reverse("coach:draft", args=[draft.pk]), {"text": "I miss our talks.", "purpose": "request"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert privacy_services.item_read(draft, key=key_for(alex))["body"] == "I miss our talks."
    assert draft.purpose == "request"


def test_partner_gets_the_same_404_for_a_draft_as_for_a_missing_one(alex_and_sam, alex, sam, now):
    draft = _draft(alex, now, body="a private draft for the partner")
    client = client_for(sam)
    for method in ("get", "post"):
        foreign = getattr(client, method)(reverse("coach:draft", args=[draft.pk]))
        missing = getattr(client, method)(reverse("coach:draft", args=[MISSING]))
        assert foreign.status_code == missing.status_code == 404
        assert page_body(foreign) == page_body(missing)
    assert "a private draft for the partner" not in client.get(reverse("coach:drafts")).content.decode()


def test_member_of_another_couple_gets_the_same_404(alex_and_sam, alex, kim, kim_space, now):
    draft = _draft(alex, now)
    client = client_for(kim)
    foreign = client.get(reverse("coach:draft", args=[draft.pk]))
    missing = client.get(reverse("coach:draft", args=[MISSING]))
    assert foreign.status_code == missing.status_code == 404 and page_body(foreign) == page_body(missing)


def test_nobody_else_can_change_or_delete_a_draft(alex_and_sam, alex, sam, now):
    draft = _draft(alex, now, body="stays as written")
    client = client_for(sam)
    assert client.post(reverse("coach:draft", args=[draft.pk]), {"text": "changed"}).status_code == 404
    assert client.post(reverse("coach:draft_delete", args=[draft.pk])).status_code == 404
    draft.refresh_from_db()
    assert privacy_services.item_read(draft, key=key_for(alex))["body"] == "stays as written"


def test_author_deletes_their_draft(alex, now):
    draft = _draft(alex, now)
    response = client_for(alex).post(reverse("coach:draft_delete", args=[draft.pk]))
    assert response.status_code == 302 and not CoachDraft.objects.filter(pk=draft.pk).exists()


def test_a_malformed_draft_id_is_a_plain_404(alex):
    assert client_for(alex).get(reverse("coach:draft", args=["not-a-uuid"])).status_code == 404


def test_a_draft_page_stays_200_when_the_coach_cannot_read_the_saved_words(alex, now):
    draft = _draft(alex, now, body="Je voudrais que nous parlions ce soir de notre semaine, tu me manques.")
    response = client_for(alex).get(reverse("coach:draft", args=[draft.pk]))
    assert response.status_code == 200 and "English" in response.content.decode()


def test_locked_session_is_sent_to_unlock_first(alex):
    client = Client()
    client.force_login(alex)
    for url in (reverse("coach:index"), reverse("coach:drafts")):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("privacy:unlock"))


def test_anonymous_person_is_sent_to_log_in_from_drafts(alex, now):
    draft = _draft(alex, now)
    for url in (reverse("coach:drafts"), reverse("coach:draft", args=[draft.pk])):
        response = Client().get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_unknown_purpose_is_refused_with_a_message_not_a_500(alex):
    response = client_for(alex).post(reverse("coach:drafts"), {"text": "Could we talk tonight?", "purpose": "shout"})
    assert response.status_code == 400 and "Choose what the draft is for" in response.content.decode()
    assert CoachDraft.objects.count() == 0
