"""The admin as the community's staff see it: everything comes from the site
itself (the admin's CSP allows no other host, and services abroad are
unreliable from China)."""

from datetime import date

from django.test import TestCase
from django.urls import reverse

from tests.builders import build_news, build_news_index, build_site, build_staff


class NothingFromOutsideTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news = build_news(
            build_news_index(build_site()), "社区停水通知", date(2026, 11, 20)
        )
        cls.editor = build_staff("editor", "编辑")

    def test_no_avatar_comes_from_gravatar(self):
        self.client.force_login(self.editor)
        for url in (
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_pages:edit", args=[self.news.pk]),
            reverse("wagtailadmin_account"),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("gravatar.com", response.content.decode())
