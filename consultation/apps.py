from django.apps import AppConfig


class ConsultationConfig(AppConfig):
    """自治: the topics residents raise and settle together in 康乐民生茶馆,
    followed from listening to the published result."""

    name = "consultation"
    verbose_name = "自治"
