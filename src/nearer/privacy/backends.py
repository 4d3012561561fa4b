"""Logging in with one Argon2id run: the backend keeps the data key the run opened on the user
object for this request only, so the login view can remember it without a second slow hash."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from nearer.core.errors import NearerError
from nearer.privacy.passwords import login_new, password_open


class PasswordKeyBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        user_model = get_user_model()
        username = username if username is not None else kwargs.get(user_model.USERNAME_FIELD)
        if username is None or not password:
            return None
        try:
            user = user_model._default_manager.get_by_natural_key(username)
        except user_model.DoesNotExist:
            try:  # the same cost as a real check, so timing does not tell who has an account
                login_new(password)
            except NearerError:
                pass
            return None
        opened = password_open(user=user, password=password)
        if opened is None or not self.user_can_authenticate(user):
            return None
        user.nearer_opened_key = opened.key
        return user
