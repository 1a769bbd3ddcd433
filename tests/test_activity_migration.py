"""legal 0005: the monthly 1+1 activities of a running site become the shell's
community activities with the same pages, addresses, revisions and editors'
permissions, run forwards on a database that holds legal activities."""

from datetime import datetime

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TransactionTestCase
from wagtail.models import Page, Revision

from home.models import ActivityIndexPage, ActivityPage
from tests.builders import (
    SHANGHAI,
    build_activity,
    build_activity_index,
    build_directory,
    build_point,
    build_site,
    restore_wagtail_roots,
)
from tests.html import soup, texts

BEFORE = [
    ("home", "0008_dates_without_callable_default"),
    ("legal", "0004_quiz_answer_read_as_number"),
]


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return executor


class MoveActivitiesToTheShellTest(TransactionTestCase):
    def setUp(self):
        restore_wagtail_roots()
        home = build_site()
        self.point = build_point(build_directory(home), "调解室", "mediation-room")
        # The pages are made where the legal ones stood, then given back the
        # legal rows and type the site had before the migration.
        index = build_activity_index(home)
        self.starts = datetime(2026, 10, 6, 9, 30, tzinfo=SHANGHAI)
        activity = build_activity(index, "十月法律走访", self.starts)
        self.index_id, self.activity_id = index.pk, activity.pk
        self.index_url, self.activity_url = index.url, activity.url
        apps = migrate(BEFORE).loader.project_state(BEFORE).apps
        self.make_legal(apps)

    def make_legal(self, apps):
        LegalIndex = apps.get_model("legal", "ActivityIndexPage")
        LegalActivity = apps.get_model("legal", "ActivityPage")
        LegalIndex(page_ptr_id=self.index_id, intro="每个月四件事").save_base(raw=True)
        LegalActivity(
            page_ptr_id=self.activity_id,
            activity_type="visit",
            starts_at=self.starts,
            ends_at=self.starts.replace(hour=11),
            place_point_id=self.point.pk,
            place_text="",
            summary="上门了解老人遇到的法律问题。",
            report=[{"type": "paragraph", "value": "<p>走访了十二户。</p>"}],
        ).save_base(raw=True)
        types = {}
        for model in ("activityindexpage", "activitypage"):
            types[model], _ = ContentType.objects.get_or_create(
                app_label="legal", model=model
            )
        Page.objects.filter(pk=self.index_id).update(
            content_type=types["activityindexpage"]
        )
        Page.objects.filter(pk=self.activity_id).update(
            content_type=types["activitypage"]
        )
        # The shell's revisions the builders made stand for none the legal
        # pages had.
        Revision.objects.filter(
            object_id__in=[str(self.index_id), str(self.activity_id)]
        ).delete()
        Revision.objects.create(
            content_type=types["activitypage"],
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=str(self.activity_id),
            object_str="十月法律走访",
            content={
                "pk": self.activity_id,
                "title": "十月法律走访（草稿）",
                "content_type": types["activitypage"].pk,
                "activity_type": "visit",
                "place_point": self.point.pk,
                "place_text": "",
                "summary": "草稿",
                "starts_at": "2026-10-06T01:30:00Z",
                "ends_at": "2026-10-06T03:30:00Z",
            },
        )
        permission = Permission.objects.create(
            content_type=types["activitypage"],
            codename="change_activitypage",
            name="Can change 法治活动",
        )
        Group.objects.create(name="法治活动编辑").permissions.add(permission)

    def test_pages_keep_their_ids_addresses_and_content(self):
        migrate()
        index = Page.objects.get(pk=self.index_id).specific
        activity = Page.objects.get(pk=self.activity_id).specific
        self.assertIsInstance(index, ActivityIndexPage)
        self.assertIsInstance(activity, ActivityPage)
        self.assertEqual(index.intro, "每个月四件事")
        self.assertEqual(
            (activity.kind.name, activity.kind.governance), ("一月一走访", "fazhi")
        )
        self.assertEqual(activity.place_page_id, self.point.pk)
        self.assertEqual((activity.url, index.url), (self.activity_url, self.index_url))

        page = soup(self.client.get(self.activity_url))
        self.assertEqual(page.select_one(".meta .badge").get_text(), "一月一走访")
        self.assertIn("调解室", page.select_one(".details").get_text())
        self.assertIn("走访了十二户", page.get_text())
        month = self.client.get(self.index_url + "month/2026/10/")
        self.assertEqual(texts(soup(month).select(".card__title")), ["十月法律走访"])
        calendar = self.client.get(self.index_url + "calendar/", {"kind": "visit"})
        self.assertEqual(calendar.status_code, 200)

    def test_revisions_and_permissions_follow_the_pages(self):
        migrate()
        revision = Revision.objects.get(object_id=str(self.activity_id))
        draft = revision.as_object()
        self.assertIsInstance(draft, ActivityPage)
        self.assertEqual(
            (draft.title, draft.kind.slug, draft.place_page_id),
            ("十月法律走访（草稿）", "visit", self.point.pk),
        )
        group = Group.objects.get(name="法治活动编辑")
        self.assertEqual(
            [(p.content_type.app_label, p.codename) for p in group.permissions.all()],
            [("home", "change_activitypage")],
        )
        self.assertFalse(
            ContentType.objects.filter(app_label="legal", model="activitypage").exists()
        )
