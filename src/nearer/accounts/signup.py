"""Signing up in two steps, so the answer never tells whether an address already has an account.

Step 1 takes only an address and always answers "check your e-mail". A new address is sent a signed
link that expires; an address that already has an account is sent a note that someone tried (with
what to do if it was the owner). Step 2, opened from the link, takes the name, time zone and
password, and creates the account. The link works once: it is refused as soon as the account exists.
Nothing is stored before step 2, and never a password."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import login
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse

from nearer.accounts.models import User
from nearer.core.errors import ConflictError, InvalidInputError
from nearer.privacy import services as privacy_services
from nearer.privacy import session

LINK_MAX_AGE = 60 * 60 * 24  # seconds: a confirmation link works for a day
_SALT = "nearer.accounts.signup.v1"
LINK_NO_LONGER_WORKS = "This sign-up link no longer works."


@dataclass(frozen=True)
class Confirmation:
    email: str
    next_url: str


def signup_start(*, email: str, next_url: str, site_url: str) -> None:
    """Send the one e-mail this address should get; the caller answers the same page either way."""
    context = {"site_url": site_url, "login_url": site_url + reverse("accounts:login"),
               "reset_url": site_url + reverse("accounts:password_reset")}
    if User.objects.filter(email__iexact=email).exists():
        template = "accounts/email/signup_existing"
    else:
        token = signing.dumps({"e": email, "n": next_url}, salt=_SALT)
        context["link"] = site_url + reverse("accounts:signup_confirm", kwargs={"token": token})
        context["hours"] = LINK_MAX_AGE // 3600
        template = "accounts/email/signup_confirm"
    subject = render_to_string(f"{template}_subject.txt", context).strip()
    body = render_to_string(f"{template}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])


def confirmation_read(token: str) -> Confirmation:
    """The address (and where to go after) a link was sent for; InvalidInputError when the link is
    forged, expired, or already used (the account exists)."""
    try:
        data = signing.loads(token, salt=_SALT, max_age=LINK_MAX_AGE)
        confirmation = Confirmation(email=str(data["e"]), next_url=str(data.get("n") or ""))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise InvalidInputError(LINK_NO_LONGER_WORKS) from None
    if User.objects.filter(email__iexact=confirmation.email).exists():
        raise InvalidInputError(LINK_NO_LONGER_WORKS)
    return confirmation


def signup_finish(
    *, request, email: str, password: str, display_name: str, time_zone: str, next_url: str
) -> None:
    """Create the account, log the person in and hold the recovery key in their session until saved.

    The slow work (password hash, key wrap) is done first; then one short transaction writes the
    account, its key ring and the session holding the sealed recovery key, so an account never
    commits without the key reaching its owner's session. ConflictError if the address was taken
    meanwhile (the link was used twice at once)."""
    ring = privacy_services.keyring_prepare(password=password)
    try:
        with transaction.atomic():
            user = User(email=email, display_name=display_name.strip(), time_zone=time_zone, password=ring.password_hash)
            user.save()
            privacy_services.keyring_store(user=user, ring=ring)
            login(request, user, backend="nearer.privacy.backends.PasswordKeyBackend")
            session.remember(request, ring.data_key, 1)
            session.keep_recovery_key(request, ring.recovery_key, next_url=next_url)
            session.save_now(request)
    except IntegrityError:
        raise ConflictError(LINK_NO_LONGER_WORKS) from None

