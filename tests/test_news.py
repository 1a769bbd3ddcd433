"""社区动态: the news index with pagination, tag and year filters and feeds, and
each article with its date, tags, neighbours and related articles."""

import xml.etree.ElementTree as ET
from datetime import date

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from home.models import NewsPage
from tests.builders import (
    build_image,
    build_news,
    build_news_index,
    build_news_series,
    build_site,
)
from tests.html import landmark, soup, texts

ATOM = "{http://www.w3.org/2005/Atom}"


class NewsIndexTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.index = build_news_index(cls.home)
        cls.series = build_news_series(cls.index, 23, start=date(2026, 1, 1))
        cls.old = build_news(
            cls.index, "去年冬至包饺子", date(2025, 12, 22), tags=["活动", "志愿服务"]
        )
        cls.tagged = build_news(
            cls.index, "法治工作室开讲", date(2026, 3, 5), tags=["法治", "普法"]
        )
        cls.draft = build_news(
            cls.index, "还没发布的草稿", date(2026, 6, 1), live=False
        )

    def titles(self, response):
        return texts(soup(response).select("main .card__title"))

    def test_a_card_image_is_a_webp_picture_with_a_sized_jpeg_fallback(self):
        self.tagged.lead_image = build_image("普法讲座", size=(1600, 900))
        self.tagged.save_revision().publish()
        card = soup(self.client.get(self.index.url)).select_one("main .card")
        (webp,) = card.select("picture source")
        self.assertEqual(webp["type"], "image/webp")
        img = card.select_one("picture img.card__image")
        self.assertRegex(img["src"], r"\.jpe?g$")
        self.assertEqual((img["width"], img["height"]), ("480", "270"))
        self.assertEqual(img["loading"], "lazy")

    def test_index_shows_ten_newest_articles_a_page(self):
        response = self.client.get(self.index.url)
        titles = self.titles(response)
        self.assertEqual(len(titles), 10)
        self.assertEqual(titles[:2], ["法治工作室开讲", "第23条动态"])
        self.assertNotIn("还没发布的草稿", titles)
        self.assertContains(response, "第 1 页，共 3 页")

    def test_second_page_continues_where_the_first_ended(self):
        first = self.titles(self.client.get(self.index.url))
        second = self.titles(self.client.get(self.index.url, {"page": 2}))
        self.assertEqual(len(second), 10)
        self.assertFalse(set(first) & set(second))

    def test_filter_by_tag_keeps_only_tagged_articles(self):
        response = self.client.get(self.index.url, {"tag": "法治"})
        self.assertEqual(self.titles(response), ["法治工作室开讲"])
        self.assertContains(response, "标签为“法治”的动态，共 1 条")
        self.assertContains(response, '<meta name="robots" content="noindex, follow">')

    def test_filter_by_year(self):
        response = self.client.get(self.index.url, {"year": "2025"})
        self.assertEqual(self.titles(response), ["去年冬至包饺子"])
        selected = soup(response).select("#filter-year option[selected]")
        self.assertEqual(texts(selected), ["2025年"])

    def test_filters_combine_and_pagination_keeps_them(self):
        response = self.client.get(self.index.url, {"year": "2026", "tag": "法治"})
        self.assertEqual(self.titles(response), ["法治工作室开讲"])
        paged = self.client.get(self.index.url, {"year": "2026"})
        self.assertContains(paged, 'href="?year=2026&amp;page=2"')

    def test_filter_choices_list_years_and_tags_in_use(self):
        page = soup(self.client.get(self.index.url))
        years = texts(page.select("#filter-year option"))
        self.assertEqual(years, ["全部年份", "2026年", "2025年"])
        tags = texts(page.select("#filter-tag option"))
        self.assertEqual(
            tags, ["全部标签", *sorted(["活动", "志愿服务", "法治", "普法"])]
        )


class NewsIndexBadInputTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.index = build_news_index(cls.home)
        build_news_series(cls.index, 12)

    def get(self, query):
        response = self.client.get(self.index.url + query)
        self.assertContains(response, "康乐社区网")
        return response

    def shown_page(self, query):
        status = soup(self.get(query)).select_one(".pagination__status")
        return status.get_text()

    def cards(self, response):
        return soup(response).select("main .card")

    def test_page_that_is_not_a_number_shows_the_first_page(self):
        self.assertEqual(self.shown_page("?page=abc"), "第 1 页，共 2 页")

    def test_page_past_the_end_shows_the_last_page(self):
        self.assertEqual(self.shown_page("?page=99999"), "第 2 页，共 2 页")

    def test_negative_and_huge_page_numbers(self):
        self.assertEqual(self.shown_page("?page=-1"), "第 2 页，共 2 页")
        self.assertEqual(self.shown_page("?page=" + "9" * 400), "第 2 页，共 2 页")

    def test_script_in_tag_is_escaped_and_matches_nothing(self):
        response = self.get("?tag=<script>alert(1)</script>")
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;")
        self.assertContains(response, "没有找到符合条件的动态")

    def test_year_without_news_lists_nothing_with_a_message(self):
        response = self.get("?year=2030")
        self.assertEqual(self.cards(response), [])
        self.assertContains(response, "没有找到符合条件的动态")

    def test_values_that_are_not_a_news_year_are_ignored_with_a_message(self):
        for year in ("abcd", "1800", "0000", "²²²²", "①②③④", "20266", "-2026"):
            with self.subTest(year=year):
                response = self.get(f"?year={year}")
                self.assertEqual(len(self.cards(response)), 10)
                self.assertContains(response, f"“{year}”不是有效的年份")

    def test_control_characters_in_filters(self):
        response = self.get("?tag=%E5%BE%B7%00&year=20%0026")
        self.assertContains(response, "没有找到符合条件的动态")

    def test_very_long_query_strings_and_unknown_parameters(self):
        response = self.get("?tag=" + "好" * 5000 + "&utm_source=x&foo=" + "a" * 5000)
        self.assertContains(response, "没有找到符合条件的动态")
        response = self.get("?page=1&unknown=1&year=")
        self.assertEqual(len(self.cards(response)), 10)


class NewsFeedsTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.index = build_news_index(cls.home)
        build_news_series(cls.index, 25)

    def test_rss_feed_parses_and_lists_the_latest_twenty(self):
        response = self.client.get(self.index.url + "feed/rss/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("application/rss+xml", response["Content-Type"])
        channel = ET.fromstring(response.content).find("channel")
        items = channel.findall("item")
        self.assertEqual(len(items), 20)
        self.assertEqual(items[0].findtext("title"), "第25条动态")
        self.assertEqual(items[0].findtext("link"), "http://localhost/news/news-25/")
        self.assertEqual(channel.findtext("language"), "zh-hans")

    def test_atom_feed_parses_and_lists_the_latest_twenty(self):
        response = self.client.get(self.index.url + "feed/atom/")
        self.assertIn("application/atom+xml", response["Content-Type"])
        feed = ET.fromstring(response.content)
        entries = feed.findall(f"{ATOM}entry")
        self.assertEqual(len(entries), 20)
        self.assertEqual(entries[0].findtext(f"{ATOM}title"), "第25条动态")
        self.assertTrue(
            entries[0].findtext(f"{ATOM}published").startswith("2026-01-26")
        )

    def test_index_page_advertises_its_feeds(self):
        response = self.client.get(self.index.url)
        self.assertContains(response, 'type="application/rss+xml"')
        self.assertContains(response, 'type="application/atom+xml"')


class NewsArticleTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.index = build_news_index(cls.home)
        cls.older = build_news(cls.index, "较早的动态", date(2026, 3, 1), tags=["德治"])
        cls.article = build_news(
            cls.index,
            "十佳好邻居评选揭晓",
            date(2026, 4, 1),
            tags=["德治", "好人好事"],
            source="康乐社区居委会",
        )
        cls.newer = build_news(cls.index, "较新的动态", date(2026, 5, 1))
        cls.close = build_news(
            cls.index, "好人好事再添新篇", date(2026, 2, 1), tags=["德治", "好人好事"]
        )

    def test_the_lead_image_is_a_webp_picture_with_a_jpeg_fallback_and_its_size(self):
        self.article.lead_image = build_image(
            "重阳敬老宴", "老人们在敬老宴上举杯", size=(1600, 900)
        )
        self.article.save_revision().publish()
        picture = soup(self.client.get(self.article.url)).select_one(
            ".lead-image picture"
        )
        (webp,) = picture.select("source")
        self.assertEqual(webp["type"], "image/webp")
        self.assertEqual(len(webp["srcset"].split(",")), 2)
        # Browsers without WebP take the JPEG in the img itself.
        img = picture.img
        self.assertRegex(img["src"], r"\.jpe?g$")
        self.assertEqual(len(img["srcset"].split(",")), 2)
        self.assertEqual((img["width"], img["height"]), ("480", "270"))
        self.assertEqual(img["alt"], "老人们在敬老宴上举杯")

    def test_article_shows_date_source_and_tags(self):
        response = self.client.get(self.article.url)
        self.assertContains(response, '<time datetime="2026-04-01">2026年4月1日</time>')
        self.assertContains(response, "来源：康乐社区居委会")
        self.assertContains(response, 'href="/news/?tag=%E5%BE%B7%E6%B2%BB"')

    def test_previous_and_next_follow_the_publish_dates(self):
        neighbours = landmark(self.client.get(self.article.url), "上一篇与下一篇")
        links = [(link["rel"], link["href"]) for link in neighbours.find_all("a")]
        self.assertEqual(
            links, [(["prev"], self.older.url), (["next"], self.newer.url)]
        )

    def test_newest_article_has_only_an_older_neighbour(self):
        neighbours = landmark(self.client.get(self.newer.url), "上一篇与下一篇")
        self.assertEqual(
            texts(neighbours.find_all("a")), ["上一篇（较早）十佳好邻居评选揭晓"]
        )

    def test_related_articles_share_tags_most_shared_first(self):
        page = soup(self.client.get(self.article.url))
        related = page.find("section", attrs={"aria-labelledby": "related-title"})
        self.assertEqual(
            texts(related.select(".card__title")), ["好人好事再添新篇", "较早的动态"]
        )

    def test_article_without_tags_has_no_related_section(self):
        self.assertNotContains(self.client.get(self.newer.url), "相关动态")


class NewsListingQueriesTest(TestCase):
    """Listings cost the same number of queries however many cards they show."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.index = build_news_index(cls.home)
        cls.first = build_news(
            cls.index,
            "第一条",
            date(2026, 1, 1),
            tags=["活动"],
            lead_image=build_image(),
        )

    def add_articles(self, count):
        for number in range(count):
            build_news(
                self.index,
                f"新增动态{number}",
                date(2026, 2, 1 + number),
                tags=["活动"],
                lead_image=build_image(f"图片{number}"),
            )

    def count_queries(self, url):
        self.client.get(url)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_news_index_home_page_and_related_articles(self):
        for url in (self.index.url, self.home.url, self.first.url):
            with self.subTest(url=url):
                self.add_articles(1)
                before = self.count_queries(url)
                self.add_articles(4)
                self.assertEqual(self.count_queries(url), before)
                NewsPage.objects.exclude(pk=self.first.pk).delete()
