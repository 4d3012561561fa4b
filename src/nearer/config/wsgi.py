"""WSGI entry point (`nearer serve` runs it in gunicorn; any WSGI server can)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nearer.config.settings")
application = get_wsgi_application()
