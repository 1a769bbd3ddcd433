"""The demo site: `load_demo` builds a believable 康乐社区网 from the project's
own data, marks what it invents, and running it again changes nothing."""

from contextlib import redirect_stdout
from datetime import date
from io import StringIO
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site, WorkflowState

from culture.models import (
    BuildingIndexPage,
    BuildingPage,
    FamilyMaxim,
    FamilyMaximReaderPage,
    FamilyStoryIndexPage,
    FamilyStoryPage,
    HonourBoardIndexPage,
    HonourBoardPage,
    Nomination,
    RoleModelIndexPage,
    RoleModelPage,
)
from culture.models.buildings import THEME_CHOICES as BUILDING_THEMES
from culture.models.categories import CATEGORY_CHOICES
from culture.models.common import GalleryPhoto
from culture.models.honour_boards import BOARD_CHOICES
from home.demo.data import demo_data
from home.demo.images import SUBJECTS, draw_illustration
from home.models import (
    ActivityIndexPage,
    ActivityPage,
    Compound,
    HomePage,
    NewsIndexPage,
    NewsPage,
    SiteSettings,
    StandardPage,
)
from home.models.base import public_pages
from legal.models import (
    LegalArticleIndexPage,
    LegalArticlePage,
    LegalServiceDirectoryPage,
    LegalServicePointPage,
)
from tests.admin_forms import use_page_editor
from tests.builders import build_news, build_password_restriction, sign_in_to_admin
from tests.html import soup


def load_demo(*args):
    """Everything the command puts on the terminal, mail that the console
    backend writes included."""
    with redirect_stdout(StringIO()) as terminal:
        call_command("load_demo", *args)
    return terminal.getvalue()


CONSOLE_MAIL = "django.core.mail.backends.console.EmailBackend"
SITE_MAP_URL = "/site-map/"
# The sections a reader must find: the index page of each kind of content.
SECTION_TYPES = [
    NewsIndexPage,
    RoleModelIndexPage,
    HonourBoardIndexPage,
    FamilyStoryIndexPage,
    FamilyMaximReaderPage,
    BuildingIndexPage,
    LegalServiceDirectoryPage,
    LegalArticleIndexPage,
    ActivityIndexPage,
]


def linked_paths(response):
    """The paths of the site's own addresses a page links to."""
    paths = set()
    for link in soup(response).select("a[href]"):
        address = urlsplit(link["href"])
        if not address.netloc and address.path.startswith("/"):
            paths.add(address.path)
    return paths


def clicks_from_home(client, clicks, passing_over=()):
    """{path: clicks} for every address a reader reaches from the home page in
    at most ``clicks`` clicks, walking the links breadth-first; the pages in
    ``passing_over`` are reached but not read on."""
    reached = {"/": 0}
    frontier = ["/"]
    for click in range(1, clicks + 1):
        following = []
        for path in frontier:
            response = client.get(path)
            if response.status_code != 200 or "html" not in response["Content-Type"]:
                continue
            for linked in linked_paths(response) - reached.keys():
                reached[linked] = click
                if linked not in passing_over:
                    following.append(linked)
        frontier = following
    return reached


def snapshot():
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "title", "live")),
        "revisions": Revision.objects.count(),
        "compounds": list(Compound.objects.values_list("pk", "name")),
        "images": list(get_image_model().objects.values_list("pk", "file")),
    }


def registered_drawings():
    """Every drawing of ``home.demo.images``, as the JPEG the loader stores,
    mapped to the name of the subject it shows."""
    return {
        draw_illustration(name, variant): name
        for name, subject in SUBJECTS.items()
        for variant in range(len(subject.drawings))
    }


def texts_going_with(image):
    """What an editor or a visitor reads about ``image``: its title, its alt
    text and the captions of the galleries showing it."""
    captions = [
        caption
        for gallery in GalleryPhoto.__subclasses__()
        for caption in gallery.objects.filter(image=image).values_list(
            "caption", flat=True
        )
    ]
    return [image.title, image.description, *captions]


def pictures_contradicting_their_texts():
    """Each demo picture is recognised by its pixels as one registered drawing;
    every text going with it must name that drawing's subject. So two captions
    share a drawing only when both name its subject, and a caption pointed at
    another drawing, or swapped with another, is caught."""
    drawings = registered_drawings()
    images = get_image_model().objects.all()
    problems = [] if images else ["the demo has no pictures"]
    for image in images:
        with image.file.open("rb") as stored:
            subject = drawings.get(stored.read())
        if subject is None:
            problems.append(f"{image.title}: not a registered drawing")
            continue
        for text in texts_going_with(image):
            if not all(word in text for word in SUBJECTS[subject].words):
                problems.append(
                    f"{text} goes with a drawing of {subject}: "
                    f"{SUBJECTS[subject].description}"
                )
    return problems


class DemoDrawingsTest(SimpleTestCase):
    def test_every_drawing_differs_from_every_other(self):
        drawn = sum(len(subject.drawings) for subject in SUBJECTS.values())
        self.assertEqual(len(registered_drawings()), drawn)

    def test_a_subject_is_named_by_its_own_description_and_no_other(self):
        for name, subject in SUBJECTS.items():
            with self.subTest(subject=name):
                named_by = {
                    other_name
                    for other_name, other in SUBJECTS.items()
                    if all(word in other.description for word in subject.words)
                }
                self.assertEqual(named_by, {name})


class LoadDemoTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        # Mail goes where `make run` sends it: to the terminal.
        with override_settings(EMAIL_BACKEND=CONSOLE_MAIL):
            cls.first_output = load_demo()

    def test_builds_the_site_tree_with_news_and_about_pages(self):
        home = HomePage.objects.get()
        self.assertEqual(Site.objects.get(is_default_site=True).root_page_id, home.pk)
        self.assertGreaterEqual(NewsPage.objects.live().count(), 12)
        months = {news.date.strftime("%Y-%m") for news in NewsPage.objects.all()}
        self.assertGreaterEqual(len(months), 4)
        slugs = set(StandardPage.objects.values_list("slug", flat=True))
        self.assertLessEqual({"about", "wuzhi", "contact", "dezhi"}, slugs)

    def test_home_page_shows_the_community_at_a_glance(self):
        response = self.client.get("/")
        for fact in ("0.55 平方公里", "3306 户", "11108 人", "13 个"):
            self.assertContains(response, fact)
        for governance in ("政治为领", "德治为先", "法治为本", "自治为基", "共治为魂"):
            self.assertContains(response, governance)
        self.assertContains(response, "全国文明单位")

    def test_legal_service_circle_with_the_five_named_points(self):
        names = set(
            LegalServicePointPage.objects.live().values_list("title", flat=True)
        )
        named = {
            "社区法治工作室",
            "平安法治志愿者工作站",
            "杨庄警务室",
            "调解室",
            "武捍东工作室",
        }
        self.assertLessEqual(named, names)
        self.assertEqual(len(names), 7)
        lead = LegalServicePointPage.objects.get(is_lead_point=True)
        self.assertEqual(lead.title, "社区法治工作室")
        self.assertTrue(lead.opening_exceptions.exists())
        self.assertContains(self.client.get("/legal-services/"), "12348")

    def test_the_culture_section_meets_the_issue_counts(self):
        role_models = RoleModelPage.objects.live()
        self.assertGreaterEqual(role_models.count(), 20)
        self.assertEqual(
            set(role_models.values_list("category", flat=True)),
            {slug for slug, _ in CATEGORY_CHOICES},
        )
        self.assertGreaterEqual(role_models.values("compound").distinct().count(), 5)
        boards = set(HonourBoardPage.objects.values_list("board", "year"))
        self.assertEqual(
            boards,
            {(slug, year) for slug, _ in BOARD_CHOICES for year in (2024, 2025)},
        )
        self.assertEqual(FamilyStoryPage.objects.live().count(), 8)
        self.assertEqual(FamilyMaxim.objects.count(), 30)
        self.assertEqual(
            sorted(BuildingPage.objects.values_list("theme", flat=True)),
            sorted(slug for slug, _ in BUILDING_THEMES),
        )
        self.assertTrue(Nomination.objects.filter(status=Nomination.PENDING).exists())

    def test_the_dezhi_page_leads_to_every_culture_section(self):
        response = self.client.get("/wuzhi/dezhi/")
        links = {a["href"] for a in soup(response).select("main a")}
        for url in (
            "/good-people/",
            "/honour-boards/",
            "/family-traditions/",
            "/family-maxims/",
            "/themed-buildings/",
        ):
            self.assertIn(url, links)

    def test_every_section_is_within_two_clicks_of_the_home_page(self):
        """Through the menu, the home page's blocks and the pages they lead
        to, not through the 网站地图 (which lists them all by design): the
        section holding each type of public page, and so each kind of
        content's index, is at most two clicks away."""
        home = HomePage.objects.get()
        reached = clicks_from_home(self.client, 2, passing_over={SITE_MAP_URL})
        sections = {page.path: page.url for page in public_pages().child_of(home)}
        section_of_type = {}
        for page in public_pages().descendant_of(home):
            section = sections[page.path[: len(home.path) + page.steplen]]
            section_of_type.setdefault(page.specific_class.__name__, set()).add(section)
        for model in SECTION_TYPES:
            self.assertIn(model.objects.live().get().url, sections.values())
        for page_type, urls in section_of_type.items():
            for url in urls:
                with self.subTest(page_type=page_type, section=url):
                    self.assertLessEqual(reached.get(url, 99), 2)

    def test_the_home_page_features_the_dezhi_sections_out_of_the_menu(self):
        response = self.client.get("/")
        menu = {a["href"] for a in soup(response).select(".main-menu a")}
        featured = {a["href"] for a in soup(response).select("main .section-links a")}
        for model in (
            HonourBoardIndexPage,
            FamilyStoryIndexPage,
            FamilyMaximReaderPage,
            BuildingIndexPage,
        ):
            url = model.objects.live().get().url
            with self.subTest(section=url):
                self.assertNotIn(url, menu)
                self.assertIn(url, featured)

    def test_the_site_map_lists_every_section_and_nothing_restricted(self):
        home = HomePage.objects.get()
        sections = [page.url for page in public_pages().child_of(home)]
        listed = {
            a["href"] for a in soup(self.client.get(SITE_MAP_URL)).select("main a")
        }
        self.assertLessEqual({*sections, "/wuzhi/dezhi/"}, listed)
        self.assertLessEqual(
            {model.objects.live().get().url for model in SECTION_TYPES}, listed
        )
        boards = HonourBoardIndexPage.objects.get()
        build_password_restriction(boards)
        listed = {
            a["href"] for a in soup(self.client.get(SITE_MAP_URL)).select("main a")
        }
        self.assertNotIn(boards.url, listed)
        self.assertEqual(set(sections) - listed, {boards.url})

    def test_role_models_have_generated_portraits_and_are_marked_invented(self):
        for page in RoleModelPage.objects.all():
            self.assertTrue(page.is_sample_content, page.title)
            self.assertIsNotNone(page.portrait, page.title)
            self.assertLessEqual(len(page.deed), 40, page.title)
        response = self.client.get(RoleModelPage.objects.first().url)
        self.assertContains(response, "示例内容")

    def test_a_year_of_monthly_activities_with_some_still_to_come(self):
        self.assertEqual(ActivityPage.objects.count(), 48)
        response = self.client.get("/activities/")
        upcoming = soup(response).find(
            "section", attrs={"aria-labelledby": "upcoming-title"}
        )
        self.assertGreater(len(upcoming.select(".card__title")), 0)

    def test_the_rule_of_law_page_leads_to_each_of_its_four_kinds(self):
        fazhi = StandardPage.objects.get(slug="fazhi")
        links = soup(self.client.get(fazhi.url)).select("ol a[href^='/activities/']")
        self.assertEqual(len(links), 4)
        for link in links:
            with self.subTest(kind=link.get_text()):
                page = soup(self.client.get(link["href"]))
                badges = {badge.get_text() for badge in page.select(".card .badge")}
                self.assertEqual(badges, {link.get_text()})

    def test_thirteen_compounds_with_the_three_named_ones_real(self):
        self.assertEqual(Compound.objects.count(), 13)
        self.assertEqual(
            sum(Compound.objects.values_list("households", flat=True)), 3306
        )
        named = Compound.objects.filter(name__in=["康乐新村", "杨庄街坊", "名门都汇"])
        self.assertFalse(named.filter(is_sample_content=True).exists())
        self.assertEqual(Compound.objects.filter(is_sample_content=True).count(), 10)

    def test_invented_content_is_labelled_on_the_page(self):
        news = NewsPage.objects.live().first()
        self.assertTrue(news.is_sample_content)
        self.assertContains(self.client.get(news.url), "示例内容")
        self.assertContains(self.client.get("/contact/"), "示例内容")

    def test_images_are_generated_locally_with_alt_text(self):
        images = get_image_model().objects.all()
        drawn = (
            len(demo_data("home", "images")["images"]) + RoleModelPage.objects.count()
        )
        self.assertGreater(images.count(), drawn)
        for image in images:
            self.assertTrue(image.description.startswith("示意插图"))
            self.assertGreater(image.file.size, 1000)

    def test_every_picture_shows_what_its_texts_say(self):
        self.assertEqual(pictures_contradicting_their_texts(), [])

    def test_site_settings_fill_the_footer(self):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        self.assertIn("示例", settings.contact_phone)
        self.assertContains(self.client.get("/"), settings.icp_number)

    def test_every_demo_page_renders(self):
        for page in Page.objects.live().specific().filter(depth__gt=1):
            with self.subTest(page=page.url):
                self.assertEqual(self.client.get(page.url).status_code, 200)

    def test_every_demo_page_links_to_the_privacy_page_in_its_footer(self):
        for page in Page.objects.live().specific().filter(depth__gt=1):
            with self.subTest(page=page.url):
                footer = soup(self.client.get(page.url)).find("footer")
                self.assertIsNotNone(footer.find("a", href="/privacy/"))

    def test_the_privacy_page_names_the_demo_contact(self):
        response = self.client.get("/privacy/")
        site_settings = demo_data("home", "community")["site_settings"]
        self.assertContains(response, site_settings["contact_phone"])
        self.assertContains(response, "kangle_visitor")
        # No page of the demo hides behind the privacy page's address.
        self.assertFalse(Page.objects.filter(url_path__endswith="/privacy/").exists())

    def test_search_and_the_admin_know_where_each_demo_image_is_used(self):
        news = NewsPage.objects.live().filter(lead_image__isnull=False).first()
        response = self.client.get("/search/", {"q": news.title})
        self.assertIn(news.url, {a["href"] for a in soup(response).select("main a")})
        sign_in_to_admin(self.client, "editor", "kangle-test-password")
        usage = self.client.get(
            reverse("wagtailimages:image_usage", args=[news.lead_image_id])
        )
        self.assertContains(usage, news.title)

    def test_running_again_changes_nothing(self):
        before = snapshot()
        output = load_demo()
        self.assertEqual(snapshot(), before)
        self.assertIn("没有改动", output)

    def test_reset_rebuilds_the_demo(self):
        old_home = HomePage.objects.get().pk
        images = get_image_model().objects.count()
        load_demo("--reset")
        self.assertNotEqual(HomePage.objects.get().pk, old_home)
        self.assertEqual(Compound.objects.count(), 13)
        news = demo_data("home", "news")
        self.assertEqual(
            NewsPage.objects.count(), len(news["news"]) + len(news["drafts"])
        )
        self.assertEqual(get_image_model().objects.count(), images)

    def test_prints_a_development_login_for_each_role(self):
        self.assertIn("密码都是 kangle-test-password", self.first_output)
        for username, role in (
            ("admin", "超级管理员"),
            ("editor", "编辑"),
            ("reviewer", "审核员"),
            ("lawyer", "法律审核"),
            ("siteadmin", "站点管理员"),
        ):
            with self.subTest(username=username):
                self.assertIn(f"{username}（{role}）", self.first_output)
                signed_in = sign_in_to_admin(
                    self.client, username, "kangle-test-password"
                )
                self.assertRedirects(signed_in, "/admin/")
                self.assertEqual(self.client.get("/admin/").status_code, 200)
        self.assertEqual(
            set(
                get_user_model()
                .objects.get(username="lawyer")
                .groups.values_list("name", flat=True)
            ),
            {"法律审核"},
        )

    def test_the_terminal_shows_no_mail_and_ends_with_the_logins(self):
        for header in ("Subject:", "Content-Type:"):
            self.assertNotIn(header, self.first_output)
        lines = self.first_output.strip().splitlines()
        self.assertIn("开发用账号", lines[-6])
        self.assertEqual(
            [line.split()[0] for line in lines[-5:]],
            [
                "admin（超级管理员）",
                "editor（编辑）",
                "reviewer（审核员）",
                "lawyer（法律审核）",
                "siteadmin（站点管理员）",
            ],
        )

    def test_reviewers_are_still_mailed_about_later_submissions(self):
        news_index = NewsIndexPage.objects.get()
        draft = build_news(news_index, "停水通知", date(2026, 12, 1), live=False)
        editor = get_user_model().objects.get(username="editor")
        draft.save_revision(user=editor)
        draft.get_workflow().start(draft, editor)
        recipients = {address for message in mail.outbox for address in message.to}
        self.assertIn("reviewer@example.invalid", recipients)

    def test_the_review_queue_is_not_empty(self):
        in_review = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS
        )
        sent_back = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_NEEDS_CHANGES
        )
        self.assertEqual(in_review.count(), 1)
        self.assertEqual(sent_back.count(), 1)
        sign_in_to_admin(self.client, "reviewer", "kangle-test-password")
        self.assertContains(self.client.get("/admin/"), "入冬前请检查家中水管保温")

    def test_the_reviewer_approves_the_waiting_draft_in_the_editor(self):
        waiting = WorkflowState.objects.get(status=WorkflowState.STATUS_IN_PROGRESS)
        draft = waiting.content_object.specific
        sign_in_to_admin(self.client, "reviewer", "kangle-test-password")
        use_page_editor(self.client, draft, workflow_action="approve")
        draft.refresh_from_db()
        self.assertTrue(draft.live)
        self.assertFalse(draft.workflow_in_progress)


class ScaledDemoTest(TestCase):
    """`load_demo --scale N` adds generated sample content in bulk (2,000 news
    articles, 500 role models and 200 legal articles at 1) that reads, lists and
    searches like the rest of the demo."""

    @classmethod
    def setUpTestData(cls):
        load_demo("--scale", "0.01")

    def generated(self, model):
        return model.objects.filter(slug__startswith="sample-")

    def test_a_hundredth_of_the_full_size_is_added_live_and_labelled(self):
        for model, count in ((NewsPage, 20), (RoleModelPage, 5), (LegalArticlePage, 2)):
            with self.subTest(model=model.__name__):
                pages = self.generated(model)
                self.assertEqual(pages.live().count(), count)
                self.assertFalse(pages.filter(is_sample_content=False).exists())
                self.assertContains(self.client.get(pages.first().url), "示例内容")

    def test_generated_news_is_spread_over_compounds_dates_and_tags(self):
        news = self.generated(NewsPage)
        titles = list(news.values_list("title", flat=True))
        compounds = {
            c.name for c in Compound.objects.all() if any(c.name in t for t in titles)
        }
        self.assertGreaterEqual(len(compounds), 10)
        self.assertGreaterEqual(
            len({day.year for day in news.dates("date", "year")}), 5
        )
        response = self.client.get("/news/", {"tag": "普法"})
        self.assertGreater(len(soup(response).select(".card__title")), 1)

    def test_generated_role_models_cover_every_category(self):
        role_models = self.generated(RoleModelPage)
        self.assertEqual(
            set(role_models.values_list("category", flat=True)),
            {slug for slug, _ in CATEGORY_CHOICES},
        )
        for page in role_models:
            page.full_clean()
            self.assertIsNotNone(page.portrait)

    def test_generated_portraits_too_show_what_their_texts_say(self):
        self.assertEqual(pictures_contradicting_their_texts(), [])

    def test_generated_pages_are_found_by_search(self):
        role_model = self.generated(RoleModelPage).first()
        response = self.client.get("/search/", {"q": role_model.name})
        self.assertIn(
            role_model.url, {a["href"] for a in soup(response).select("main a")}
        )

    def test_the_page_tree_stays_sound(self):
        self.assertEqual(
            [problem for problems in Page.find_problems() for problem in problems],
            [],
        )

    def test_the_database_knows_how_many_pages_it_now_holds(self):
        """Planner statistics are refreshed after the bulk insert: with stale
        ones PostgreSQL joined thousands of pages in nested loops. (PostgreSQL
        keeps a rolled-back test's statistics, so this test loads its own.)"""
        load_demo("--scale", "0.03")
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT reltuples FROM pg_class WHERE relname = 'wagtailcore_page'"
                )
            else:
                # sqlite_stat1's stat column begins with the table's row count.
                cursor.execute(
                    "SELECT stat FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'"
                )
            (estimate,) = cursor.fetchone()
        self.assertEqual(int(float(str(estimate).split()[0])), Page.objects.count())

    def test_running_again_changes_nothing_and_a_larger_scale_adds_the_rest(self):
        before = snapshot()
        self.assertIn("没有改动", load_demo("--scale", "0.01"))
        self.assertEqual(snapshot(), before)
        load_demo("--scale", "0.02")
        self.assertEqual(self.generated(NewsPage).count(), 40)
        self.assertEqual(self.generated(RoleModelPage).count(), 10)


class ScaleArgumentTest(SimpleTestCase):
    def test_a_scale_that_is_not_a_positive_number_is_refused_in_chinese(self):
        for value in ("0", "-1", "abc", "nan", "inf"):
            with (
                self.subTest(value=value),
                self.assertRaisesMessage(CommandError, "规模须为正数"),
            ):
                load_demo("--scale", value)


class DemoAccountTest(TestCase):
    @override_settings(DEMO_ADMIN_PASSWORD=None)
    def test_no_account_without_a_development_password(self):
        output = load_demo()
        self.assertNotIn("密码", output)
        self.assertFalse(get_user_model().objects.exists())
