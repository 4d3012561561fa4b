"""Start Django from the command line, on demand (commands that do not need it never call this)."""

import os


def setup_django() -> None:
    """Configure and set up Django with Nearer's settings; return once apps are ready."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nearer.config.settings")
    import django

    django.setup()
