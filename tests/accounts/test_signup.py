import pytest
from django.urls import reverse

from nearer.accounts.models import User

URL = reverse("accounts:signup")


def _form(**overrides):
    data = {
        "email": "new@example.com", "display_name": "Jo", "time_zone": "Europe/Paris",
        "password1": "a calm harbour at dusk", "password2": "a calm harbour at dusk",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_signup_creates_account_and_logs_in(client):
    response = client.post(URL, _form())
    assert response.status_code == 200
    user = User.objects.get(email="new@example.com")
    assert (user.display_name, user.time_zone) == ("Jo", "Europe/Paris")
    # Logged in: the first page asks the private safety questions before anything else.
    assert client.get(reverse("pages:home"))["Location"] == reverse("program:safety")
    assert client.get(reverse("program:safety")).status_code == 200


@pytest.mark.django_db
def test_signup_lowercases_email(client):
    client.post(URL, _form(email="New@Example.COM"))
    assert User.objects.filter(email="new@example.com").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("overrides, field", [
    ({"email": ""}, "email"),
    ({"email": "not-an-email"}, "email"),
    ({"email": "a" * 250 + "@example.com"}, "email"),
    ({"display_name": ""}, "display_name"),
    ({"display_name": "   "}, "display_name"),
    ({"display_name": "x" * 61}, "display_name"),
    ({"time_zone": "Mars/Olympus"}, "time_zone"),
    ({"password1": "short", "password2": "short"}, "password1"),
    ({"password1": "1234567890123", "password2": "1234567890123"}, "password1"),
    ({"password2": "something else entirely"}, "password2"),
    ({"password1": "p" * 201, "password2": "p" * 201}, "password1"),
])
def test_signup_rejects_bad_input_and_creates_nothing(client, overrides, field):
    response = client.post(URL, _form(**overrides))
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert User.objects.count() == 0


def test_signup_refuses_an_email_already_registered(client, alex):
    response = client.post(URL, _form(email="alex@example.com"))
    assert "already exists" in response.context["form"].errors["email"][0]
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_signup_follows_only_local_next(client):
    response = client.post(URL, {**_form(), "next": "https://evil.example/"})
    assert response.context["next"] == reverse("pages:home")


@pytest.mark.django_db
def test_signup_shows_a_recovery_key_once_and_stores_it_nowhere(client):
    from nearer.core.crypto import unwrap_with_recovery_key
    from nearer.privacy.models import KeyRing

    response = client.post(URL, _form())
    recovery_key = response.context["recovery_key"]
    assert recovery_key in response.content.decode()
    ring = KeyRing.objects.get(user__email="new@example.com")
    assert len(unwrap_with_recovery_key(ring.recovery_wrap, recovery_key)) == 32
    from django.contrib.sessions.models import Session

    compact = recovery_key.replace("-", "")
    for row in Session.objects.all():
        assert compact not in row.session_data and recovery_key not in row.session_data
    assert recovery_key not in str(KeyRing.objects.values().get())


@pytest.mark.django_db
def test_signup_without_csrf_token_is_refused(client):
    strict = client.__class__(enforce_csrf_checks=True)
    response = strict.post(URL, _form())
    assert response.status_code == 403
    assert b"nothing was changed" in response.content
    assert User.objects.count() == 0
