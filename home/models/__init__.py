from .activities import ActivityIndexPage, ActivityKind, ActivityPage
from .base import SitePage
from .compounds import Compound
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .pages import HomePage, StandardPage
from .pressed_once import PressedOnce
from .search_synonyms import SearchSynonym
from .site_settings import SiteSettings
from .workflows import ReviewTask

__all__ = [
    "ActivityIndexPage",
    "ActivityKind",
    "ActivityPage",
    "Compound",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "PressedOnce",
    "ReviewTask",
    "SearchSynonym",
    "SitePage",
    "SiteSettings",
    "StandardPage",
]
