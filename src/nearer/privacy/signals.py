"""Logging out forgets the data key in the browser too."""

from django.contrib.auth.signals import user_logged_out
from django.dispatch import receiver

from nearer.privacy import session


@receiver(user_logged_out)
def forget_key_on_logout(sender, request, user, **kwargs):
    if request is not None:
        session.forget(request)
