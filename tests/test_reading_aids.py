"""Reading aids (适老化) without JavaScript: plain links set a cookie, return the
reader to the same page, and the choice holds on every page after."""

from django.test import TestCase

from tests.builders import build_news_index, build_site, build_standard_page
from tests.html import landmark, soup


class ReadingAidsWithoutJavaScriptTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.about = build_standard_page(cls.home)
        cls.news = build_news_index(cls.home)

    def test_every_page_offers_the_size_and_contrast_choices(self):
        aids = landmark(self.client.get(self.about.url), "阅读辅助")
        links = [(link.get_text(), link["href"]) for link in aids.find_all("a")]
        self.assertEqual(
            links,
            [
                ("标准", "/reading-aids/size/standard/?next=/about/"),
                ("大", "/reading-aids/size/large/?next=/about/"),
                ("特大", "/reading-aids/size/xlarge/?next=/about/"),
                ("标准", "/reading-aids/contrast/normal/?next=/about/"),
                ("高对比度", "/reading-aids/contrast/high/?next=/about/"),
            ],
        )
        self.assertEqual(aids.find("button").get_text(), "朗读本页")

    def test_choosing_large_text_returns_to_the_page_and_persists(self):
        response = self.client.get("/reading-aids/size/xlarge/", {"next": "/about/"})
        self.assertRedirects(response, "/about/", fetch_redirect_response=False)
        self.assertEqual(response.cookies["kangle_text_size"].value, "xlarge")
        for page in (self.about, self.news, self.home):
            with self.subTest(page=page.title):
                html = self.client.get(page.url).content.decode()
                self.assertIn('class="text-xlarge contrast-normal"', html)

    def test_high_contrast_combines_with_text_size(self):
        self.client.get("/reading-aids/size/large/", {"next": "/"})
        self.client.get("/reading-aids/contrast/high/", {"next": "/"})
        page = soup(self.client.get(self.about.url))
        self.assertEqual(page.html["class"], ["text-large", "contrast-high"])
        current = page.find_all("a", attrs={"aria-current": "true"})
        self.assertEqual([link.get_text() for link in current], ["大", "高对比度"])

    def test_return_address_keeps_the_query_string(self):
        response = self.client.get(
            "/reading-aids/size/large/", {"next": "/news/?tag=德治&page=2"}
        )
        self.assertEqual(response["Location"], "/news/?tag=%E5%BE%B7%E6%B2%BB&page=2")

    def test_a_return_address_that_is_no_path_of_the_site_goes_home(self):
        for target in (
            "https://evil.example/",
            "//evil.example/",
            "javascript:alert(1)",
            # Relative words, which redirect() once took for URL pattern names.
            "abc",
            "-1",
        ):
            with self.subTest(target=target):
                response = self.client.get(
                    "/reading-aids/size/large/", {"next": target}
                )
                self.assertEqual(response["Location"], "/")

    def test_unknown_choice_gets_the_site_404(self):
        response = self.client.get("/reading-aids/size/huge/")
        self.assertContains(response, "抱歉，页面没有找到", status_code=404)
        response = self.client.get("/reading-aids/colour/high/")
        self.assertEqual(response.status_code, 404)

    def test_tampered_cookie_falls_back_to_standard(self):
        self.client.cookies["kangle_text_size"] = "<script>"
        response = self.client.get(self.about.url)
        self.assertEqual(
            soup(response).html["class"], ["text-standard", "contrast-normal"]
        )

    def test_pages_tell_caches_they_vary_by_the_reading_cookies(self):
        response = self.client.get(self.about.url)
        self.assertIn("Cookie", response["Vary"])

    def test_reading_aids_are_links_not_state_changing_forms(self):
        response = self.client.post("/reading-aids/size/large/")
        self.assertEqual(response.status_code, 405)
