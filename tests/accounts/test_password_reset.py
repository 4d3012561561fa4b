import re

from django.core import mail
from django.urls import reverse

URL = reverse("accounts:password_reset")


def test_reset_sends_a_link_that_sets_a_new_password(client, alex):
    response = client.post(URL, {"email": "alex@example.com"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    new = "another quiet morning walk"
    done = client.post(form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    alex.refresh_from_db()
    assert alex.check_password(new)


def test_reset_answers_the_same_for_unknown_email(client, alex):
    known = client.post(URL, {"email": "alex@example.com"})
    unknown = client.post(URL, {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1


def test_reset_link_with_bad_token_says_it_no_longer_works(client, alex):
    response = client.get("/accounts/reset/MQ/bad-token/", follow=True)
    assert response.status_code == 200
    assert b"no longer works" in response.content
