"""Reviewing in the page editor: a 编辑 submits a page, and each reviewer of
its workflow (法律审核 then 审核员 for legal content, 审核员 elsewhere) opens
it in the editor and presses 批准 without touching it, as their browser posts
it. The page goes live with what the editor submitted: an untouched editor
is no edit, so it neither saves a revision nor restarts the review
(WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT). Every page type is covered."""

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import get_page_models

from home.models import NewsIndexPage
from legal.models import LegalArticleIndexPage, LegalArticlePage
from tests.admin_forms import open_page_editor, page_editor_data, use_page_editor
from tests.builders import build_every_page_type, build_site, build_staff
from tests.html import soup

REVISED = "（修订）"


class ReviewInTheEditorTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = build_every_page_type(build_site())
        cls.editor = build_staff("editor", "编辑")
        cls.reviewers = {
            group: build_staff(username, group)
            for username, group in (("reviewer", "审核员"), ("lawyer", "法律审核"))
        }

    def test_every_page_type_is_covered(self):
        self.assertEqual(
            set(self.pages),
            {model for model in get_page_models() if model.is_creatable},
        )

    def steps(self, page):
        """The tasks of the page's workflow, in order."""
        return [
            workflow_task.task.specific
            for workflow_task in page.get_workflow()
            .workflow_tasks.select_related("task")
            .order_by("sort_order")
        ]

    def test_approving_in_the_editor_publishes_what_was_submitted(self):
        self.assertEqual(
            [step.name for step in self.steps(self.pages[LegalArticlePage])],
            ["法律审核", "审核员审核"],
        )
        for model, page in self.pages.items():
            with self.subTest(page_type=model.__name__):
                self.client.force_login(self.editor)
                revised_title = page.title + REVISED
                submit = use_page_editor(
                    self.client, page, "action-submit", title=revised_title
                )
                self.assertEqual(submit.status_code, 302)
                page.refresh_from_db()
                submitted = page.latest_revision
                for step in self.steps(page):
                    self.assertEqual(page.current_workflow_task.pk, step.pk)
                    self.assertNotEqual(page.live_revision, submitted, step.name)
                    self.client.force_login(self.reviewers[step.groups.get().name])
                    use_page_editor(self.client, page, workflow_action="approve")
                    page.refresh_from_db()
                self.assertEqual(page.live_revision, submitted)
                self.assertEqual(page.latest_revision, submitted, "a revision saved")
                self.assertEqual(page.title, revised_title)
                self.assertTrue(page.live)
                self.assertFalse(page.workflow_in_progress)

    def test_an_untouched_editor_reports_no_change(self):
        self.client.force_login(self.editor)
        for model, page in self.pages.items():
            with self.subTest(page_type=model.__name__):
                # As an editor last saved it (the builders' rich text lacks the
                # block keys the editor adds).
                saved = use_page_editor(self.client, page)
                self.assertEqual(saved.status_code, 302)
                page.refresh_from_db()
                editor = open_page_editor(self.client, page)
                # The form the editor view binds a post to: a fresh copy of
                # the latest revision.
                form = type(editor.context["form"])(
                    page_editor_data(editor, page),
                    instance=page.get_latest_revision_as_object(),
                    parent_page=page.get_parent(),
                    for_user=self.editor,
                )
                self.assertTrue(form.is_valid(), form.errors)
                self.assertFalse(form.has_changed(), form.changed_data)

    def test_a_new_news_page_or_legal_article_starts_at_today(self):
        self.client.force_login(self.editor)
        for app_label, model_name, parent in (
            ("home", "newspage", NewsIndexPage),
            ("legal", "legalarticlepage", LegalArticleIndexPage),
        ):
            with self.subTest(page_type=model_name):
                add = reverse(
                    "wagtailadmin_pages:add",
                    args=[app_label, model_name, self.pages[parent].pk],
                )
                response = self.client.get(add)
                date_input = soup(response).find("input", attrs={"name": "date"})
                self.assertEqual(date_input["value"], timezone.localdate().isoformat())
