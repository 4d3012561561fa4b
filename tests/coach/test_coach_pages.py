"""The live coach page: htmx partials, the same page without JavaScript, and errors that never 500."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from nearer.coach.models import CoachDraft
from nearer.core.coach import review
from tests.conftest import client_for

HX = {"HTTP_HX_REQUEST": "true"}
HARSH = "You never listen to me."


def _review(client, data, **headers):
    return client.post(reverse("coach:review"), data, **headers)


def test_coach_page_offers_both_boxes_wired_for_live_review(alex):
    page = client_for(alex).get(reverse("coach:index")).content.decode()
    assert 'hx-post="/coach/review/"' in page and 'hx-trigger="input changed delay:400ms"' in page
    assert "What you want to say" in page and "What your partner said (optional)" in page
    assert 'action="/coach/review/"' in page  # the same form works without JavaScript


def test_htmx_review_returns_only_the_result_region_with_the_highlight_and_suggestion(alex):
    response = _review(client_for(alex), {"text": HARSH}, **HX)
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert re.search(r'<mark class="coach-mark coach-harsh"><span class="visually-hidden">May sound harsh '
                     r'\([^)]*Absolute about them[^)]*\): </span>You never listen</mark> to me\.', html)
    suggestion = review(HARSH).findings[0].suggestion
    assert suggestion.replace("'", "&#x27;") in html
    assert 'value="32"' in html and "Harsh" in html


def test_gentle_words_get_a_gentle_verdict_and_gentle_marks(alex):
    text = "I miss you. Could we take a walk together on Sunday?"
    html = _review(client_for(alex), {"text": text}, **HX).content.decode()
    assert review(text).verdict == "gentle"
    assert 'coach-badge-gentle">Gentle<' in html
    assert '<mark class="coach-mark coach-gentle"><span class="visually-hidden">Gentle (' in html
    assert '<mark class="coach-mark coach-harsh"><span' not in html


def test_without_javascript_the_review_renders_the_full_page_with_the_words_kept(alex):
    response = _review(client_for(alex), {"text": HARSH, "reply_to": "I was tired."})
    html = response.content.decode()
    assert response.status_code == 200 and "<html" in html
    assert "You never listen</mark>" in html and "\nYou never listen to me.</textarea>" in html
    assert "Did your reply show you listened?" in html and "What it mostly does:" in html


def test_user_text_is_escaped_in_the_highlight(alex):
    html = _review(client_for(alex), {"text": "You never <b>listen</b> to me."}, **HX).content.decode()
    assert "<b>" not in html and "&lt;b&gt;" in html


@pytest.mark.parametrize("text, words", [
    ("", "empty"),
    ("Please talk to me. " * 600, "10,000"),
    ("Je voudrais que nous parlions ce soir de notre semaine, tu me manques beaucoup.", "English"),
])
def test_unreadable_text_shows_the_coach_message_200_for_htmx_400_for_the_page(alex, text, words):
    client = client_for(alex)
    swapped = _review(client, {"text": text}, **HX)
    assert swapped.status_code == 200 and 'role="alert"' in swapped.content.decode()
    assert words in swapped.content.decode()
    page = _review(client, {"text": text})
    assert page.status_code == 400 and words in page.content.decode()


def test_review_stores_nothing(alex):
    _review(client_for(alex), {"text": HARSH}, **HX)
    assert CoachDraft.objects.count() == 0


def test_i_statement_builder_is_prefilled_and_checks_the_composed_sentence(alex):
    client = client_for(alex)
    html = _review(client, {"text": HARSH}, **HX).content.decode()
    assert 'name="feeling"' in html and 'value="hurt"' in html
    composed = _review(client, {"text": HARSH, "compose": "1", "feeling": "lonely", "when": "we eat in silence",
                                "request": "to ask each other about our day"}, **HX).content.decode()
    sentence = "I feel lonely when we eat in silence, and I&#x27;d like to ask each other about our day."
    assert 'hx-swap-oob="true">\n' + sentence + "</textarea>" in composed
    assert "May sound harsh" not in composed.split("<textarea")[0]


def test_i_statement_builder_with_a_missing_part_asks_for_it(alex):
    response = _review(client_for(alex), {"text": HARSH, "compose": "1", "feeling": "sad", "when": ""}, **HX)
    assert response.status_code == 200 and "Fill in all three parts" in response.content.decode()


def test_a_made_up_coach_id_cannot_inject_markup(alex):
    html = _review(client_for(alex), {"text": HARSH, "coach_id": '"><script>x</script>'}, **HX).content.decode()
    assert "<script>" not in html and 'id="coach-result-heading"' in html


def test_anonymous_person_is_sent_to_log_in():
    for response in (Client().get(reverse("coach:index")), Client().post(reverse("coach:review"), {"text": HARSH})):
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_get_on_the_review_endpoint_is_refused(alex):
    assert client_for(alex).get(reverse("coach:review")).status_code == 405


def test_without_javascript_the_i_statement_builder_fills_the_text_box_with_the_sentence(alex):
    response = _review(client_for(alex), {"text": HARSH, "compose": "1", "feeling": "lonely",
                                          "when": "we eat in silence", "request": "to talk over dinner"})
    html = response.content.decode()
    assert response.status_code == 200 and "<html" in html and "hx-swap-oob" not in html
    assert "\nI feel lonely when we eat in silence, and I&#x27;d like to talk over dinner.</textarea>" in html
