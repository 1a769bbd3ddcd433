"""Anonymous readers get pages from the full-page cache; publishing, unpublishing
and moving pages purge the right copies; editors, forms, praise and search are
never served stale; and the site keeps serving when Redis goes away."""

import logging
from datetime import date

from django.core.cache import caches
from django.test import TestCase, override_settings
from django.urls import reverse

from culture.models import RoleModelPage
from home.cache import ResilientRedisCache
from home.page_cache import purge_site
from tests.builders import (
    build_article_index,
    build_editor,
    build_news,
    build_news_index,
    build_password_restriction,
    build_quiz,
    build_role_model,
    build_site,
    build_site_settings,
    build_standard_page,
    build_street,
    praise,
)
from tests.html import form_fields, soup

LOCAL_CACHE = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS_CACHE = {
    "default": {
        "BACKEND": "home.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:6379/15",
        "KEY_PREFIX": "kangle-tests",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}
# Nothing listens on port 1: Redis is "down".
REDIS_DOWN = {
    "default": {
        **REDIS_CACHE["default"],
        "LOCATION": "redis://127.0.0.1:1/0",
    }
}


def served_from_cache(response):
    return response.get("X-Page-Cache") == "hit"


@override_settings(PAGE_CACHE_SECONDS=600, CACHES=LOCAL_CACHE)
class AnonymousPageCacheTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        build_site_settings()
        cls.news = build_news_index(cls.home, show_in_menus=True)
        cls.article = build_news(cls.news, "社区举办重阳敬老宴", date(2026, 10, 29))
        cls.about = build_standard_page(cls.home)

    def test_a_second_anonymous_view_is_served_from_the_cache_without_the_database(
        self,
    ):
        first = self.client.get(self.article.url)
        self.assertEqual(first["X-Page-Cache"], "miss")
        with self.assertNumQueries(0):
            second = self.client.get(self.article.url)
        self.assertTrue(served_from_cache(second))
        self.assertEqual(first.content, second.content)

    def test_each_text_size_has_its_own_copy(self):
        self.client.get(self.article.url)
        self.client.cookies["kangle_text_size"] = "xlarge"
        larger = self.client.get(self.article.url)
        self.assertFalse(served_from_cache(larger))
        self.assertIn("text-xlarge", soup(larger).html["class"])

    def test_query_strings_are_separate_pages(self):
        self.client.get(self.news.url)
        second_page = self.client.get(self.news.url + "?page=2")
        self.assertFalse(served_from_cache(second_page))

    def test_logged_in_editors_always_get_a_fresh_page_and_leave_nothing_behind(self):
        self.client.force_login(build_editor())
        for _ in range(2):
            response = self.client.get(self.article.url)
            self.assertNotIn("X-Page-Cache", response)
        self.client.logout()
        self.assertEqual(self.client.get(self.article.url)["X-Page-Cache"], "miss")

    def test_search_is_never_cached(self):
        for _ in range(2):
            response = self.client.get("/search/?q=敬老")
            self.assertNotIn("X-Page-Cache", response)

    def test_publishing_an_article_refreshes_its_section_and_the_home_page(self):
        self.client.get(self.news.url)
        self.client.get("/")
        self.assertTrue(served_from_cache(self.client.get(self.news.url)))
        with self.captureOnCommitCallbacks(execute=True):
            build_news(self.news, "康乐社区开展消防演练", date(2026, 11, 20))
        for url in (self.news.url, "/"):
            response = self.client.get(url)
            self.assertFalse(served_from_cache(response), url)
            self.assertContains(response, "康乐社区开展消防演练")

    def test_publishing_an_article_refreshes_its_section_s_feeds_filtered_or_not(self):
        feeds = [
            self.news.url + "feed/rss/",
            self.news.url + "feed/atom/?tag=%E6%B6%88%E9%98%B2",
        ]
        for url in feeds:
            self.client.get(url)
            self.assertTrue(served_from_cache(self.client.get(url)), url)
        with self.captureOnCommitCallbacks(execute=True):
            build_news(self.news, "消防演练", date(2026, 11, 20), tags=["消防"])
        for url in feeds:
            response = self.client.get(url)
            self.assertFalse(served_from_cache(response), url)
            self.assertContains(response, "消防演练")

    def test_an_unpublished_article_disappears_at_once(self):
        self.client.get(self.article.url)
        self.client.get(self.news.url)
        with self.captureOnCommitCallbacks(execute=True):
            self.article.unpublish()
        self.assertEqual(self.client.get(self.article.url).status_code, 404)
        self.assertNotContains(self.client.get(self.news.url), "社区举办重阳敬老宴")

    def test_a_moved_page_is_not_served_from_its_old_address(self):
        old_url = self.about.url
        self.client.get(old_url)
        with self.captureOnCommitCallbacks(execute=True):
            self.about.move(self.news, pos="last-child")
        self.about.refresh_from_db()
        self.assertRedirects(self.client.get(old_url), self.about.url, status_code=301)

    def test_a_new_section_in_the_menu_shows_on_every_cached_page(self):
        self.client.get(self.article.url)
        with self.captureOnCommitCallbacks(execute=True):
            build_standard_page(
                self.home, title="办事指南", slug="guide", show_in_menus=True
            )
        response = self.client.get(self.article.url)
        self.assertFalse(served_from_cache(response))
        self.assertContains(response, "办事指南")

    def test_a_new_section_out_of_the_menu_shows_on_the_site_map_at_once(self):
        self.client.get("/site-map/")
        self.assertTrue(served_from_cache(self.client.get("/site-map/")))
        with self.captureOnCommitCallbacks(execute=True):
            build_standard_page(self.home, title="办事指南", slug="guide")
        response = self.client.get("/site-map/")
        self.assertFalse(served_from_cache(response))
        self.assertContains(response, "办事指南")

    def test_pages_that_set_cookies_or_refuse_caching_are_not_stored(self):
        response = self.client.get(
            reverse("reading_aid", args=["size", "large"]) + "?next=/"
        )
        self.assertNotIn("X-Page-Cache", response)


class StreetTestCase(TestCase):
    """A site whose street shows one role model."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        build_site_settings()
        cls.street = build_street(home)
        cls.role_model = build_role_model(cls.street, "王秀英")


@override_settings(PAGE_CACHE_SECONDS=600, CACHES=LOCAL_CACHE)
class PraiseAndFormsAreNeverStaleTest(StreetTestCase):
    def test_a_praise_shows_on_the_next_view_of_the_page_and_the_street(self):
        self.client.get(self.role_model.url)
        self.client.get(self.street.url)
        with self.captureOnCommitCallbacks(execute=True):
            praise(self.client, self.role_model)
        visitor = self.client_class()
        page = soup(visitor.get(self.role_model.url))
        self.assertEqual(page.select_one(".praise__count strong").get_text(), "1")
        self.assertIn("获赞 1", visitor.get(self.street.url).content.decode())

    def test_the_nomination_form_is_never_stored(self):
        url = self.street.url + self.street.reverse_subpage("nominate")
        for _ in range(2):
            self.assertNotIn("X-Page-Cache", self.client.get(url))


@override_settings(PAGE_CACHE_SECONDS=600, CACHES=REDIS_CACHE)
class RedisCacheTest(TestCase):
    """The real Redis on this machine (database 15, emptied after each test)."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        build_site_settings()
        cls.article = build_news(build_news_index(home), "楼道微更新", date(2026, 9, 1))

    def test_pages_are_cached_in_redis(self):
        self.assertIsInstance(caches["default"], ResilientRedisCache)
        self.client.get(self.article.url)
        self.assertTrue(served_from_cache(self.client.get(self.article.url)))


@override_settings(PAGE_CACHE_SECONDS=600, CACHES=REDIS_DOWN)
class RedisDownTest(StreetTestCase):
    def test_pages_and_praise_keep_working_uncached(self):
        for _ in range(2):
            response = self.client.get(self.role_model.url)
            self.assertEqual(response.status_code, 200)
            self.assertFalse(served_from_cache(response))
        praised = praise(self.client, self.role_model)
        self.assertContains(praised, "谢谢您为王秀英点赞！")
        self.assertEqual(RoleModelPage.objects.get().praises.count(), 1)

    def test_a_purge_that_cannot_reach_redis_is_logged_as_an_error(self):
        with self.assertLogs("home.cache", logging.ERROR) as logs:
            purge_site()
        self.assertIn("stale pages may be served", logs.output[0])

    def test_an_outage_answers_as_a_miss_and_the_log_says_why(self):
        cache = ResilientRedisCache(
            REDIS_DOWN["default"]["LOCATION"], REDIS_DOWN["default"]
        )
        with self.assertLogs("home.cache", logging.WARNING) as logs:
            self.assertIsNone(cache.get("page"))
        self.assertIn("cache unavailable", logs.output[0])
        self.assertEqual(cache.get_many(["a", "b"]), {})
        self.assertFalse(cache.add("counter", 0))


@override_settings(PAGE_CACHE_SECONDS=600, CACHES=LOCAL_CACHE)
class ViewRestrictionPurgeTest(TestCase):
    """A page or section made private in the admin leaves every cached copy at
    once: the page, its section's list and feed, the sitemap, the home page."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        build_site_settings()
        cls.news = build_news_index(cls.home, show_in_menus=True)
        cls.article = build_news(cls.news, "居委会内部排班表", date(2026, 11, 2))
        cls.editor = build_editor()
        cls.feed = cls.news.url + cls.news.reverse_subpage("rss_feed")

    def cache(self, urls):
        for url in urls:
            self.client.get(url)
            self.assertTrue(served_from_cache(self.client.get(url)), url)

    def set_privacy(self, page, **fields):
        """The editor's choice in the admin's 隐私 dialog."""
        editor = self.client_class()
        editor.force_login(self.editor)
        url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
        with self.captureOnCommitCallbacks(execute=True):
            response = editor.post(url, fields)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["step"], "set_privacy_done")

    def test_a_password_on_an_article_removes_it_from_every_cached_copy(self):
        showing = [self.news.url, self.feed, "/sitemap.xml", "/"]
        self.cache([self.article.url, *showing])
        self.set_privacy(self.article, restriction_type="password", password="pw-1234")
        self.assertContains(self.client.get(self.article.url), 'name="password"')
        for url in showing:
            response = self.client.get(url)
            self.assertFalse(served_from_cache(response), url)
            self.assertNotContains(response, "居委会内部排班表")
            self.assertNotContains(response, self.article.url)

    def test_a_login_restriction_on_a_section_reaches_its_pages_and_the_menu(self):
        self.cache([self.article.url, "/"])
        self.set_privacy(self.news, restriction_type="login")
        response = self.client.get(self.article.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/_util/login/", response["Location"])
        self.assertNotContains(self.client.get("/"), self.news.url)

    def test_lifting_the_restriction_brings_the_page_back_at_once(self):
        self.set_privacy(self.article, restriction_type="password", password="pw-1234")
        self.cache([self.news.url])
        self.set_privacy(self.article, restriction_type="none")
        self.assertContains(self.client.get(self.article.url), "居委会内部排班表的正文")
        self.assertContains(self.client.get(self.news.url), "居委会内部排班表")


@override_settings(PAGE_CACHE_SECONDS=600, CACHES=LOCAL_CACHE)
class NothingPerVisitorIsSharedTest(TestCase):
    """A page with a form carries each visitor's own security token, so it is
    never stored; a page opened with a page password is never stored either;
    and a copy made for one host or scheme is never served to another."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        build_site_settings()
        cls.news = build_news_index(cls.home)
        build_news(cls.news, "社区开展消防演练", date(2026, 11, 20))
        cls.private = build_standard_page(cls.home, "网格员工作手册", "handbook")
        build_password_restriction(cls.private, password="pw-5678")
        cls.quiz = build_quiz(build_article_index(cls.home))

    def new_visitor(self):
        return self.client_class(enforce_csrf_checks=True)

    def test_two_visitors_in_a_row_each_send_their_quiz_answers(self):
        for _ in range(2):
            visitor = self.new_visitor()
            sheet = visitor.get(self.quiz.url)
            self.assertNotIn("X-Page-Cache", sheet)
            token = soup(sheet).find("input", attrs={"name": "csrfmiddlewaretoken"})
            answers = {"csrfmiddlewaretoken": token["value"], "q1": "1", "q2": "2"}
            response = visitor.post(self.quiz.url, answers)
            self.assertContains(response, "答对")

    def test_two_visitors_in_a_row_each_open_the_password_page(self):
        for _ in range(2):
            visitor = self.new_visitor()
            asked = visitor.get(self.private.url)
            self.assertFalse(served_from_cache(asked))
            form = soup(asked).find("form", method="post")
            answer = visitor.post(
                form["action"], {**form_fields(form), "password": "pw-5678"}
            )
            self.assertEqual(answer.status_code, 302)
            opened = visitor.get(self.private.url)
            self.assertContains(opened, "康乐社区位于")
            self.assertNotIn("X-Page-Cache", opened)
            # What the visitor opened with the password is not kept for others.
            stranger = self.new_visitor().get(self.private.url)
            self.assertNotContains(stranger, "康乐社区位于")

    def test_a_forged_host_or_scheme_changes_no_one_elses_feed(self):
        feed = self.news.url + self.news.reverse_subpage("rss_feed")
        self.client.get(feed, headers={"Host": "127.0.0.1"})
        self.client.get(feed, secure=True)
        response = self.client.get(feed)
        self.assertNotContains(response, "127.0.0.1")
        self.assertNotContains(response, "https://")
        self.assertContains(response, "http://testserver/news/feed/rss/")
