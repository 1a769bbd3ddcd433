"""网站地图 (/site-map/): every section a reader may open, and the sections
inside them, in one tree linked from every page's footer; nothing a
restriction hides, and no entries by the thousand."""

from datetime import date, datetime

from django.test import TestCase
from wagtail.models import PageViewRestriction

from tests.builders import (
    SHANGHAI,
    build_activity,
    build_activity_index,
    build_maxim_reader,
    build_news,
    build_news_index,
    build_password_restriction,
    build_site,
    build_site_settings,
    build_standard_page,
    build_street,
)
from tests.html import footer_link, soup, texts

SITE_MAP_URL = "/site-map/"


class SiteMapTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        build_site_settings()
        cls.about = build_standard_page(cls.home, show_in_menus=True)
        cls.wuzhi = build_standard_page(cls.home, "五治", "wuzhi", show_in_menus=True)
        cls.dezhi = build_standard_page(cls.wuzhi, "德治为先", "dezhi")
        cls.dezhi_detail = build_standard_page(cls.dezhi, "德治工作制度", "rules")
        cls.too_deep = build_standard_page(cls.dezhi_detail, "制度附件", "annex")
        cls.news = build_news_index(cls.home, show_in_menus=True)
        cls.article = build_news(cls.news, "重阳敬老宴", date(2026, 10, 29))
        # Sections out of the main menu are on the map all the same, those
        # that hold no pages (the maxims reader) too.
        cls.street = build_street(cls.home)
        build_maxim_reader(cls.home)
        cls.activities = build_activity_index(cls.home)
        build_activity(
            cls.activities, "身边的民法典", datetime(2026, 10, 20, 14, tzinfo=SHANGHAI)
        )
        cls.draft = build_standard_page(cls.home, "筹备中的栏目", "draft", live=False)
        cls.staff = build_standard_page(cls.home, "居委会内部", "staff")
        cls.staff_guide = build_standard_page(cls.staff, "值班安排", "rota")
        PageViewRestriction.objects.create(
            page=cls.staff, restriction_type=PageViewRestriction.LOGIN
        )
        cls.private_rules = build_standard_page(cls.wuzhi, "自治章程草案", "zizhi")
        build_password_restriction(cls.private_rules)

    def site_map(self):
        return soup(self.client.get(SITE_MAP_URL))

    def tree(self):
        """The map as (depth, title, address) in reading order, depth 0 for the
        home page."""
        top = self.site_map().select_one("main .site-map__tree")
        return [
            (len(link.find_parents("ul")) - 1, link.get_text(), link["href"])
            for link in top.find_all("a")
        ]

    def test_every_section_and_the_sections_inside_them_as_a_tree(self):
        self.assertEqual(
            self.tree(),
            [
                (0, "首页", "/"),
                (1, "社区简介", "/about/"),
                (1, "五治", "/wuzhi/"),
                (2, "德治为先", "/wuzhi/dezhi/"),
                (3, "德治工作制度", "/wuzhi/dezhi/rules/"),
                (1, "社区动态", "/news/"),
                (1, "康乐好人一条街", "/good-people/"),
                (1, "家风家训读本", "/family-maxims/"),
                (1, "社区活动", "/activities/"),
            ],
        )

    def test_nothing_restricted_or_unpublished_and_no_entries(self):
        links = {a["href"] for a in self.site_map().select("main a")}
        for page in (
            self.staff,
            self.staff_guide,
            self.private_rules,
            self.draft,
            self.article,
            self.too_deep,
        ):
            with self.subTest(page=page.title):
                self.assertNotIn(page.url, links)

    def test_search_and_the_privacy_page_are_listed_too(self):
        section = self.site_map().find(
            "section", attrs={"aria-labelledby": "site-map-services"}
        )
        self.assertEqual(
            [(a.get_text(), a["href"]) for a in section.find_all("a")],
            [("站内搜索", "/search/"), ("隐私政策", "/privacy/")],
        )

    def test_the_page_is_titled_and_answers_only_reading(self):
        page = self.site_map()
        self.assertEqual(texts(page.select("main h1")), ["网站地图"])
        self.assertTrue(page.title.get_text().startswith("网站地图"))
        self.assertEqual(self.client.head(SITE_MAP_URL).status_code, 200)
        self.assertEqual(self.client.post(SITE_MAP_URL).status_code, 405)

    def test_every_page_links_to_it_from_the_footer(self):
        for url in (
            "/",
            self.about.url,
            self.article.url,
            self.activities.url + "month/2026/10/",
            "/search/?q=好人",
            "/privacy/",
            SITE_MAP_URL,
            "/no-such-page/",
        ):
            with self.subTest(url=url):
                link = footer_link(self.client.get(url), SITE_MAP_URL)
                self.assertIn("网站地图", link.get_text())

    def test_sitemap_xml_lists_it(self):
        self.assertContains(
            self.client.get("/sitemap.xml"), "<loc>http://localhost/site-map/</loc>"
        )
