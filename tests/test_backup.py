"""make backup / make restore: an archive of the database and the uploads
restores into a fresh database and media folder with the same pages."""

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from django.core.management import call_command
from django.test import TransactionTestCase
from wagtail.models import Page

from tests.builders import (
    build_image,
    build_news,
    build_news_index,
    build_site,
    restore_wagtail_roots,
)
from tests.demo_server import database_url, last_json_line, manage

LIST_PAGES = (
    "from wagtail.models import Page; from wagtail.images.models import Image; "
    "import json; print(json.dumps([sorted(Page.objects.values_list('title', "
    "flat=True)), [image.file.name for image in Image.objects.all()]]))"
)


class BackupAndRestoreTest(TransactionTestCase):
    def manage(self, *args, env):
        return manage(
            *args, env={**os.environ, "DJANGO_SETTINGS_MODULE": "settings.test", **env}
        )

    def setUp(self):
        restore_wagtail_roots()

    def test_a_backup_restores_into_a_fresh_database_with_the_same_pages(self):
        home = build_site()
        index = build_news_index(home)
        build_news(
            index, "社区举办重阳敬老宴", date(2026, 10, 29), lead_image=build_image()
        )
        work = Path(tempfile.mkdtemp(prefix="kangle-backup-"))
        self.addCleanup(shutil.rmtree, work, ignore_errors=True)
        call_command("backup", folder=str(work))
        (archive,) = work.glob("kangle-*.tar.gz")

        url, drop_database = database_url(work)
        self.addCleanup(lambda: drop_database and drop_database())
        env = {"DATABASE_URL": url, "MEDIA_ROOT": str(work / "restored-media")}
        restored = self.manage("restore", str(archive), env=env)
        self.assertEqual(restored.returncode, 0, restored.stderr)
        self.assertIn("已从", restored.stdout)

        listing = self.manage("shell", "--no-imports", "-c", LIST_PAGES, env=env)
        self.assertEqual(listing.returncode, 0, listing.stderr)
        titles, image_files = last_json_line(listing.stdout)
        self.assertEqual(titles, sorted(Page.objects.values_list("title", flat=True)))
        self.assertIn("社区举办重阳敬老宴", titles)
        (image_file,) = image_files
        self.assertTrue((work / "restored-media" / image_file).is_file())

    def test_restoring_a_missing_archive_says_so(self):
        result = self.manage("restore", "/nonexistent/kangle.tar.gz", env={})
        self.assertEqual(result.returncode, 1)
        self.assertIn("CommandError", result.stderr)
