"""荣誉榜: each board and yearly selection has a page per year listing the
people on it (linked to their stories where they have one), an archive of past
years, and an A3 poster for the notice board."""

from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from culture.models import HonourBoardEntry, HonourBoardIndexPage, HonourBoardPage
from home.models import HomePage
from home.qr import qr_image
from tests.builders import (
    build_honour_board,
    build_honour_board_index,
    build_role_model,
    build_site,
    build_street,
)
from tests.html import soup, texts


class HonourBoardTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        street = build_street(cls.home)
        cls.wang = build_role_model(street, "王秀英", deed="二十年义务为邻居理发")
        cls.hidden = build_role_model(street, "未发布的好人", live=False)
        cls.index = build_honour_board_index(cls.home)
        cls.neighbours_2025 = build_honour_board(
            cls.index,
            "best-neighbours",
            2025,
            [cls.wang, ("孙立平", "帮楼里老人代购十年"), cls.hidden],
            intro="居民推荐、代表评议产生。",
        )
        cls.neighbours_2024 = build_honour_board(
            cls.index, "best-neighbours", 2024, [("周红", "组织楼道清洁")]
        )
        cls.harmony_2025 = build_honour_board(
            cls.index, "harmony", 2025, [("钱家", "婆媳和睦三十年")]
        )

    def test_editors_create_boards_under_the_board_index(self):
        self.assertCanCreateAt(HomePage, HonourBoardIndexPage)
        self.assertCanCreateAt(HonourBoardIndexPage, HonourBoardPage)
        self.assertCanNotCreateAt(HomePage, HonourBoardPage)
        self.assertPageIsRenderable(self.neighbours_2025)

    def test_a_board_lists_people_and_links_their_stories_but_not_drafts(self):
        response = self.client.get(self.neighbours_2025.url)
        page = soup(response)
        names = texts(page.select(".board-entry__name"))
        self.assertEqual(names, ["王秀英", "孙立平"], "a draft's name stays private")
        links = [a["href"] for a in page.select(".board-entry__name a")]
        self.assertEqual(links, [self.wang.url])
        citations = texts(page.select(".board-entry__citation"))
        self.assertEqual(citations[:2], ["二十年义务为邻居理发", "帮楼里老人代购十年"])

    def test_an_entry_needs_a_role_model_or_a_name(self):
        with self.assertRaises(ValidationError):
            HonourBoardEntry(page=self.harmony_2025, name=" ").full_clean()

    def test_the_index_shows_each_board_latest_year_first_with_past_years(self):
        response = self.client.get(self.index.url)
        page = soup(response)
        self.assertEqual(
            texts(page.select(".board-group h2")), ["和谐榜", "十佳好邻居"]
        )
        neighbours = page.find(id="board-best-neighbours").find_parent("section")
        self.assertIn(self.neighbours_2025.title, neighbours.get_text())
        self.assertIn("2024年十佳好邻居", texts(neighbours.select("a")))

    def test_a_board_archive_lists_every_year(self):
        response = self.client.get(f"{self.index.url}board/best-neighbours/")
        self.assertEqual(
            texts(soup(response).select(".section-link__title")), ["2025年", "2024年"]
        )
        missing = self.client.get(f"{self.index.url}board/no-such-board/")
        self.assertEqual(missing.status_code, 404)

    def test_a_board_page_links_its_other_years(self):
        response = self.client.get(self.neighbours_2025.url)
        other = soup(response).find(id="other-years-title").find_parent("nav")
        self.assertEqual(texts(other.select("a")), ["2024年"])

    def test_the_a3_poster_prints_the_board_with_a_qr_code(self):
        response = self.client.get(f"{self.neighbours_2025.url}poster/")
        page = soup(response)
        self.assertIn("print-sheet--a3", page.body["class"])
        self.assertEqual(page.h1.get_text(), "十佳好邻居")
        self.assertEqual(len(page.select(".board-entry")), 2)
        self.assertIsNone(page.find("nav"), "a poster carries no navigation")
        qr = page.select_one("img.qr-code")
        self.assertEqual(qr["src"], qr_image(self.neighbours_2025.full_url)[0])
        self.assertTrue(qr["alt"].startswith("二维码"))
