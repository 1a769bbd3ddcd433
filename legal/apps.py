from django.apps import AppConfig


class LegalConfig(AppConfig):
    """法治: legal-education articles and the legal-service directory."""

    name = "legal"
    verbose_name = "法治"
