from .buildings import BuildingIndexPage, BuildingPage, BuildingPhoto
from .families import (
    FamilyHonour,
    FamilyMaxim,
    FamilyMaximReaderPage,
    FamilyStoryIndexPage,
    FamilyStoryPage,
    FamilyStoryPhoto,
)
from .honour_boards import HonourBoardEntry, HonourBoardIndexPage, HonourBoardPage
from .nominations import Nomination
from .role_models import Praise, RoleModelHonour, RoleModelIndexPage, RoleModelPage

__all__ = [
    "BuildingIndexPage",
    "BuildingPage",
    "BuildingPhoto",
    "FamilyHonour",
    "FamilyMaxim",
    "FamilyMaximReaderPage",
    "FamilyStoryIndexPage",
    "FamilyStoryPage",
    "FamilyStoryPhoto",
    "HonourBoardEntry",
    "HonourBoardIndexPage",
    "HonourBoardPage",
    "Nomination",
    "Praise",
    "RoleModelHonour",
    "RoleModelIndexPage",
    "RoleModelPage",
]
