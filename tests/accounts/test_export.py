import json

from django.urls import reverse

from tests.conftest import client_for


def test_export_downloads_own_data_as_json(alex_and_sam, alex):
    response = client_for(alex).get(reverse("accounts:export"))
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["account"]["email"] == "alex@example.com"
    assert data["couple_spaces"][0]["partner_name"] == "Sunny"
    assert data["couple_spaces"][0]["role"] == "founder"


def test_export_holds_nothing_of_the_partner(alex_and_sam, sam):
    data = json.loads(client_for(sam).get(reverse("accounts:export")).content)
    text = json.dumps(data)
    assert "alex@example.com" not in text
    assert "Sunny" not in text  # the name alex privately gave sam
    assert data["couple_spaces"][0]["role"] == "partner"


def test_export_needs_login(client, db):
    assert client.get(reverse("accounts:export")).status_code == 302
