"""The filtered listing every index page shares (home/listing.py): one form,
a message for each value that cannot be used, pagination that keeps the
filters, the canonical address and robots rule of a filtered page, the
addresses of choice routes in the sitemap, feeds of exactly what the list
shows, and the empty list."""

import xml.etree.ElementTree as ET
from datetime import date

from django.test import TestCase

from tests.builders import (
    build_article,
    build_article_index,
    build_compound,
    build_consultation_topic,
    build_directory,
    build_family_index,
    build_family_story,
    build_news,
    build_news_index,
    build_news_series,
    build_point,
    build_role_model,
    build_service,
    build_site,
    build_street,
    build_topic,
    build_topic_index,
)
from tests.html import soup, texts

ATOM = "{http://www.w3.org/2005/Atom}"

# Odd values in every listing parameter at once: control characters, bytes
# that are not UTF-8, broken percent-encoding, huge numbers and long text.
ODD_QUERY_STRINGS = {
    "NUL-and-control-characters": "%00%01%1B%7F",
    "not-UTF-8": "%FF%FE%E5%A5",
    "broken-percent-encoding": "%zz%",
    "huge-number": "9" * 400,
    "long-text": "好" * 5000,
    "full-width-digits": "%EF%BC%91%EF%BC%92",
}
PARAMETERS = (
    *("tag", "year", "compound", "category", "campaign", "topic"),
    *("audience", "service", "open", "stage", "level", "overdue", "page"),
)


def robots(response):
    tag = soup(response).find("meta", attrs={"name": "robots"})
    return tag["content"] if tag else None


def canonical(response):
    return soup(response).find("link", rel="canonical")["href"]


def notices(response):
    return texts(soup(response).select("main .notice"))


class ListingPagesTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.kangle = build_compound("康乐新村")
        cls.news = build_news_index(cls.home)
        build_news_series(cls.news, 12, start=date(2026, 1, 1))
        cls.tagged = build_news(cls.news, "法治讲座", date(2025, 5, 1), tags=["法治"])
        cls.street = build_street(cls.home)
        cls.wang = build_role_model(
            cls.street, "王秀英", "helping-others", 2017, compound=cls.kangle
        )
        build_role_model(cls.street, "李建国", "dedication", 2021)
        cls.family = build_family_index(cls.home)
        build_family_story(cls.family, "王家", "勤俭持家", compound=cls.kangle)
        cls.law = build_article_index(cls.home)
        topic = build_topic()
        build_article(cls.law, "楼上漏水怎么办", topic, date(2026, 2, 1))
        cls.directory = build_directory(cls.home)
        build_point(
            cls.directory, "调解室", "mediation-room", services=[build_service()]
        )
        cls.tea_house = build_topic_index(cls.home)
        build_consultation_topic(cls.tea_house, "楼道灯换成声控灯", "act")
        cls.listings = {
            "news": cls.news,
            "street": cls.street,
            "family": cls.family,
            "law": cls.law,
            "directory": cls.directory,
            "tea house": cls.tea_house,
        }

    def test_every_listing_draws_its_filters_with_the_one_form(self):
        expected = {
            "news": ["tag", "year"],
            "street": ["compound", "year"],
            "family": ["campaign", "compound"],
            "law": ["topic", "audience"],
            "directory": ["compound", "service", "open"],
            "tea house": ["stage", "level", "compound", "year", "overdue"],
        }
        for name, page in self.listings.items():
            with self.subTest(listing=name):
                form = soup(self.client.get(page.url)).select_one("main form.filters")
                self.assertEqual(form["method"], "get")
                self.assertEqual(form["action"], page.url)
                fields = form.select("select, input")
                self.assertEqual([field["name"] for field in fields], expected[name])
                for field in fields:
                    label = form.select_one(f'label[for="{field["id"]}"]')
                    self.assertTrue(label.get_text().strip())

    def test_a_value_that_cannot_be_used_is_explained_and_the_whole_list_shown(self):
        cases = [
            (
                self.news,
                {"year": "20x6"},
                "“20x6”不是有效的年份，已显示全部年份的动态。",
            ),
            (
                self.street,
                {"compound": "99999"},
                "没有找到您选的小区，已显示全部小区的好人。",
            ),
            (
                self.family,
                {"campaign": "party"},
                "没有“party”这项活动，已显示全部家风故事。",
            ),
            (self.law, {"topic": "tax"}, "没有“tax”这个主题，已显示全部文章。"),
            (
                self.directory,
                {"service": "tax"},
                "没有“tax”这项服务，已显示全部服务点。",
            ),
            (
                self.tea_house,
                {"stage": "vote"},
                "没有“vote”这一步，已显示全部议题。",
            ),
        ]
        for page, params, message in cases:
            with self.subTest(params=params):
                unfiltered = self.client.get(page.url)
                response = self.client.get(page.url, params)
                self.assertEqual(notices(response), [message])
                self.assertEqual(
                    texts(soup(response).select("main h2 a")),
                    texts(soup(unfiltered).select("main h2 a")),
                )
                self.assertEqual(robots(response), "noindex, follow")
                clear = soup(response).select_one("form.filters a.button-link")
                self.assertEqual(clear.get_text(), "清除筛选")

    def test_a_control_character_makes_a_value_name_nothing(self):
        response = self.client.get(self.street.url, {"compound": f"{self.kangle.pk}\0"})
        self.assertIn("没有找到您选的小区", notices(response)[0])
        self.assertEqual(len(soup(response).select(".plaque")), 2)

    def test_an_unticked_value_of_a_box_is_ignored_quietly(self):
        response = self.client.get(self.directory.url, {"open": "yes"})
        self.assertEqual(notices(response), [])
        self.assertIsNone(soup(response).select_one("#filter-open[checked]"))

    def test_the_last_of_repeated_parameters_counts(self):
        response = self.client.get(self.street.url + "?year=abc&year=2017")
        self.assertEqual(texts(soup(response).select(".plaque__name")), ["王秀英"])

    def test_odd_query_strings_never_break_a_listing(self):
        for name, value in ODD_QUERY_STRINGS.items():
            query = "&".join(f"{parameter}={value}" for parameter in PARAMETERS)
            for listing, page in self.listings.items():
                with self.subTest(listing=listing, value=name):
                    response = self.client.get(f"{page.url}?{query}")
                    self.assertEqual(response.status_code, 200)
                    feed = getattr(page.specific, "rss_feed", None)
                    if feed is not None:
                        response = self.client.get(f"{page.url}feed/rss/?{query}")
                        self.assertEqual(response.status_code, 200)

    def test_a_chosen_value_is_marked_and_said_in_words(self):
        response = self.client.get(self.news.url, {"tag": "法治", "year": "2025"})
        chosen = soup(response).select("form.filters option[selected]")
        self.assertEqual(texts(chosen), ["法治", "2025年"])
        self.assertIn(
            "正在显示标签为“法治”、2025年的动态，共 1 条。", notices(response)
        )

    def test_a_filtered_page_is_not_indexed_and_names_the_list_as_canonical(self):
        response = self.client.get(self.news.url, {"tag": "法治"})
        self.assertEqual(robots(response), "noindex, follow")
        self.assertEqual(canonical(response), self.news.full_url)
        self.assertIsNone(robots(self.client.get(self.news.url)))

    def test_a_later_page_is_not_indexed_and_its_links_keep_the_filters(self):
        first = self.client.get(self.news.url, {"year": "2026"})
        self.assertIsNone(soup(first).select_one(".pagination a[rel=prev]"))
        next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
        self.assertEqual(next_link, "?year=2026&page=2")
        second = self.client.get(self.news.url + next_link)
        self.assertEqual(len(soup(second).select("main .card")), 2)
        self.assertEqual(robots(second), "noindex, follow")
        self.assertEqual(
            robots(self.client.get(self.news.url, {"page": "2"})), robots(second)
        )

    def test_a_choice_route_is_its_own_indexable_address_in_the_sitemap(self):
        url = f"{self.street.url}category/helping-others/"
        response = self.client.get(url)
        self.assertIsNone(robots(response))
        self.assertEqual(
            canonical(response), f"{self.street.full_url}category/helping-others/"
        )
        self.assertEqual(soup(response).select_one("form.filters")["action"], url)
        current = soup(response).select_one(
            '.category-nav .is-active[aria-current="page"]'
        )
        self.assertEqual(current.get_text(), "助人为乐")
        sitemap = self.client.get("/sitemap.xml").content.decode()
        self.assertIn(
            f"<loc>{self.street.full_url}category/helping-others/</loc>", sitemap
        )
        self.assertIn(f"<loc>{self.street.full_url}category/dedication/</loc>", sitemap)
        self.assertEqual(
            self.client.get(f"{self.street.url}category/x/").status_code, 404
        )

    def test_a_filtered_list_links_the_feed_of_what_it_shows(self):
        response = self.client.get(self.news.url, {"tag": "法治"})
        link = soup(response).find("link", type="application/rss+xml")["href"]
        self.assertEqual(link, f"{self.news.url}feed/rss/?tag=%E6%B3%95%E6%B2%BB")
        channel = ET.fromstring(self.client.get(link).content).find("channel")
        self.assertEqual(texts_of(channel, "item/title"), ["法治讲座"])
        self.assertEqual(
            channel.findtext("title"), "社区动态（标签为“法治”） - 康乐社区网"
        )
        atom_link = soup(response).find("link", type="application/atom+xml")["href"]
        atom = ET.fromstring(self.client.get(atom_link).content)
        self.assertEqual(
            [entry.findtext(f"{ATOM}title") for entry in atom.iter(f"{ATOM}entry")],
            ["法治讲座"],
        )

    def test_a_choice_route_feeds_its_choice(self):
        url = f"{self.street.url}category/dedication/"
        link = soup(self.client.get(url)).find("link", type="application/rss+xml")
        self.assertEqual(
            link["href"], f"{self.street.url}feed/rss/?category=dedication"
        )
        channel = ET.fromstring(self.client.get(link["href"]).content).find("channel")
        self.assertEqual(texts_of(channel, "item/title"), ["李建国"])

    def test_the_family_stories_have_feeds(self):
        channel = ET.fromstring(
            self.client.get(f"{self.family.url}feed/rss/").content
        ).find("channel")
        self.assertEqual(texts_of(channel, "item/title"), ["王家的家风"])

    def test_an_empty_list_says_why_and_leads_back_to_everything(self):
        response = self.client.get(self.news.url, {"year": "2030"})
        empty = soup(response).select_one("main p.notice:not([role])")
        self.assertEqual(empty.get_text(), "没有找到符合条件的动态。查看全部动态")
        self.assertEqual(empty.a["href"], self.news.url)
        other = build_news_index(self.home, "通知公告", "notices")
        empty = soup(self.client.get(other.url)).select_one("main p.notice")
        self.assertEqual(empty.get_text(), "暂时还没有动态。")


def texts_of(element, path):
    return [found.text for found in element.findall(path)]
