"""Site search finds what a resident types in Chinese: words inside longer
phrases, local names, digits and Latin letters, traditional characters and
full-width input, synonyms and editors' promotions; results come by section
with dates and highlighted extracts, and odd input never breaks the page."""

from datetime import date

from django.test import TestCase
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import get_page_models
from wagtail.search.models import IndexEntry

from consultation.models import TopicIndexPage, TopicPage
from culture.models import (
    BuildingIndexPage,
    BuildingPage,
    FamilyMaximReaderPage,
    FamilyStoryIndexPage,
    FamilyStoryPage,
    HonourBoardIndexPage,
    HonourBoardPage,
    RoleModelIndexPage,
    RoleModelPage,
)
from home.models import (
    ActivityIndexPage,
    ActivityPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    SearchSynonym,
    StandardPage,
)
from home.text import words
from legal.models import (
    LegalArticleIndexPage,
    LegalArticlePage,
    LegalQuizPage,
    LegalServiceDirectoryPage,
    LegalServicePointPage,
)
from tests.builders import (
    build_editor,
    build_news,
    build_news_index,
    build_password_restriction,
    build_site,
    build_site_settings,
    build_standard_page,
)
from tests.html import soup, texts


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


class SearchTestCase(TestCase):
    def search(self, query, **params):
        response = self.client.get("/search/", {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        return response

    def found(self, query, **params):
        """The titles of the results, in order, as the resident sees them."""
        page = soup(self.search(query, **params))
        return texts(page.select(".search-results h2"))


class FindingWordsInsidePhrasesTest(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.news = build_news_index(cls.home)
        build_news(cls.news, "矛盾调解服务在社区法治工作室开展", date(2026, 5, 1))
        build_news(cls.news, "申请法律援助的条件有哪些", date(2026, 5, 2))
        build_news(cls.news, "康乐好人一条街新添十位好人", date(2026, 5, 3))
        build_news(
            cls.news,
            "武庄8号楼群自管会换届",
            date(2026, 5, 4),
            body=body("居民可拨打12348咨询，也可以加入楼栋QQ群。"),
        )
        build_standard_page(
            cls.home,
            "十分钟法律服务圈",
            "circle",
            body=body("五个服务点步行十分钟都能走到。"),
        )
        build_news(cls.news, "社区运动会圆满结束", date(2026, 5, 5))

    def test_a_word_finds_the_phrase_it_stands_in(self):
        self.assertEqual(self.found("调解"), ["矛盾调解服务在社区法治工作室开展"])
        self.assertEqual(self.found("法律援助"), ["申请法律援助的条件有哪些"])
        self.assertEqual(self.found("好人"), ["康乐好人一条街新添十位好人"])

    def test_parts_of_long_local_names_still_match(self):
        self.assertEqual(self.found("法律服务"), ["十分钟法律服务圈"])
        self.assertEqual(self.found("十分钟"), ["十分钟法律服务圈"])

    def test_digits_and_latin_letters_mixed_with_chinese(self):
        for query in ("12348", "8号楼", "QQ群", "qq群"):
            with self.subTest(query=query):
                self.assertEqual(self.found(query), ["武庄8号楼群自管会换届"])

    def test_full_width_and_traditional_input(self):
        self.assertEqual(self.found("１２３４８"), ["武庄8号楼群自管会换届"])
        self.assertEqual(self.found("ＱＱ群"), ["武庄8号楼群自管会换届"])
        self.assertEqual(self.found("調解"), ["矛盾调解服务在社区法治工作室开展"])
        self.assertEqual(self.found("申請法律援助"), ["申请法律援助的条件有哪些"])

    def test_question_words_are_ignored(self):
        self.assertEqual(self.found("怎么申请法律援助？"), ["申请法律援助的条件有哪些"])

    def test_when_no_page_has_every_word_pages_with_some_are_shown(self):
        self.assertIn("申请法律援助的条件有哪些", self.found("法律援助 运动员"))

    def test_count_of_results(self):
        response = self.search("社区")
        self.assertContains(response, "“社区”共找到 4 条结果")


class LocalNameDictionaryTest(TestCase):
    def test_local_names_stay_whole(self):
        for name in (
            "康乐好人一条街",
            "杨庄街坊",
            "武捍东工作室",
            "十分钟法律服务圈",
            "双晒双做",
        ):
            with self.subTest(name=name):
                self.assertIn(name, words(f"我们去{name}看看"))


class RankingAndPresentationTest(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.news = build_news_index(cls.home)
        cls.in_title = build_news(cls.news, "志愿者招募开始", date(2026, 4, 1))
        # Created later and dated later: only the title can put the other first.
        cls.body_only = build_news(
            cls.news,
            "社区简讯",
            date(2026, 6, 1),
            summary="本周要闻",
            body=body("志愿者 志愿者 志愿者在街头服务，志愿者很多。"),
        )
        cls.script = build_standard_page(
            cls.home,
            "<b>调解</b>须知",
            "notice",
            summary="调解前请带上<script>alert(1)</script>身份证。",
        )

    def test_a_title_match_ranks_above_a_body_match(self):
        self.assertEqual(self.found("志愿者"), ["志愿者招募开始", "社区简讯"])

    def test_each_result_shows_its_section_date_and_highlighted_extract(self):
        page = soup(self.search("志愿者"))
        first = page.select(".search-results li")[1]
        self.assertEqual(first.select_one(".search-result__section").text, "新闻")
        self.assertEqual(first.time["datetime"], "2026-06-01")
        marks = texts(first.select(".search-result__snippet mark"))
        self.assertGreaterEqual(len(marks), 2)
        self.assertEqual(set(marks), {"志愿者"})

    def test_highlighting_escapes_html_from_titles_and_text(self):
        response = self.search("调解")
        html = response.content.decode()
        self.assertIn("&lt;b&gt;<mark>调解</mark>&lt;/b&gt;须知", html)
        self.assertNotIn("<script>alert(1)</script>", html)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", html)


class SectionsAndPaginationTest(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.news = build_news_index(cls.home)
        for number in range(12):
            build_news(cls.news, f"志愿服务第{number + 1}期", date(2026, 3, number + 1))
        build_standard_page(cls.home, "志愿服务介绍", "volunteering")

    def test_results_are_counted_by_section_and_can_be_filtered(self):
        page = soup(self.search("志愿服务"))
        sections = texts(page.select(".search-sections a"))
        self.assertEqual(sections, ["全部（13）", "新闻（12）", "社区介绍（1）"])
        self.assertEqual(self.found("志愿服务", section="社区介绍"), ["志愿服务介绍"])
        self.assertEqual(len(self.found("志愿服务", section="新闻")), 10)

    def test_section_filter_keeps_the_query_in_links(self):
        page = soup(self.search("志愿服务"))
        news_link = page.select(".search-sections a")[1]["href"]
        self.assertIn("q=%E5%BF%97%E6%84%BF%E6%9C%8D%E5%8A%A1", news_link)
        self.assertIn("section=%E6%96%B0%E9%97%BB", news_link)

    def test_unknown_section_shows_everything_with_a_message(self):
        response = self.search("志愿服务", section="<script>")
        self.assertContains(response, "没有“&lt;script&gt;”这个栏目")
        self.assertEqual(len(soup(response).select(".search-results li")), 10)

    def test_results_are_paginated_and_bad_page_numbers_are_forgiven(self):
        self.assertEqual(len(self.found("志愿服务", page="2")), 3)
        for bad in ("abc", "-1", "99999", "9" * 300):
            with self.subTest(page=bad):
                self.assertTrue(self.found("志愿服务", page=bad))


class SynonymsAndPromotionsTest(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.news = build_news_index(cls.home)
        cls.lawsuit = build_news(cls.news, "诉讼费用可以缓交", date(2026, 5, 1))
        cls.elderly = build_news(cls.news, "老年人权益保障讲座", date(2026, 5, 2))
        cls.office = build_standard_page(cls.home, "社区办事指南", "services")
        SearchSynonym.objects.create(term="打官司", alternatives="诉讼、起诉")
        SearchSynonym.objects.create(term="老人", alternatives="老年人")

    def test_synonyms_find_the_words_the_site_uses(self):
        self.assertEqual(self.found("打官司"), ["诉讼费用可以缓交"])
        self.assertEqual(self.found("怎么打官司"), ["诉讼费用可以缓交"])
        self.assertEqual(self.found("老人权益"), ["老年人权益保障讲座"])

    def test_editors_add_a_synonym_in_the_admin(self):
        editor = build_editor()
        self.client.force_login(editor)
        response = self.client.post(
            "/admin/snippets/home/searchsynonym/add/",
            {"term": "老伴", "alternatives": "老年人，夫妻"},
        )
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        self.assertEqual(self.found("老伴权益"), ["老年人权益保障讲座"])

    def test_a_synonym_needs_at_least_one_alternative(self):
        editor = build_editor()
        self.client.force_login(editor)
        response = self.client.post(
            "/admin/snippets/home/searchsynonym/add/",
            {"term": "老伴", "alternatives": "，、 "},
        )
        self.assertContains(response, "请至少填写一个词。")
        self.assertFalse(SearchSynonym.objects.filter(term="老伴").exists())

    def test_editors_promoted_page_leads_the_results(self):
        SearchPromotion.objects.create(
            query=Query.get("办证"), page=self.office, sort_order=0
        )
        page = soup(self.search("办证"))
        promoted = page.find("section", attrs={"aria-labelledby": "promoted-title"})
        self.assertEqual(
            texts(promoted.select(".section-link__title")), ["社区办事指南"]
        )

    def test_promotion_needs_a_live_page(self):
        SearchPromotion.objects.create(query=Query.get("办证"), page=self.office)
        self.office.unpublish()
        self.assertNotContains(self.search("办证"), "推荐结果")

    def test_promotion_of_a_private_page_is_not_shown(self):
        build_password_restriction(self.office)
        SearchPromotion.objects.create(query=Query.get("办证"), page=self.office)
        self.assertNotContains(self.search("办证"), "推荐结果")


class NoResultsTest(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.directory = build_standard_page(cls.home, "法律服务点目录", "directory")
        build_site_settings(hotline="12348 公共法律服务热线", help_page=cls.directory)

    def test_no_results_suggests_the_directory_the_hotline_and_popular_searches(self):
        SearchPromotion.objects.create(
            query=Query.get("法律服务点"), page=self.directory
        )
        self.found("法律服务点")
        self.found("社区")
        page = soup(self.search("火星移民"))
        help_box = page.find("section", attrs={"aria-labelledby": "no-results-title"})
        self.assertIn("没有找到相关内容", help_box.get_text())
        self.assertEqual(help_box.a["href"], "/directory/")
        self.assertIn("拨打12348 公共法律服务热线", help_box.get_text())
        self.assertEqual(texts(help_box.select(".tags a")), ["法律服务点"])

    def test_a_search_promoting_only_a_restricted_page_is_not_suggested(self):
        SearchPromotion.objects.create(
            query=Query.get("法律服务点"), page=self.directory
        )
        self.found("法律服务点")
        build_password_restriction(self.directory)
        page = soup(self.search("火星移民"))
        help_box = page.find("section", attrs={"aria-labelledby": "no-results-title"})
        self.assertEqual(texts(help_box.select(".tags a")), [])

    def test_searches_that_found_nothing_never_become_popular(self):
        self.found("火星移民")
        self.assertFalse(Query.objects.filter(query_string="火星移民").exists())

    def test_paging_through_results_counts_the_search_once(self):
        self.found("法律服务点")
        self.found("法律服务点", page="2")
        self.found("法律服务点", section="社区介绍")
        hits = Query.objects.get(query_string="法律服务点").daily_hits.get().hits
        self.assertEqual(hits, 1)


class BadInputTest(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        build_standard_page(cls.home, "社区简介", "about")

    def test_odd_input_gets_a_page_in_the_site_style(self):
        cases = [
            "",
            "   ",
            "好" * 1000,
            "，。！？",
            '" OR 1=1 --',
            "*",
            "NEAR(",
            "社区 NEAR(简介",
            "title:社区",
            "😀",
            "社区\x00\x1f简介",
            "'; DROP TABLE wagtailcore_page; --",
            "社区\x00",
            "\\ '' &|!:*",
        ]
        for query in cases:
            with self.subTest(query=query):
                response = self.search(query, page="abc", section="x\x00" * 300)
                page = soup(response)
                self.assertEqual(page.h1.get_text(), "站内搜索")
                self.assertIsNotNone(page.find("nav", attrs={"aria-label": "主导航"}))

    def test_empty_search_explains_what_to_type(self):
        self.assertContains(self.search(""), "请输入要查找的内容")

    def test_only_punctuation_or_stop_words_says_there_is_nothing_to_look_for(self):
        for query in ("，。！？", "的", "😀"):
            with self.subTest(query=query):
                self.assertContains(self.search(query), "里没有可以查找的词")

    def test_very_long_query_is_cut_to_a_hundred_characters(self):
        page = soup(self.search("好" * 1000))
        self.assertEqual(len(page.select_one("#search-page-input")["value"]), 100)

    def test_search_results_are_kept_out_of_search_engines(self):
        self.assertContains(
            self.search("社区"), '<meta name="robots" content="noindex, follow">'
        )


class KeepingTheIndexCurrentTest(SearchTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.news = build_news_index(cls.home)

    def test_publishing_unpublishing_and_deleting_update_search(self):
        page = build_news(self.news, "垃圾分类新规", date(2026, 7, 1), live=False)
        self.assertEqual(self.found("垃圾分类"), [])
        page.save_revision().publish()
        self.assertEqual(self.found("垃圾分类"), ["垃圾分类新规"])
        page.refresh_from_db()
        page.unpublish()
        self.assertEqual(self.found("垃圾分类"), [])
        page.save_revision().publish()
        page.refresh_from_db()
        page.delete()
        self.assertEqual(self.found("垃圾分类"), [])
        self.assertFalse(IndexEntry.objects.filter(object_id=str(page.pk)).exists())

    def test_editing_a_published_page_updates_what_it_is_found_by(self):
        page = build_news(
            self.news,
            "停水通知",
            date(2026, 7, 2),
            summary="明日检修",
            body=body("检修"),
        )
        page.title = "停电通知"
        page.save_revision().publish()
        self.assertEqual(self.found("停电"), ["停电通知"])
        self.assertEqual(self.found("停水"), [])


class AdminPageSearchTest(TestCase):
    """Editors find a page in the admin by any part of its Chinese title: the
    admin matches the start of a word, and Chinese has no spaces."""

    @classmethod
    def setUpTestData(cls):
        cls.news = build_news_index(build_site())
        build_news(cls.news, "社区举办重阳敬老宴", date(2026, 10, 29))
        build_news(cls.news, "8号楼群完成微更新", date(2026, 9, 1))
        cls.editor = build_editor()

    def admin_search(self, query):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_pages:search"), {"q": query})
        self.assertEqual(response.status_code, 200)
        return texts(soup(response).select(".title-wrapper a"))

    def test_a_part_from_the_middle_of_a_title_finds_the_page(self):
        for query in ("重阳敬老", "敬老宴", "社区举办", "楼群"):
            with self.subTest(query=query):
                self.assertEqual(len(self.admin_search(query)), 1)
        self.assertEqual(self.admin_search("重阳敬老"), ["社区举办重阳敬老宴"])
        self.assertEqual(self.admin_search("春节"), [])


class SearchFieldsTest(TestCase):
    """Every page type indexes its meaningful fields (a habit: they are easy to
    forget when a field is added)."""

    EXPECTED = {
        HomePage: {"title", "intro", "honours", "governances"},
        StandardPage: {"title", "summary", "body"},
        NewsIndexPage: {"title", "intro"},
        NewsPage: {"title", "summary", "body", "source", "tags"},
        LegalServiceDirectoryPage: {"title", "intro"},
        LegalServicePointPage: {"title", "summary", "body", "address", "services"},
        LegalArticleIndexPage: {"title", "intro"},
        LegalArticlePage: {"title", "summary", "body", "topic"},
        LegalQuizPage: {"title", "intro", "questions"},
        ActivityIndexPage: {"title", "intro"},
        ActivityPage: {"title", "summary", "report", "kind"},
        RoleModelIndexPage: {"title", "intro"},
        RoleModelPage: {"title", "name", "deed", "summary", "story", "compound"},
        HonourBoardIndexPage: {"title", "intro"},
        HonourBoardPage: {"title", "intro", "searchable_entries"},
        FamilyStoryIndexPage: {"title", "intro"},
        FamilyStoryPage: {"title", "family_name", "maxim", "summary", "story"},
        FamilyMaximReaderPage: {"title", "intro"},
        BuildingIndexPage: {"title", "intro"},
        BuildingPage: {
            "title",
            "summary",
            "reason",
            "stairwell",
            "activities",
            "compound",
        },
        TopicIndexPage: {"title", "intro"},
        TopicPage: {"title", "summary", "background", "minutes", "decision", "result"},
    }

    def test_every_page_type_is_checked(self):
        site_page_types = {
            model
            for model in get_page_models()
            if model._meta.app_label != "wagtailcore"
        }
        self.assertEqual(site_page_types, set(self.EXPECTED))

    def test_meaningful_fields_are_searchable(self):
        from wagtail.search import index

        for model, expected in self.EXPECTED.items():
            with self.subTest(model=model.__name__):
                indexed = {
                    field.field_name
                    for field in model.get_search_fields()
                    if isinstance(field, index.SearchField | index.RelatedFields)
                }
                self.assertLessEqual(expected, indexed)
