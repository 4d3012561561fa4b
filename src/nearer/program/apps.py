from django.apps import AppConfig


class ProgramConfig(AppConfig):
    name = "nearer.program"
    label = "program"
    verbose_name = "Program"

    def ready(self):
        from nearer.program import memo

        memo.connect()
