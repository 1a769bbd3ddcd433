"""What a view restriction hides stays hidden wherever another page shows it:
an honour board's entries and poster, an activity's place and calendar, the
maxims of a family, the home page's sections, the search page's help link,
and an alias of a page inside a private section. Every way one page can show
another is listed here, so a new one fails the first test until it is covered."""

from datetime import timedelta

from django.apps import apps
from django.db import models
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

from tests.builders import (
    build_activity,
    build_activity_index,
    build_directory,
    build_editor,
    build_family_index,
    build_family_story,
    build_honour_board,
    build_honour_board_index,
    build_maxim,
    build_maxim_reader,
    build_news,
    build_news_index,
    build_password_restriction,
    build_point,
    build_role_model,
    build_site,
    build_site_settings,
    build_standard_page,
    build_street,
    publish,
)
from tests.html import landmark, texts

PROJECT_APPS = ("home", "culture", "legal")

# Every field through which a page shows another page, and the test that
# proves the other page disappears from it once it is restricted.
SHOWN_LINKS = {
    "culture.HonourBoardEntry.role_model": "HonourBoardTest",
    "home.ActivityPage.place_page": "ActivityPlaceTest",
    "culture.FamilyMaxim.family": "FamilyMaximTest",
    "home.SiteSettings.help_page": "SearchHelpPageTest",
    "home.HomePage.governances": "HomePageChoicesTest",
    "home.HomePage.featured_sections": "HomePageChoicesTest",
}
# Links to pages that no visitor sees.
UNSHOWN_LINKS = {
    "culture.Nomination.role_model_page": "the admin's link to the draft made",
    "culture.Praise.role_model": "a count, shown on the role model's own page",
}


def stream_chooses_a_page(block):
    if isinstance(block, blocks.PageChooserBlock):
        return True
    children = getattr(block, "child_blocks", None) or {}
    child = getattr(block, "child_block", None)
    return any(stream_chooses_a_page(b) for b in [*children.values(), child] if b)


def links_to_pages():
    """``app.Model.field`` for each foreign key to a page and each StreamField
    with a page chooser in the project's models, leaving out the rows a page
    owns (their parental key points back at it)."""
    found = set()
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        for field in model._meta.get_fields():
            if field.auto_created or not field.concrete:
                continue
            if field.model._meta.app_label not in PROJECT_APPS:
                continue  # Wagtail's own fields of every page, such as alias_of
            if isinstance(field, StreamField):
                if stream_chooses_a_page(field.stream_block):
                    found.add(f"{model._meta.label}.{field.name}")
            elif (
                isinstance(field, models.ForeignKey)
                and issubclass(field.related_model, Page)
                and not isinstance(field, ParentalKey)
            ):
                found.add(f"{model._meta.label}.{field.name}")
    return found


class EveryLinkIsCoveredTest(TestCase):
    def test_each_way_a_page_shows_another_has_a_test(self):
        self.assertEqual(links_to_pages(), set(SHOWN_LINKS) | set(UNSHOWN_LINKS))
        for name in SHOWN_LINKS.values():
            self.assertIn(name, globals())


class RestrictionTestCase(TestCase):
    """Each test checks the pages first show the target, then restricts it."""

    def assertShowsThenHides(self, shown):
        """``shown`` maps each address to the words naming the target there."""
        for url, words in shown.items():
            body = self.client.get(url).content.decode()
            for word in words:
                self.assertIn(word, body, f"{url} should show {word} while public")
        build_password_restriction(self.target)
        for url, words in shown.items():
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            for word in words:
                self.assertNotIn(word, response.content.decode(), url)


class HonourBoardTest(RestrictionTestCase):
    @classmethod
    def setUpTestData(cls):
        home = build_site()
        street = build_street(home)
        cls.target = build_role_model(street, "周秀英", deed="二十年照料孤寡老人")
        cls.board = build_honour_board(
            build_honour_board_index(home),
            "virtue",
            2025,
            [cls.target, ("刘家", "邻里和睦")],
        )

    def test_the_board_and_its_poster_leave_out_a_restricted_role_model(self):
        poster = self.board.url + self.board.reverse_subpage("poster")
        named = ["周秀英", "二十年照料孤寡老人"]
        self.assertShowsThenHides(
            {self.board.url: [*named, self.target.url], poster: named}
        )
        self.assertContains(self.client.get(poster), "刘家")
        found = self.client.get("/search/", {"q": "周秀英"})
        self.assertNotContains(found, self.board.url)
        self.assertNotContains(found, self.target.url)


class ActivityPlaceTest(RestrictionTestCase):
    @classmethod
    def setUpTestData(cls):
        home = build_site()
        cls.target = build_point(
            build_directory(home), "调解室", "mediation-room", address="杨庄街坊9号"
        )
        cls.index = build_activity_index(home)
        cls.starts = timezone.localtime() + timedelta(days=3)
        cls.activity = build_activity(
            cls.index, "调解知识讲座", cls.starts, place_page=cls.target, place_text=""
        )

    def test_activities_do_not_name_a_restricted_service_point(self):
        month = self.index.url + self.index.reverse_subpage(
            "month", args=[self.starts.year, self.starts.month]
        )
        calendar = self.index.url + self.index.reverse_subpage("calendar")
        self.assertShowsThenHides(
            {
                self.activity.url: ["调解室", "杨庄街坊9号", self.target.url],
                self.index.url: ["调解室"],
                month: ["调解室"],
                calendar: ["LOCATION:调解室"],
            }
        )
        ical = self.client.get(calendar).content.decode()
        self.assertIn("LOCATION:地点请咨询社区居委会", ical)


class FamilyMaximTest(RestrictionTestCase):
    @classmethod
    def setUpTestData(cls):
        home = build_site()
        cls.target = build_family_story(build_family_index(home), "陈", "孝亲敬老")
        cls.reader = build_maxim_reader(home)
        build_maxim("百善孝为先", family=cls.target)

    def test_the_reader_keeps_the_maxim_without_naming_the_family(self):
        urls = [
            self.reader.url,
            self.reader.url + self.reader.reverse_subpage("theme", args=["filial"]),
            self.reader.url + self.reader.reverse_subpage("booklet"),
        ]
        self.assertShowsThenHides({url: ["陈家训", self.target.url] for url in urls})
        for url in urls:
            self.assertContains(self.client.get(url), "百善孝为先")


class SearchHelpPageTest(RestrictionTestCase):
    @classmethod
    def setUpTestData(cls):
        home = build_site()
        cls.target = build_standard_page(home, "办事帮助", "help")
        build_site_settings(help_page=cls.target)

    def test_a_search_without_results_does_not_offer_a_restricted_help_page(self):
        self.assertShowsThenHides({"/search/?q=火星移民": ["办事帮助", "/help/"]})


class HomePageChoicesTest(RestrictionTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.target = build_standard_page(cls.home, "自治为基", "self-governance")
        cls.home.governances = [
            (
                "governance",
                {
                    "title": "自治为基",
                    "slogan": "自治增动力",
                    "summary": "居民的事居民商量着办。",
                    "page": cls.target,
                },
            )
        ]
        cls.home.featured_sections = [
            ("section", {"page": cls.target, "title": "民生茶馆", "description": ""})
        ]
        publish(cls.home)

    def test_the_home_page_neither_links_nor_features_a_restricted_page(self):
        self.assertShowsThenHides({"/": ["/self-governance/", "民生茶馆"]})
        self.assertContains(self.client.get("/"), "自治增动力")


class AliasInPrivateSectionTest(TestCase):
    """An alias of a page inside a restricted section is restricted too."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        cls.news = build_news_index(home, show_in_menus=True)
        staff = build_standard_page(home, "工作人员专区", "staff")
        cls.original = build_standard_page(staff, "内部通知", "internal-notice")
        build_password_restriction(staff)
        cls.alias = cls.original.create_alias(
            parent=home, update_slug="notice-copy", update_locale=None
        )
        Page.objects.filter(pk=cls.alias.pk).update(show_in_menus=True)

    def test_the_alias_asks_for_the_password(self):
        response = self.client.get(self.alias.url)
        self.assertContains(response, 'name="password"')
        self.assertNotContains(response, "康乐社区位于")

    def test_the_alias_is_in_no_menu_search_or_sitemap(self):
        self.assertNotIn("内部通知", texts(landmark(self.client.get("/"), "主导航")))
        news = build_news(self.news, "一条动态", timezone.localdate())
        self.assertNotIn(
            "内部通知", texts(landmark(self.client.get(news.url), "主导航"))
        )
        self.assertNotContains(
            self.client.get("/search/", {"q": "内部通知"}), "/notice-copy/"
        )
        self.assertNotContains(self.client.get("/sitemap.xml"), "/notice-copy/")

    def test_an_alias_made_after_a_visit_is_hidden_at_once(self):
        # The first visit keeps the private sections under the tree's
        # generation; making the alias must renew it.
        self.assertContains(self.client.get("/sitemap.xml"), "/news/")
        self.original.create_alias(
            parent=self.news, update_slug="notice-second-copy", update_locale=None
        )
        self.assertNotContains(self.client.get("/sitemap.xml"), "/notice-second-copy/")
        self.assertNotContains(
            self.client.get("/search/", {"q": "内部通知"}), "/notice-second-copy/"
        )


class RichTextLinkTest(RestrictionTestCase):
    """A link written into an article's text to a page that is then restricted
    keeps its words and loses its address."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        cls.target = build_standard_page(home, "网格员值班表", "grid-rota")
        link = f'<a linktype="page" id="{cls.target.pk}">值班安排</a>'
        cls.article = build_news(
            build_news_index(home),
            "网格员走访开始",
            timezone.localdate(),
            body=[("paragraph", f"<p>请看{link}。</p>")],
        )

    def test_the_article_keeps_the_words_without_the_address(self):
        self.assertShowsThenHides({self.article.url: [f'href="{self.target.url}"']})
        self.assertContains(self.client.get(self.article.url), "<a>值班安排</a>")


class NoticeBoardTest(TestCase):
    """The paper notice board prints only what the public may read online."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        news = build_news_index(home)
        today = timezone.localdate()
        cls.public = build_news(news, "社区开展消防演练", today)
        cls.private = build_news(news, "内部排班调整", today)
        build_password_restriction(cls.private)
        staff = build_standard_page(home, "工作人员专区", "staff")
        build_password_restriction(staff)
        staff_news = build_news_index(staff, "内部动态", "staff-news")
        original = build_news(staff_news, "内部会议通知", today)
        cls.alias = original.create_alias(parent=news, update_slug="meeting-copy")

    def test_restricted_items_and_aliases_of_them_are_neither_offered_nor_printed(
        self,
    ):
        self.client.force_login(build_editor())
        offered = self.client.get(reverse("notice_board")).content.decode()
        ids = [self.public.pk, self.private.pk, self.alias.pk]
        printed = self.client.get(reverse("notice_board_print"), {"page": ids})
        for sheet in (offered, printed.content.decode()):
            self.assertIn("社区开展消防演练", sheet)
            self.assertNotIn("内部排班调整", sheet)
            self.assertNotIn("内部会议通知", sheet)
