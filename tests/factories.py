"""Small makers for test data, going through the real services where one exists."""

from nearer.accounts import services as account_services
from nearer.couples import services as couple_services

PASSWORD = "a calm harbour at dusk"


def make_user(email: str, name: str, *, password: str = PASSWORD, time_zone: str = "UTC", screened: bool = True):
    """A person with an account; `screened` people have answered the private safety screen (all no,
    region "us"), as everyone must before using a feature. Pass screened=False for a newcomer."""
    user, _, _ = account_services.user_create(
        email=email, password=password, display_name=name, time_zone=time_zone
    )
    if screened:
        answer_screen(user, password=password)
    return user


def answer_screen(user, *, yes=(), region: str = "us", password: str = PASSWORD, now=None):
    """Answer the private safety screen through the real service (yes to the ids in `yes`)."""
    from django.utils import timezone

    from nearer.core.program import load_program
    from nearer.program import services as program_services

    answers = {q.id: q.id in yes for q in load_program().safety.questions}
    program_services.safety_screen_save(user=user, answers=answers, region=region,
                                        key=key_for(user, password), now=now or timezone.now())


def key_for(user, password: str = PASSWORD) -> tuple[bytes, int]:
    """The person's data key, opened the way a login opens it."""
    from nearer.privacy.passwords import password_open

    return password_open(user=user, password=password).key


def make_couple(user, partner_label: str, *, now):
    return couple_services.couple_create(user=user, partner_label=partner_label, now=now, key=key_for(user))


def make_invitation(user, *, now):
    return couple_services.invitation_create(user=user, now=now, key=key_for(user))


def make_joined(user, founder_membership, *, now, partner_label: str = ""):
    """Join through a fresh link; like the join form, the label defaults to the inviter's display name."""
    _, token = make_invitation(founder_membership.user, now=now)
    return couple_services.invitation_accept(
        user=user, token=token, partner_label=partner_label or founder_membership.user.display_name, now=now,
        key=key_for(user),
    )
