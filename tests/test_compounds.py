"""小区: editors keep the community's residential compounds in the admin, where
the list shows which entries are invented demo data and can be searched."""

from django.test import TestCase

from tests.builders import build_compound, build_editor
from tests.html import soup, texts


class CompoundAdminTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = build_editor()
        build_compound("康乐新村")
        build_compound("文昌苑", is_sample_content=True)

    def setUp(self):
        self.client.force_login(self.editor)

    def test_listing_shows_compounds_with_a_readable_demo_column(self):
        response = self.client.get("/admin/snippets/home/compound/")
        self.assertEqual(response.status_code, 200)
        rows = soup(response).select("table tbody tr")
        self.assertEqual([texts(row.find_all("td"))[-1] for row in rows], ["否", "是"])
        self.assertNotIn("True", rows[1].get_text())

    def test_listing_search_finds_a_compound_by_name(self):
        response = self.client.get("/admin/snippets/home/compound/", {"q": "康乐"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "康乐新村")
        self.assertNotContains(response, "文昌苑")

    def test_editor_adds_a_compound(self):
        response = self.client.post(
            "/admin/snippets/home/compound/add/",
            {
                "name": "杨庄街坊",
                "description": "老小区",
                "latitude": "32.390100",
                "longitude": "119.401200",
                "households": "260",
            },
        )
        self.assertEqual(response.status_code, 302)
        response = self.client.get("/admin/snippets/home/compound/")
        self.assertContains(response, "杨庄街坊")
