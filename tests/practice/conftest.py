"""The people of the practice tests: alex and sam in one couple space (which pat joined and left
before sam came), and kim in a space of her own."""

from datetime import timedelta

import pytest

from tests.conftest import client_for
from tests.factories import make_couple, make_joined, make_user


@pytest.fixture
def people(db, now):
    from nearer.couples import services as couples

    alex, sam = make_user("alex@example.com", "Alex"), make_user("sam@example.com", "Sam")
    kim, pat = make_user("kim@example.com", "Kim"), make_user("pat@example.com", "Pat")
    space = make_couple(alex, "Sunny", now=now - timedelta(minutes=10))
    make_joined(pat, space, now=now - timedelta(minutes=9))
    couples.membership_leave(user=pat, now=now - timedelta(minutes=8))
    make_joined(sam, space, now=now - timedelta(minutes=7))
    make_couple(kim, "Robin", now=now - timedelta(minutes=10))
    return {"self": alex, "partner": sam, "other_couple": kim, "former_member": pat}


@pytest.fixture
def clients(people):
    return {role: client_for(person) for role, person in people.items()}
