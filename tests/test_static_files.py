"""Every static file a template names exists, so the production manifest never
fails on a page."""

import re
from pathlib import Path

from django.contrib.staticfiles import finders
from django.test import SimpleTestCase

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
STATIC_TAG = re.compile(r"""{%\s*static\s+['"]([^'"]+)['"]""")


class StaticReferencesTest(SimpleTestCase):
    def test_templates_name_only_static_files_that_exist(self):
        references = {
            (template.relative_to(TEMPLATES_DIR), name)
            for template in TEMPLATES_DIR.rglob("*.html")
            for name in STATIC_TAG.findall(template.read_text(encoding="utf-8"))
        }
        self.assertGreater(len(references), 3)
        missing = [ref for ref in references if finders.find(ref[1]) is None]
        self.assertEqual(missing, [])
