from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "站点首页与新闻"

    def ready(self):
        from home import checks  # noqa: F401  (registers the deploy checks)
        from home.page_cache import connect_signal_handlers

        connect_signal_handlers()
