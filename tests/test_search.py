"""Site search: the search box leads to /search/, results are paginated, and odd
input gets a page in the site's style. Every page type indexes its meaningful
fields."""

from datetime import date

from django.test import TestCase
from wagtail.search import index

from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from tests.builders import build_news, build_news_index, build_site, build_standard_page


class SearchPageTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.about = build_standard_page(cls.home, "社区简介", "about")
        cls.index = build_news_index(cls.home)
        cls.article = build_news(cls.index, "好人", date(2026, 5, 1))
        for number in range(12):
            build_news(cls.index, "调解", date(2026, 4, 1 + number))
        cls.draft = build_news(cls.index, "草稿", date(2026, 5, 2), live=False)

    def test_search_finds_a_page_by_its_title(self):
        response = self.client.get("/search/", {"q": "社区简介"})
        self.assertContains(response, 'href="/about/"')
        self.assertContains(response, "共找到 1 条结果")

    def test_search_never_shows_drafts(self):
        response = self.client.get("/search/", {"q": "草稿"})
        self.assertContains(response, "共找到 0 条结果")
        self.assertContains(response, "没有找到相关内容")

    def test_results_are_paginated(self):
        first = self.client.get("/search/", {"q": "调解"})
        self.assertEqual(first.context["results"].paginator.count, 12)
        self.assertEqual(len(first.context["results"]), 10)
        second = self.client.get("/search/", {"q": "调解", "page": "2"})
        self.assertEqual(len(second.context["results"]), 2)

    def test_odd_input_gets_a_page_not_an_error(self):
        for query in (
            "",
            "   ",
            "好" * 1000,
            '" OR 1=1 --',
            "*",
            "NEAR(",
            "😀",
            "\x00\x1f",
        ):
            with self.subTest(query=query):
                response = self.client.get("/search/", {"q": query, "page": "abc"})
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "站内搜索")

    def test_empty_search_explains_what_to_type(self):
        response = self.client.get("/search/")
        self.assertContains(response, "请输入要查找的内容")

    def test_search_results_are_kept_out_of_search_engines(self):
        response = self.client.get("/search/", {"q": "好人"})
        self.assertContains(response, '<meta name="robots" content="noindex, follow">')


class SearchFieldsTest(TestCase):
    """Each page type's meaningful fields are indexed."""

    EXPECTED = {
        HomePage: {"title", "intro", "honours", "governances"},
        StandardPage: {"title", "summary", "body"},
        NewsIndexPage: {"title", "intro"},
        NewsPage: {"title", "summary", "body", "source", "tags"},
    }

    def test_meaningful_fields_are_searchable(self):
        for model, expected in self.EXPECTED.items():
            with self.subTest(model=model.__name__):
                indexed = {
                    field.field_name
                    for field in model.get_search_fields()
                    if isinstance(field, index.SearchField | index.RelatedFields)
                }
                self.assertLessEqual(expected, indexed)
