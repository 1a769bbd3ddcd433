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
    "LegalService",
    "LegalServiceDirectoryPage",
    "LegalServicePointPage",
    "OpeningException",
    "OpeningPeriod",
]
