"""Small makers for test data, going through the real services where one exists."""

from nearer.accounts import services as account_services
from nearer.couples import services as couple_services

PASSWORD = "a calm harbour at dusk"


def make_user(email: str, name: str, *, password: str = PASSWORD, time_zone: str = "UTC"):
    user, _, _ = account_services.user_create(
        email=email, password=password, display_name=name, time_zone=time_zone
    )
    return user


def key_for(user, password: str = PASSWORD) -> tuple[bytes, int]:
    """The person's data key, opened the way a login opens it."""
    from nearer.privacy.passwords import password_open

    return password_open(user=user, password=password).key


def make_couple(user, partner_label: str, *, now):
    return couple_services.couple_create(user=user, partner_label=partner_label, now=now, key=key_for(user))


def make_invitation(user, *, now):
    return couple_services.invitation_create(user=user, now=now)


def make_joined(user, founder_membership, *, now):
    _, token = make_invitation(founder_membership.user, now=now)
    return couple_services.invitation_accept(
        user=user, token=token, partner_label="Partner", now=now, key=key_for(user)
    )
