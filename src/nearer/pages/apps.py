from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "nearer.pages"
    label = "pages"
    verbose_name = "Pages"
