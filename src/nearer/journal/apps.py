from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "nearer.journal"
    label = "journal"
    verbose_name = "Journal"
