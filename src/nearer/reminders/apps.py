from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "nearer.reminders"
    label = "reminders"
    verbose_name = "Reminders and calendar feed"
