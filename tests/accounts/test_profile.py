from django.urls import reverse

from tests.conftest import PASSWORD, client_for

URL = reverse("accounts:profile")


def test_profile_changes_name_and_time_zone(alex):
    client = client_for(alex)
    response = client.post(URL, {"display_name": "Alexandra", "time_zone": "America/Chicago"})
    assert response.status_code == 302
    alex.refresh_from_db()
    assert (alex.display_name, alex.time_zone) == ("Alexandra", "America/Chicago")


def test_profile_rejects_bad_values_and_keeps_old_ones(alex):
    client = client_for(alex)
    response = client.post(URL, {"display_name": "", "time_zone": "Nowhere/Land"})
    assert set(response.context["form"].errors) == {"display_name", "time_zone"}
    alex.refresh_from_db()
    assert (alex.display_name, alex.time_zone) == ("Alex", "UTC")


def test_profile_needs_login(client, db):
    assert client.get(URL)["Location"].startswith(reverse("accounts:login"))


def test_password_change_requires_the_old_password(alex):
    client = client_for(alex)
    url = reverse("accounts:password_change")
    new = "another quiet morning walk"
    bad = client.post(url, {"old_password": "wrong", "new_password1": new, "new_password2": new})
    assert bad.context["form"].errors["old_password"]
    good = client.post(url, {"old_password": PASSWORD, "new_password1": new, "new_password2": new})
    assert good.status_code == 302
    alex.refresh_from_db()
    assert alex.check_password(new)
