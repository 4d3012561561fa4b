from django.apps import AppConfig


class PracticeConfig(AppConfig):
    name = "nearer.practice"
    label = "practice"
    verbose_name = "Practice"
