from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "nearer.privacy"
    label = "privacy"
    verbose_name = "Privacy"

    def ready(self):
        from nearer.privacy import signals  # noqa: F401
