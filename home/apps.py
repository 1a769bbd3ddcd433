from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "站点首页与新闻"
