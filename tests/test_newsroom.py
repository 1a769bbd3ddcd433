"""The newsroom: community staff work in roles. 编辑 write drafts but cannot
publish; a page goes live when a 审核员 approves it; legal content needs 法律审核
first and a 审核员 after; asking for changes needs a comment the author then
reads; 站点管理员 keep settings and users, which editors cannot reach. Every
step goes through the admin's own views, logged in as each role."""

import io
from datetime import date, timedelta

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision, TaskState, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import NewsPage
from home.qr import qr_image
from legal.models import LegalArticlePage
from tests.builders import (
    build_article,
    build_article_index,
    build_editor,
    build_news,
    build_news_index,
    build_site,
    build_staff,
    build_topic,
)
from tests.html import soup


class NewsroomTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.news = build_news_index(cls.home)
        cls.law = build_article_index(cls.home)
        cls.editor = build_staff("editor", "编辑")
        cls.reviewer = build_staff("reviewer", "审核员")
        cls.lawyer = build_staff("lawyer", "法律审核")
        cls.site_admin = build_staff("site-admin", "站点管理员")

    def as_user(self, user):
        self.client.force_login(user)
        return self.client

    def edit(self, page, **actions):
        """Post the page's edit form with its content, pressing a button."""
        fields = {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "summary": page.summary,
            "body": streamfield([("paragraph", rich_text("<p>正文。</p>"))]),
        }
        if isinstance(page, LegalArticlePage):
            fields.update(
                topic=page.topic_id,
                audience=page.audience,
                reviewer=page.reviewer,
                reviewed_on=page.reviewed_on.isoformat(),
            )
        return self.client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            nested_form_data({**fields, **actions}),
        )

    def draft_news(self, title="社区停水通知"):
        return build_news(self.news, title, date(2026, 11, 20), live=False)

    def task_state(self, page):
        return TaskState.objects.get(
            workflow_state__base_content_type__isnull=False,
            workflow_state__object_id=str(page.pk),
            status=TaskState.STATUS_IN_PROGRESS,
        )

    def act(self, page, action, comment=None, xhr=False):
        state = self.task_state(page)
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk]
        )
        data = {} if comment is None else {"comment": comment}
        headers = {"X-Requested-With": "XMLHttpRequest"} if xhr else {}
        return self.client.post(url, data, headers=headers)

    def test_the_four_roles_exist_on_every_install(self):
        self.assertEqual(
            set(Group.objects.values_list("name", flat=True)),
            {"编辑", "审核员", "法律审核", "站点管理员"},
        )

    def test_an_editor_writes_a_draft_but_cannot_publish_it(self):
        self.as_user(self.editor)
        url = reverse("wagtailadmin_pages:add", args=["home", "newspage", self.news.pk])
        self.assertEqual(self.client.get(url).status_code, 200)
        page = self.draft_news()
        response = self.edit(page, **{"action-publish": "action-publish"})
        self.assertIn(response.status_code, (200, 302))
        page.refresh_from_db()
        self.assertFalse(page.live)

    def test_an_editor_cannot_reach_settings_or_users(self):
        self.as_user(self.editor)
        for name, args in (
            ("wagtailsettings:edit", ["home", "sitesettings"]),
            ("wagtailusers_users:index", []),
            ("wagtailredirects:index", []),
        ):
            with self.subTest(name=name):
                response = self.client.get(reverse(name, args=args))
                self.assertNotEqual(response.status_code, 200)

    def test_a_site_administrator_keeps_settings_users_and_redirects(self):
        self.as_user(self.site_admin)
        for name, args in (
            ("wagtailsettings:edit", ["home", "sitesettings"]),
            ("wagtailusers_users:index", []),
            ("wagtailredirects:index", []),
        ):
            with self.subTest(name=name):
                response = self.client.get(reverse(name, args=args), follow=True)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("wagtailadmin_home", response.resolver_match.url_name)

    def test_news_goes_live_when_a_reviewer_approves_it(self):
        page = self.draft_news()
        self.as_user(self.editor)
        self.edit(page, **{"action-submit": "1"})
        page.refresh_from_db()
        self.assertFalse(page.live)
        self.assertEqual(
            page.current_workflow_state.status, WorkflowState.STATUS_IN_PROGRESS
        )

        self.as_user(self.lawyer)
        self.act(page, "approve")
        self.assertEqual(self.task_state(page).task.name, "审核员审核", "not theirs")

        self.as_user(self.reviewer)
        self.act(page, "approve")
        page.refresh_from_db()
        self.assertTrue(page.live)
        approval = TaskState.objects.get(status=TaskState.STATUS_APPROVED)
        self.assertEqual(approval.finished_by, self.reviewer)
        self.assertIsNotNone(approval.finished_at)

    def test_a_legal_article_needs_the_legal_reviewer_then_a_reviewer(self):
        topic = build_topic()
        article = build_article(
            self.law, "邻居漏水怎么办", topic, date(2026, 11, 1), live=False
        )
        self.as_user(self.editor)
        self.edit(article, **{"action-submit": "1"})
        self.assertEqual(self.task_state(article).task.name, "法律审核")

        self.as_user(self.reviewer)
        self.act(article, "approve")
        self.assertEqual(self.task_state(article).task.name, "法律审核")
        article.refresh_from_db()
        self.assertFalse(article.live, "a reviewer cannot skip the legal review")

        self.as_user(self.lawyer)
        self.act(article, "approve")
        article.refresh_from_db()
        self.assertFalse(article.live, "one approval is not enough")
        self.assertEqual(self.task_state(article).task.name, "审核员审核")

        self.as_user(self.reviewer)
        self.act(article, "approve")
        article.refresh_from_db()
        self.assertTrue(article.live)

    def test_legal_sections_created_later_get_the_two_step_workflow(self):
        second = build_article_index(self.home, title="普法二", slug="law-two")
        self.assertEqual(second.get_workflow().name, "法治内容审核")
        self.assertEqual(self.news.get_workflow().name, "常规审核")

    def test_asking_for_changes_needs_a_comment_the_author_reads(self):
        page = self.draft_news()
        self.as_user(self.editor)
        self.edit(page, **{"action-submit": "1"})

        self.as_user(self.reviewer)
        response = self.act(page, "reject", comment="", xhr=True)
        self.assertIn("请写明需要修改的地方", response.json()["html"])
        self.assertEqual(self.task_state(page).status, TaskState.STATUS_IN_PROGRESS)

        self.act(page, "reject", comment="请补充停水的具体时间。")
        page.refresh_from_db()
        self.assertEqual(
            page.current_workflow_state.status, WorkflowState.STATUS_NEEDS_CHANGES
        )
        self.as_user(self.editor)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertContains(response, "请补充停水的具体时间。")

    def test_only_a_superuser_publishes_without_review(self):
        for user in (self.editor, self.reviewer, self.lawyer, self.site_admin):
            with self.subTest(user=user.username):
                self.assertFalse(
                    self.news.permissions_for_user(user).can_publish_subpage()
                )
        self.assertFalse(
            self.law.permissions_for_user(self.reviewer).can_publish_subpage()
        )


class AddressesKeepWorkingTest(TestCase):
    """Printed QR codes and shared links keep working when a page's address
    changes: Wagtail leaves a redirect from the old one."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.news = build_news_index(cls.home)
        cls.page = build_news(cls.news, "社区停水通知", date(2026, 11, 20))

    def test_a_changed_slug_redirects_from_the_old_address(self):
        old_url = self.page.url
        self.client.force_login(build_editor())
        # Wagtail makes the redirect once the change is committed.
        with self.captureOnCommitCallbacks(execute=True):
            self.publish_with_slug("water-notice")
        self.page.refresh_from_db()
        self.assertEqual(self.page.slug, "water-notice")
        response = self.client.get(old_url)
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], self.page.url)

    def publish_with_slug(self, slug):
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            nested_form_data(
                {
                    "title": self.page.title,
                    "slug": slug,
                    "date": self.page.date.isoformat(),
                    "summary": self.page.summary,
                    "body": streamfield([("paragraph", rich_text("<p>正文。</p>"))]),
                    "action-publish": "action-publish",
                }
            ),
        )


def png_upload(name="photo.png", size=(60, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#8e1b1b").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


class MediaUploadTest(TestCase):
    """Images need alt text and a sensible size; documents are safe types."""

    @classmethod
    def setUpTestData(cls):
        build_site()
        cls.editor = build_staff("editor", "编辑")

    def setUp(self):
        self.client.force_login(self.editor)

    def upload_image(self, **fields):
        root = Collection.get_first_root_node()
        data = {"title": "理发志愿者", "file": png_upload(), "collection": root.pk}
        data.update(fields)
        return self.client.post(reverse("wagtailimages:add"), data)

    def test_an_image_without_alt_text_is_refused_and_not_stored(self):
        response = self.upload_image(description="  ")
        self.assertContains(response, "请填写图片说明（替代文字）。")
        self.assertFalse(get_image_model().objects.exists())

    def test_an_image_with_alt_text_is_stored(self):
        response = self.upload_image(description="志愿者在楼道里为老人理发")
        self.assertEqual(response.status_code, 302)
        image = get_image_model().objects.get()
        self.assertEqual(image.default_alt_text, "志愿者在楼道里为老人理发")

    @override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=100)
    def test_an_oversized_image_gets_a_message_and_nothing_is_stored(self):
        response = self.upload_image(description="一张很大的照片")
        self.assertEqual(response.status_code, 200)
        errors = str(response.context["form"].errors["file"])
        self.assertIn("文件过大", errors)
        self.assertFalse(get_image_model().objects.exists())

    @override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1000)
    def test_an_image_with_too_many_pixels_is_refused(self):
        response = self.upload_image(description="一张像素很多的照片")
        self.assertIn("像素", str(response.context["form"].errors["file"]))
        self.assertFalse(get_image_model().objects.exists())

    def test_svg_images_and_executable_documents_are_refused(self):
        svg = SimpleUploadedFile(
            "logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml"
        )
        response = self.upload_image(description="标志", file=svg)
        self.assertIn("file", response.context["form"].errors)
        exe = SimpleUploadedFile("setup.exe", b"MZ\x90\x00", "application/octet-stream")
        response = self.client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "安装程序",
                "file": exe,
                "collection": Collection.get_first_root_node().pk,
            },
        )
        self.assertIn("file", response.context["form"].errors)
        self.assertFalse(get_image_model().objects.exists())
        self.assertFalse(get_document_model().objects.exists())


class PreviewTest(TestCase):
    """Editors preview a page as residents see it, at 大 and 特大 text too."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.page = build_news(
            build_news_index(cls.home), "停水通知", date(2026, 11, 20)
        )

    def test_every_text_size_is_a_preview_mode(self):
        self.assertEqual(
            [mode for mode, _ in self.page.preview_modes],
            ["standard", "large", "xlarge"],
        )
        for mode in ("standard", "xlarge"):
            with self.subTest(mode=mode):
                response = self.page.make_preview_request(preview_mode=mode)
                html = response.content.decode()
                self.assertIn(f'class="text-{mode} contrast-normal"', html)
                self.assertIn("停水通知", html)


class ScheduledPublishingTest(TestCase):
    """A page approved for a later date goes live when publish_scheduled runs
    after that date; a page past its expiry date comes down."""

    @classmethod
    def setUpTestData(cls):
        cls.news = build_news_index(build_site())

    def test_an_approved_page_goes_live_at_its_date(self):
        page = build_news(self.news, "元旦活动通知", date(2026, 12, 25), live=False)
        page.go_live_at = timezone.now() + timedelta(hours=2)
        page.save_revision().publish()
        page.refresh_from_db()
        self.assertFalse(page.live, "not before its date")
        call_command("publish_scheduled", stdout=io.StringIO())
        page.refresh_from_db()
        self.assertFalse(page.live, "the command leaves it until then")

        # Two hours pass: the scheduled moment is now behind us.
        earlier = timezone.now() - timedelta(minutes=1)
        revision = Revision.objects.get(
            object_id=str(page.pk), approved_go_live_at__isnull=False
        )
        revision.approved_go_live_at = earlier
        revision.content["go_live_at"] = earlier.isoformat()
        revision.save()
        call_command("publish_scheduled", stdout=io.StringIO())
        page.refresh_from_db()
        self.assertTrue(page.live)

    def test_a_page_comes_down_after_its_expiry_date(self):
        page = build_news(self.news, "停水通知", date(2026, 11, 20))
        NewsPage.objects.filter(pk=page.pk).update(
            expire_at=timezone.now() - timedelta(minutes=1)
        )
        call_command("publish_scheduled", stdout=io.StringIO())
        page.refresh_from_db()
        self.assertFalse(page.live)
        self.assertTrue(page.expired)


class DashboardTest(TestCase):
    """The editor's day starts on the dashboard: what is scheduled, what went
    live, what waits for review."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        cls.news = build_news_index(home)
        cls.reviewer = build_staff("reviewer", "审核员")
        cls.published = build_news(cls.news, "社区停水通知", date(2026, 11, 20))
        cls.scheduled = build_news(
            cls.news, "元旦活动通知", date(2026, 12, 25), live=False
        )
        cls.scheduled.go_live_at = timezone.now() + timedelta(days=3)
        cls.scheduled.save_revision().publish()
        law = build_article_index(home)
        build_article(
            law, "旧文章", build_topic(), date(2024, 1, 1), reviewed_on=date(2024, 1, 1)
        )

    def test_the_dashboard_shows_scheduled_latest_and_due_for_review(self):
        self.client.force_login(self.reviewer)
        page = soup(self.client.get(reverse("wagtailadmin_home")))
        scheduled = page.find(id="scheduled-pages-title").find_parent("section")
        self.assertIn("（1）", scheduled.h2.get_text())
        self.assertIn("元旦活动通知", scheduled.get_text())
        latest = page.find(id="latest-published-title").find_parent("section")
        self.assertIn("社区停水通知", latest.get_text())
        self.assertNotIn("元旦活动通知", latest.get_text())
        due = page.find(id="articles-due-title")
        self.assertIn("1 篇普法文章", due.get_text())


class NoticeBoardTest(TestCase):
    """公告栏: editors pick a period's news and activities and print them on A4,
    each with a QR code that opens the item on the site."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        news = build_news_index(home)
        cls.recent = build_news(news, "社区停水通知", date(2026, 11, 20))
        cls.old = build_news(news, "去年的通知", date(2025, 11, 20))
        Page.objects.filter(pk=cls.old.pk).update(
            first_published_at=timezone.now() - timedelta(days=400)
        )
        cls.editor = build_staff("editor", "编辑")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_the_editor_picks_from_the_period_s_news(self):
        response = self.client.get(reverse("notice_board"))
        boxes = soup(response).select('input[name="page"]')
        self.assertEqual([box["value"] for box in boxes], [str(self.recent.pk)])

    def test_odd_dates_are_explained_not_failed(self):
        for params in (
            {"start": "2026-13-01"},
            {"end": "x" * 500},
            {"start": "2026-11-30", "end": "2026-11-01"},
            {"start": "\x00"},
        ):
            with self.subTest(params=params):
                self.assertEqual(
                    self.client.get(reverse("notice_board"), params).status_code, 200
                )
        response = self.client.get(reverse("notice_board"), {"start": "2026-13-01"})
        self.assertContains(response, "日期格式应为")

    def test_the_sheets_carry_a_qr_code_for_each_item_and_no_navigation(self):
        response = self.client.get(
            reverse("notice_board_print"),
            {"page": [self.recent.pk, self.old.pk, "abc", "9" * 40]},
        )
        page = soup(response)
        self.assertIn("print-sheet--a4", page.body["class"])
        self.assertIsNone(page.find("nav"))
        titles = [h1.get_text() for h1 in page.select(".notice-sheet__title")]
        self.assertEqual(titles, ["社区停水通知", "去年的通知"])
        sources = [img["src"] for img in page.select("img.qr-code")]
        self.assertEqual(
            sources,
            [qr_image(self.recent.full_url)[0], qr_image(self.old.full_url)[0]],
        )

    def test_the_public_cannot_print_the_notice_board(self):
        self.client.logout()
        response = self.client.get(
            reverse("notice_board_print"), {"page": self.recent.pk}
        )
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])
