"""Routing as a visitor notices it: a page answers at its address as soon as
it is published, renamed or moved (the old address redirects), a page made
private or withdrawn is refused at once, the main menu follows the sections
editors publish, and odd or too-deep addresses are a clean 404. Every change
is made after the route table has been read, so a stale table would show."""

from datetime import date

from django.test import TestCase
from wagtail.models import Page, PageViewRestriction

from tests.builders import (
    build_news,
    build_news_index,
    build_site,
    build_standard_page,
    publish,
)
from tests.html import landmark, soup, texts


class RoutingTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.news_index = build_news_index(cls.home, show_in_menus=True)
        cls.about = build_standard_page(cls.home, show_in_menus=True)
        cls.article = build_news(cls.news_index, "重阳敬老宴", date(2026, 10, 29))

    def assert_answers(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response

    def menu(self, url="/"):
        return texts(landmark(self.assert_answers(url), "主导航").find_all("a"))

    def test_a_renamed_page_answers_at_its_new_address_and_the_old_one_redirects(self):
        old_url = self.article.url
        self.assert_answers(old_url)
        self.article.slug = "chongyang"
        with self.captureOnCommitCallbacks(execute=True):
            publish(self.article)
        self.assertContains(self.client.get("/news/chongyang/"), "重阳敬老宴")
        self.assertRedirects(
            self.client.get(old_url), "/news/chongyang/", status_code=301
        )

    def test_a_moved_page_answers_at_its_new_address_and_the_old_one_redirects(self):
        old_url = self.article.url
        other_index = build_news_index(self.home, "通知公告", "notices")
        self.assert_answers(old_url)
        with self.captureOnCommitCallbacks(execute=True):
            self.article.move(other_index, pos="last-child")
        new_url = Page.objects.get(pk=self.article.pk).url
        self.assertEqual(new_url, f"/notices/{self.article.slug}/")
        self.assertContains(self.client.get(new_url), "重阳敬老宴")
        self.assertRedirects(self.client.get(old_url), new_url, status_code=301)

    def test_a_page_made_private_is_refused_at_once(self):
        self.assert_answers(self.article.url)
        with self.captureOnCommitCallbacks(execute=True):
            PageViewRestriction.objects.create(
                page=self.news_index, restriction_type="password", password="pw"
            )
        asked = self.client.get(self.article.url)
        self.assertNotContains(asked, "重阳敬老宴的正文")
        self.assertContains(asked, 'name="password"')

    def test_a_restriction_added_behind_the_signals_back_is_still_enforced(self):
        # A bulk insert sends no signal: the route table is stale, and the
        # page is refused all the same.
        self.assert_answers(self.article.url)
        PageViewRestriction.objects.bulk_create(
            [PageViewRestriction(page=self.article, restriction_type="login")]
        )
        refused = self.client.get(self.article.url)
        self.assertEqual(refused.status_code, 302)
        self.assertIn("/_util/login/", refused["Location"])

    def test_a_withdrawn_or_deleted_page_is_gone_at_once(self):
        self.assert_answers(self.article.url)
        self.article.unpublish()
        self.assertEqual(self.client.get(self.article.url).status_code, 404)
        self.assert_answers(self.about.url)
        self.about.delete()
        self.assertEqual(self.client.get("/about/").status_code, 404)

    def test_the_menu_follows_the_sections_editors_publish(self):
        self.assertEqual(self.menu(), ["首页", "社区动态", "社区简介"])
        section = build_standard_page(
            self.home, "五治", "wuzhi", show_in_menus=True, live=False
        )
        self.assertEqual(self.menu(), ["首页", "社区动态", "社区简介"])
        publish(section)
        self.assertEqual(self.menu(), ["首页", "社区动态", "社区简介", "五治"])
        self.assertEqual(
            self.menu(section.url), ["首页", "社区动态", "社区简介", "五治"]
        )
        self.news_index.title = "社区新闻"
        publish(self.news_index)
        self.assertEqual(self.menu(), ["首页", "社区新闻", "社区简介", "五治"])
        section.unpublish()
        self.assertEqual(self.menu(), ["首页", "社区新闻", "社区简介"])

    def test_a_private_section_leaves_the_menu_at_once(self):
        self.assertIn("社区简介", self.menu())
        with self.captureOnCommitCallbacks(execute=True):
            PageViewRestriction.objects.create(
                page=self.about, restriction_type="login"
            )
        self.assertNotIn("社区简介", self.menu())

    def test_the_breadcrumbs_follow_a_renamed_section(self):
        self.assert_answers(self.article.url)
        self.news_index.title = "社区新闻"
        publish(self.news_index)
        trail = landmark(self.assert_answers(self.article.url), "当前位置")
        self.assertEqual(texts(trail.find_all("a")), ["首页", "社区新闻"])

    def test_a_page_deeper_than_the_route_table_answers(self):
        parent = self.about
        for level in range(10):
            parent = build_standard_page(parent, f"第{level}层", f"level-{level}")
        self.assert_answers(parent.url)
        self.assertEqual(parent.url.count("/"), 12)
        trail = landmark(self.assert_answers(parent.url), "当前位置")
        self.assertEqual(len(trail.find_all("a")), 11)

    def test_a_live_page_under_a_draft_answers_and_the_draft_does_not(self):
        draft = build_standard_page(self.home, "草稿", "draft", live=False)
        build_standard_page(draft, "草稿下的页面", "below")
        self.assertEqual(self.client.get("/draft/").status_code, 404)
        self.assertContains(self.client.get("/draft/below/"), "草稿下的页面")

    def test_odd_and_too_deep_addresses_are_a_clean_404(self):
        for path in [
            "/no-such-page/",
            "/news/no-such-article/",
            f"{self.article.url}extra/",
            "/about/" + "a/" * 40,
            "/news/" + "x" * 2000 + "/",
            "/%E4%B8%AD%E6%96%87/",
            "/news/%FF%FE/",
        ]:
            with self.subTest(path=path[:60]):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 404)
                self.assertTrue(soup(response).find("main"))
