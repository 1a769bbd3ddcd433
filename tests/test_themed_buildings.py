"""一栋一特: residents see the themed buildings grouped by theme or by
compound, read why each building chose its theme, and print an A4 lobby poster
whose QR code opens the building's page."""

from wagtail.test.utils import WagtailPageTestCase

from culture.models import BuildingIndexPage, BuildingPage
from home.models import HomePage
from home.qr import qr_image
from tests.builders import (
    build_building,
    build_building_index,
    build_compound,
    build_site,
)
from tests.html import soup, texts


class ThemedBuildingsTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.index = build_building_index(cls.home)
        cls.kangle = build_compound("康乐新村")
        cls.wuzhuang = build_compound("武庄小区")
        cls.reading = build_building(cls.index, cls.kangle, "3栋", "reading")
        cls.green = build_building(cls.index, cls.wuzhuang, "8栋", "green")
        cls.law = build_building(cls.index, cls.kangle, "5栋", "rule-of-law")

    def test_editors_create_buildings_under_the_index(self):
        self.assertCanCreateAt(HomePage, BuildingIndexPage)
        self.assertCanCreateAt(BuildingIndexPage, BuildingPage)
        self.assertCanNotCreateAt(HomePage, BuildingPage)
        self.assertPageIsRenderable(self.reading)

    def test_the_index_groups_by_theme_in_the_fixed_order(self):
        response = self.client.get(self.index.url)
        self.assertEqual(
            texts(soup(response).select("main section h2")),
            ["绿色环保楼", "书香楼", "法治楼"],
        )

    def test_the_index_groups_by_compound_on_request(self):
        response = self.client.get(self.index.url, {"group": "compound"})
        page = soup(response)
        self.assertEqual(
            texts(page.select("main section h2")), ["康乐新村", "武庄小区"]
        )
        kangle = page.find("h2", string="康乐新村").find_parent("section")
        self.assertEqual(
            texts(kangle.select(".section-link__title")),
            ["康乐新村 3栋", "康乐新村 5栋"],
        )

    def test_an_unknown_grouping_falls_back_to_themes(self):
        for value in ("floor", "", "x" * 1000, "\x00"):
            with self.subTest(value=value):
                response = self.client.get(self.index.url, {"group": value})
                self.assertEqual(response.status_code, 200)
                self.assertEqual(len(soup(response).select("main section h2")), 3)

    def test_a_building_page_says_why_and_what_the_stairwell_shows(self):
        response = self.client.get(self.reading.url)
        page = soup(response)
        self.assertIn("书香楼", page.select_one(".badge").get_text())
        self.assertIn("楼里读书的人多", page.get_text())
        self.assertIn("小书架", page.get_text())

    def test_the_lobby_poster_is_a4_with_a_qr_code_and_no_navigation(self):
        response = self.client.get(f"{self.reading.url}poster/")
        page = soup(response)
        self.assertIn("print-sheet--a4", page.body["class"])
        self.assertEqual(page.h1.get_text(), "书香楼")
        self.assertIsNone(page.find("nav"))
        qr = page.select_one("img.qr-code")
        self.assertEqual(qr["src"], qr_image(self.reading.full_url)[0])
        self.assertEqual(qr["width"], qr["height"])
        self.assertIn(self.reading.full_url, page.select_one("footer").get_text())
