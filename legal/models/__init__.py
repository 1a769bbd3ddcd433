from .articles import LegalArticleIndexPage, LegalArticlePage, LegalQuizPage, LegalTopic
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
    "LegalQuizPage",
    "LegalService",
    "LegalServiceDirectoryPage",
    "LegalServicePointPage",
    "LegalTopic",
    "OpeningException",
    "OpeningPeriod",
]
