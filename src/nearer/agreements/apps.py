from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "nearer.agreements"
    label = "agreements"
    verbose_name = "Agreements"
