from django.apps import AppConfig


class LegalConfig(AppConfig):
    """法治: legal-education articles and the legal-service directory."""

    name = "legal"
    verbose_name = "法治"

    def ready(self):
        from legal.signal_handlers import register_signal_handlers

        register_signal_handlers()
