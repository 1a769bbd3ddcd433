from django.apps import AppConfig


class CultureConfig(AppConfig):
    """德治: role models, honour boards, family traditions, themed buildings."""

    name = "culture"
    verbose_name = "德治"
