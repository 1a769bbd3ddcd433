from .articles import LegalArticleIndexPage, LegalArticlePage, LegalTopic
from .directory import (
    HolidayArrangement,
    LegalService,
    LegalServiceDirectoryPage,
    LegalServicePointPage,
    OpeningException,
    OpeningPeriod,
)

__all__ = [
    "HolidayArrangement",
    "LegalArticleIndexPage",
    "LegalArticlePage",
    "LegalService",
    "LegalServiceDirectoryPage",
    "LegalServicePointPage",
    "LegalTopic",
    "OpeningException",
    "OpeningPeriod",
]
