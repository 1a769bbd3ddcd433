"""The editor guide (docs/editor-guide.md) shows every screenshot the browser
tests take, and each picture it shows is in the repository."""

import re
from pathlib import Path

from django.conf import settings

from tests.browser.test_editor_guide import SCREENS

GUIDE = Path(settings.BASE_DIR) / "docs" / "editor-guide.md"
PICTURE = re.compile(r"!\[[^\]]+\]\((editor-guide/[a-z-]+\.png)\)")


def test_the_guide_shows_each_screen_and_every_picture_exists():
    pictures = PICTURE.findall(GUIDE.read_text(encoding="utf-8"))
    assert sorted(pictures) == sorted(f"editor-guide/{name}.png" for name in SCREENS)
    for picture in pictures:
        assert (GUIDE.parent / picture).stat().st_size > 1000, picture
