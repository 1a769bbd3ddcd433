"""The admin as the community's staff see it: in Chinese wherever the project
can make it so (Wagtail's own Chinese catalogue leaves strings in English: the
project's locale/ fills them in; README lists what is left), with the staff's
own editor guide, and with everything loaded from the site itself (the
admin's CSP allows no other host, and services abroad are unreliable from
China)."""

import ast
import gettext
import importlib
import json
from datetime import date

from django.apps import apps
from django.conf import settings
from django.core import mail
from django.core.files.base import ContentFile
from django.test import SimpleTestCase, TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.builders import (
    build_editor,
    build_image,
    build_news,
    build_news_index,
    build_site,
    build_staff,
)
from tests.html import soup

# English the project translated or removed, as the admin used to show it.
ENGLISH_LEFT_BEHIND = [
    # the dashboard's summary, search and account panel
    "Pages",
    "Images",
    "Documents",
    "created in",
    "Search all pages",
    "editor guide",
    "Edit account avatar",
    "Wagtail upgrade available",
    # the help menu and the keyboard shortcuts on every page
    "Editor Guide",
    "What's new",
    "Shortcuts",
    "Show keyboard shortcuts",
    "Paste without formatting",
    # the explorer and the page editor
    "Exploring",
    "Referenced",
    "Date updated",
    "Has child pages",
    "Anyone can edit",
    "Content metrics",
    "Reading time",
    "Readability",
    "Autosave",
    "should go live",
    # images, documents and collections
    "layout",
    "Root",
    "Usage count",
    "Oldest",
    # the account, workflows and the window title
    "Theme preferences",
    "More contrast",
    "Show disabled",
    "Moderators approval",
    "- Wagtail",
]


def shown_text(response):
    """What a person reads on an admin page or hears from a screen reader:
    text (dialogs kept in templates included), labels, tooltips and
    placeholders, and the labels of the sidebar, which Wagtail's script draws
    from the page's JSON."""
    page = soup(response)
    sidebar = page.find("script", id="wagtail-sidebar-props")
    labels = []
    if sidebar is not None:
        labels = [
            value
            for key, value in walk_json(json.loads(sidebar.string))
            if key in ("label", "footer_text")
        ]
    for script in page.find_all(["script", "style"]):
        script.decompose()
    attributes = [
        element[name]
        for element in page.find_all(True)
        for name in (
            "aria-label",
            "title",
            "placeholder",
            "alt",
            "data-w-tooltip-content-value",
        )
        if element.has_attr(name)
    ]
    return "\n".join([*page.find_all(string=True), *attributes, *labels])


def walk_json(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                yield key, item
            else:
                yield from walk_json(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk_json(item)


class AdminInChineseTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news_index = build_news_index(build_site())
        cls.news = build_news(cls.news_index, "社区停水通知", date(2026, 11, 20))
        Collection.get_first_root_node().add_child(name="活动照片")
        build_image()
        get_document_model().objects.create(
            title="法律援助申请表",
            file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="application.pdf"),
        )
        cls.editor = build_staff("editor", "编辑")
        cls.superuser = build_editor("chief-editor")

    def assert_chinese(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        text = shown_text(response)
        left = [english for english in ENGLISH_LEFT_BEHIND if english in text]
        self.assertEqual(left, [], f"English on {url}")
        return response

    def test_the_views_an_editor_clicks_are_chinese(self):
        self.client.force_login(self.editor)
        for url in (
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore", args=[self.news_index.pk]),
            reverse("wagtailadmin_pages:edit", args=[self.news.pk]),
            reverse(
                "wagtailadmin_pages:add", args=["home", "newspage", self.news_index.pk]
            ),
            reverse("wagtailimages:index"),
            reverse("wagtaildocs:index"),
            reverse("wagtailadmin_account"),
            reverse("editor_guide"),
        ):
            with self.subTest(url=url):
                self.assert_chinese(url)

    def test_the_views_a_superuser_adds_are_chinese(self):
        self.client.force_login(self.superuser)
        for url in (
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore_root"),
            f"{reverse('wagtailadmin_workflows:index')}?show_disabled=true",
            f"{reverse('wagtailadmin_workflows:task_index')}?show_disabled=true",
        ):
            with self.subTest(url=url):
                self.assert_chinese(url)

    def test_the_dashboard_counts_in_chinese(self):
        self.client.force_login(self.editor)
        summary = soup(self.client.get(reverse("wagtailadmin_home"))).find(
            class_="w-summary"
        )
        self.assertIn("3 个页面", summary.get_text())
        self.assertIn("1 张图片", summary.get_text())
        self.assertIn("1 个文档", summary.get_text())

    def test_the_rich_text_editor_speaks_chinese(self):
        """Strings Wagtail's scripts draw come from the JavaScript catalogue."""
        self.client.force_login(self.editor)
        catalogue = self.client.get(reverse("wagtailadmin_javascript_catalog"))
        for english, chinese in (
            (
                "Write something or type ‘/’ to insert a block",
                "输入文字，或输入“/”插入内容块",
            ),
            ("Insert a block", "插入内容块"),
        ):
            with self.subTest(english=english):
                self.assertContains(
                    catalogue, f"{json.dumps(english)}: {json.dumps(chinese)}"
                )

    def test_review_notices_are_mailed_in_chinese(self):
        draft = build_news(self.news_index, "入冬前请检查水管保温", date(2026, 11, 24))
        reviewer = build_staff("reviewer", "审核员")
        self.client.force_login(self.editor)
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[draft.pk]),
            nested_form_data(
                {
                    "title": draft.title,
                    "slug": draft.slug,
                    "date": draft.date.isoformat(),
                    "summary": draft.summary,
                    "body": streamfield([("paragraph", rich_text("<p>正文。</p>"))]),
                    "action-submit": "1",
                }
            ),
        )
        subjects = [message.subject for message in mail.outbox]
        self.assertIn(reviewer.email, {a for m in mail.outbox for a in m.to})
        self.assertIn("页面“入冬前请检查水管保温”已提交到“常规审核”审核", subjects)
        for subject in subjects:
            self.assertNotIn("has been", subject)


def po_entries(path):
    """The translated entries of a .po file, each a dict of its fields
    (msgctxt, msgid, msgid_plural, msgstr or msgstr[0])."""
    entries, entry, field = [], {}, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if entry.get("msgid"):
                entries.append(entry)
            entry, field = {}, None
        elif line.startswith('"'):
            entry[field] += ast.literal_eval(line)
        elif not line.startswith("#"):
            field, _, quoted = line.partition(" ")
            entry[field] = ast.literal_eval(quoted)
    return entries


class ProjectCatalogueTest(SimpleTestCase):
    """The compiled catalogues are committed (docs/decisions/
    0008-admin-translations.md); each must say what its source says."""

    def test_each_compiled_catalogue_matches_its_source(self):
        folder = settings.LOCALE_PATHS[0] / "zh_Hans" / "LC_MESSAGES"
        for domain in ("django", "djangojs"):
            with (folder / f"{domain}.mo").open("rb") as compiled:
                catalogue = gettext.GNUTranslations(compiled)
            entries = po_entries(folder / f"{domain}.po")
            self.assertGreater(len(entries), 10)
            for entry in entries:
                with self.subTest(domain=domain, msgid=entry["msgid"]):
                    self.assertEqual(
                        compiled_text(catalogue, entry),
                        entry.get("msgstr", entry.get("msgstr[0]")),
                    )


def compiled_text(catalogue, entry):
    """What the compiled catalogue gives for a .po entry (one plural form:
    Chinese has no plural)."""
    context = entry.get("msgctxt")
    if "msgid_plural" in entry:
        forms = (entry["msgid"], entry["msgid_plural"], 1)
        if context:
            return catalogue.npgettext(context, *forms)
        return catalogue.ngettext(*forms)
    if context:
        return catalogue.pgettext(context, entry["msgid"])
    return catalogue.gettext(entry["msgid"])


class EditorGuideTest(TestCase):
    """Help points at the staff's own guide, docs/editor-guide.md, served in
    the admin with its screenshots, not at Wagtail's English guide abroad."""

    @classmethod
    def setUpTestData(cls):
        build_site()
        cls.editor = build_staff("editor", "编辑")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_the_help_menu_and_the_dashboard_lead_to_the_guide(self):
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotIn("guide.wagtail.org", dashboard.content.decode())
        links = {a["href"] for a in soup(dashboard).select("a[href]")}
        self.assertIn(reverse("editor_guide"), links)
        sidebar = json.loads(
            soup(dashboard).find("script", id="wagtail-sidebar-props").string
        )
        urls = {value for key, value in walk_json(sidebar) if key == "url"}
        self.assertIn(reverse("editor_guide"), urls)

    def test_the_guide_shows_its_text_and_pictures(self):
        guide = soup(self.client.get(reverse("editor_guide")))
        self.assertEqual(guide.h1.get_text(), "康乐社区网编辑手册")
        pictures = guide.select("article img")
        self.assertGreater(len(pictures), 3)
        for picture in pictures:
            with self.subTest(picture=picture["src"]):
                response = self.client.get(reverse("editor_guide") + picture["src"])
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], "image/png")

    def test_a_picture_the_guide_lacks_is_not_found(self):
        response = self.client.get(f"{reverse('editor_guide')}editor-guide/none.png")
        self.assertEqual(response.status_code, 404)
        outside = self.client.get(
            f"{reverse('editor_guide')}editor-guide/..%2F..%2Fsite%2Fsettings%2Fbase.png"
        )
        self.assertNotEqual(outside.status_code, 200)

    def test_only_staff_read_the_guide(self):
        self.client.logout()
        response = self.client.get(reverse("editor_guide"))
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])


class ModeratorsApprovalRemovedTest(TestCase):
    """home/migrations/0006_remove_default_moderators_workflow.py: Wagtail's
    starter workflow goes, and every page still has its review workflow."""

    migration = importlib.import_module(
        "home.migrations.0006_remove_default_moderators_workflow"
    )

    def remove(self):
        self.migration.remove_moderators_approval(apps, None)

    def test_the_starter_workflow_and_task_are_gone(self):
        self.assertFalse(Workflow.objects.filter(name="Moderators approval").exists())
        self.assertFalse(Task.objects.filter(name="Moderators approval").exists())
        self.assertEqual(Page.get_first_root_node().get_workflow().name, "常规审核")
        for assignment in WorkflowPage.objects.select_related("workflow"):
            with self.subTest(page=assignment.page_id):
                self.assertTrue(assignment.workflow.active)

    def test_a_page_assigned_to_it_falls_back_to_its_section_s_workflow(self):
        news_index = build_news_index(build_site())
        workflow, _ = self.starter_workflow()
        WorkflowPage.objects.create(page=news_index, workflow=workflow)
        self.remove()
        self.assertEqual(news_index.get_workflow().name, "常规审核")

    def test_a_starter_workflow_that_reviewed_pages_keeps_its_history(self):
        news = build_news(
            build_news_index(build_site()), "社区停水通知", date(2026, 11, 20)
        )
        workflow, _ = self.starter_workflow()
        state = WorkflowState.objects.create(
            workflow=workflow,
            content_object=news,
            content_type=news.content_type,
            base_content_type=news.get_base_content_type(),
            status=WorkflowState.STATUS_APPROVED,
        )
        self.remove()
        self.assertTrue(WorkflowState.objects.filter(pk=state.pk).exists())
        self.assertTrue(Workflow.objects.filter(pk=workflow.pk).exists())

    def starter_workflow(self):
        """Wagtail's own, as its migration makes it."""
        workflow = Workflow.objects.create(name="Moderators approval", active=False)
        task = GroupApprovalTask.objects.create(name="Moderators approval")
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        return workflow, task


class NothingFromOutsideTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news = build_news(
            build_news_index(build_site()), "社区停水通知", date(2026, 11, 20)
        )
        cls.editor = build_staff("editor", "编辑")
        cls.superuser = build_editor("chief-editor")

    def test_no_avatar_comes_from_gravatar(self):
        self.client.force_login(self.editor)
        for url in (
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_pages:edit", args=[self.news.pk]),
            reverse("wagtailadmin_account"),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("gravatar.com", response.content.decode())

    def test_the_dashboard_asks_no_server_abroad_for_upgrades(self):
        self.client.force_login(self.superuser)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotIn("data-w-upgrade", dashboard.content.decode())
