"""Readable addresses: a new page whose title is Chinese gets its address
spelled in pinyin (康乐社区举办重阳敬老宴 → kangleshequ-juban-chongyang-jinglao-yan)
instead of percent-encoded characters. Editors may still type their own, and
existing pages keep theirs. Every page is made through the admin's own views."""

from datetime import date

from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import NewsPage
from home.slugs import SLUG_MAX_LENGTH
from tests.builders import (
    build_editor,
    build_news,
    build_news_index,
    build_site,
    build_staff,
)
from tests.html import soup

TITLE = "康乐社区举办重阳敬老宴"
PINYIN = "kangleshequ-juban-chongyang-jinglao-yan"


class PinyinAddressTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news = build_news_index(build_site())
        cls.editor = build_staff("editor", "编辑")

    def setUp(self):
        self.client.force_login(self.editor)

    def news_fields(self, title, slug):
        """The news form as the browser sends it; ``slug`` empty unless typed."""
        return {
            "title": title,
            "slug": slug,
            "date": "2026-10-29",
            "summary": "社区为八十岁以上的老人摆了十桌敬老宴。",
            "body": streamfield([("paragraph", rich_text("<p>正文。</p>"))]),
        }

    def add_news(self, title, slug=""):
        response = self.client.post(
            reverse("wagtailadmin_pages:add", args=["home", "newspage", self.news.pk]),
            nested_form_data(self.news_fields(title, slug)),
        )
        self.assertEqual(response.status_code, 302, "the page was not saved")
        return NewsPage.objects.order_by("-pk").first()

    def test_a_chinese_title_gives_a_pinyin_address(self):
        page = self.add_news(TITLE)
        self.assertEqual(page.slug, PINYIN)
        self.assertEqual(page.url, f"/news/{PINYIN}/")

    def test_the_address_is_left_to_the_server_not_copied_from_the_title(self):
        """Wagtail's admin copies the title into the address as it is typed,
        Chinese characters and all; here the address field is left alone."""
        url = reverse("wagtailadmin_pages:add", args=["home", "newspage", self.news.pk])
        title = soup(self.client.get(url)).find("input", attrs={"name": "title"})
        self.assertNotIn("w-sync", title.get("data-controller", ""))

    def test_an_address_the_editor_typed_is_kept(self):
        page = self.add_news(TITLE, slug="chongyang-2026")
        self.assertEqual(page.slug, "chongyang-2026")

    def test_two_pages_with_one_title_get_two_addresses(self):
        first = self.add_news(TITLE)
        second = self.add_news(TITLE)
        self.assertEqual(first.slug, PINYIN)
        self.assertEqual(second.slug, f"{PINYIN}-1")
        self.assertEqual(self.client.get(second.url).status_code, 404, "a draft")

    def test_a_long_title_gives_a_short_address_of_whole_words(self):
        page = self.add_news(
            "入冬前请检查家中水管保温关于社区老年人冬季用电用气安全的温馨提示"
        )
        self.assertLessEqual(len(page.slug), SLUG_MAX_LENGTH)
        self.assertTrue(page.slug.startswith("rudong-qian-qing-jiancha"))
        self.assertFalse(page.slug.endswith("-"))

    def test_a_title_without_anything_to_spell_asks_for_an_address(self):
        response = self.client.post(
            reverse("wagtailadmin_pages:add", args=["home", "newspage", self.news.pk]),
            nested_form_data(self.news_fields("！？", "")),
        )
        self.assertContains(response, "标题里没有可以拼成网址的文字")
        self.assertFalse(NewsPage.objects.exists())

    def test_editing_a_page_keeps_its_address(self):
        self.client.force_login(build_editor("chief-editor"))
        page = build_news(
            self.news, "社区停水通知", date(2026, 11, 20), slug="停水通知"
        )
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            nested_form_data(
                {
                    **self.news_fields("社区停水通知（更新）", page.slug),
                    "action-publish": "action-publish",
                }
            ),
        )
        page.refresh_from_db()
        self.assertEqual(page.title, "社区停水通知（更新）")
        self.assertEqual(page.slug, "停水通知")
