"""康乐好人一条街: residents walk a street of plaques, filter it by category,
compound and year, read each role model's story and honours without any private
contact detail, find others like them, and praise them once per browser."""

from django.test import override_settings
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.test.utils import WagtailPageTestCase

from culture.models import Praise, RoleModelIndexPage, RoleModelPage
from home.models import HomePage
from tests.builders import (
    build_compound,
    build_image,
    build_role_model,
    build_site,
    build_street,
)
from tests.html import soup, texts

PURGED_URLS = []


class RecordingCacheBackend(BaseBackend):
    """Stands in for the CDN in front of the site: remembers what it was told to
    purge."""

    def purge(self, url):
        PURGED_URLS.append(url)


def plaque_names(response):
    return texts(soup(response).select(".plaque__name a"))


class StreetTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.street = build_street(cls.home)
        cls.kangle = build_compound("康乐新村")
        cls.yangzhuang = build_compound("杨庄街坊")
        cls.wang = build_role_model(
            cls.street,
            "王秀英",
            "helping-others",
            2017,
            compound=cls.kangle,
            deed="二十年义务为邻居理发",
            honours=[("十佳好邻居", 2017), ("扬州好人", 2019)],
            portrait=build_image("王秀英", "示意插图：一位老人的剪影"),
        )
        cls.li = build_role_model(
            cls.street, "李建国", "bravery", 2021, compound=cls.kangle
        )
        cls.zhao = build_role_model(
            cls.street, "赵明", "helping-others", 2021, compound=cls.yangzhuang
        )

    def test_editors_create_the_street_under_home_and_role_models_under_it(self):
        self.assertCanCreateAt(HomePage, RoleModelIndexPage)
        self.assertCanCreateAt(RoleModelIndexPage, RoleModelPage)
        self.assertCanNotCreateAt(HomePage, RoleModelPage)
        self.assertPageIsRenderable(self.street)
        self.assertPageIsRenderable(self.wang)

    def test_the_street_shows_a_plaque_per_role_model_with_deed_and_praise(self):
        response = self.client.get(self.street.url)
        self.assertEqual(plaque_names(response), ["赵明", "李建国", "王秀英"])
        plaque = soup(response).select(".plaque")[2]
        self.assertIn("二十年义务为邻居理发", plaque.get_text())
        self.assertIn("获赞 0", plaque.get_text())
        self.assertIsNotNone(plaque.find("img", attrs={"width": True}))

    def test_each_category_has_its_own_address(self):
        response = self.client.get(f"{self.street.url}category/helping-others/")
        self.assertEqual(plaque_names(response), ["赵明", "王秀英"])
        self.assertIn("助人为乐", soup(response).h1.get_text())
        current = soup(response).select_one('.category-nav [aria-current="page"]')
        self.assertEqual(current.get_text(), "助人为乐")
        self.assertEqual(
            self.client.get(f"{self.street.url}category/unknown/").status_code, 404
        )

    def test_filters_by_compound_and_year_combine_with_the_category(self):
        url = f"{self.street.url}category/helping-others/"
        response = self.client.get(url, {"compound": self.kangle.pk, "year": "2017"})
        self.assertEqual(plaque_names(response), ["王秀英"])
        self.assertContains(response, '<meta name="robots" content="noindex, follow">')
        response = self.client.get(self.street.url, {"year": "2021"})
        self.assertEqual(plaque_names(response), ["赵明", "李建国"])

    def test_bad_filter_values_are_explained_not_failed(self):
        for params in (
            {"compound": "abc"},
            {"compound": "99999"},
            {"year": "20x1"},
            {"year": "9" * 500},
            {"page": "-1"},
            {"compound": "1\x00"},
            {"year": ["2017", "2021"]},
        ):
            with self.subTest(params=params):
                response = self.client.get(self.street.url, params)
                self.assertEqual(response.status_code, 200)
        response = self.client.get(self.street.url, {"year": "20x1"})
        self.assertContains(response, "“20x1”不是有效的年份")
        self.assertEqual(len(plaque_names(response)), 3)
        response = self.client.get(self.street.url, {"compound": "99999"})
        self.assertContains(response, "没有找到您选的小区")

    def test_the_street_is_paginated_twelve_plaques_a_page(self):
        for number in range(10):
            build_role_model(self.street, f"志愿者{number}", "dedication", 2015)
        first = self.client.get(self.street.url)
        self.assertEqual(len(plaque_names(first)), 12)
        last = self.client.get(self.street.url, {"page": "99"})
        self.assertEqual(len(plaque_names(last)), 1)
        self.assertContains(last, "第 2 页，共 2 页")

    def test_a_role_model_page_shows_story_honours_and_no_private_contact(self):
        response = self.client.get(self.wang.url)
        page = soup(response)
        self.assertEqual(page.h1.get_text(), "王秀英")
        self.assertIn("二十年义务为邻居理发", page.select_one(".role-model__deed").text)
        self.assertEqual(
            texts(page.select(".honours li")), ["2017年 十佳好邻居", "2019年 扬州好人"]
        )
        details = texts(page.select(".details dd"))
        self.assertIn("康乐新村", details)
        self.assertNotIn("电话", texts(page.select(".details dt")))

    def test_a_pen_name_is_marked_as_such(self):
        page = build_role_model(self.street, "热心的陈阿姨", is_pen_name=True)
        response = self.client.get(page.url)
        self.assertContains(response, "热心的陈阿姨（化名）")

    def test_related_role_models_by_category_and_by_compound(self):
        response = self.client.get(self.wang.url)
        page = soup(response)
        same_category = page.find(id="same-category-title").find_parent("section")
        same_compound = page.find(id="same-compound-title").find_parent("section")
        self.assertEqual(texts(same_category.select(".plaque__name a")), ["赵明"])
        self.assertEqual(texts(same_compound.select(".plaque__name a")), ["李建国"])

    def test_the_deed_fits_a_plaque(self):
        self.assertEqual(RoleModelPage._meta.get_field("deed").max_length, 40)

    def test_the_street_has_feeds_of_role_models(self):
        response = self.client.get(f"{self.street.url}feed/rss/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("王秀英", response.content.decode())


class PraiseTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.street = build_street(cls.home)
        cls.role_model = build_role_model(cls.street, "王秀英")
        cls.praise_url = f"{cls.role_model.url}praise/"

    def praise_count_shown(self, url=None):
        response = self.client.get(url or self.role_model.url)
        return soup(response).select_one(".praise__count strong").get_text()

    def test_a_visitor_praises_once_without_javascript(self):
        self.assertEqual(self.praise_count_shown(), "0")
        response = self.client.post(self.praise_url)
        self.assertRedirects(response, f"{self.role_model.url}#praise")
        page = self.client.get(self.role_model.url)
        self.assertContains(page, "谢谢您为王秀英点赞！")
        self.assertContains(page, "您已经点过赞了")
        self.assertNotContains(page, "为王秀英点赞</button>")
        self.assertEqual(self.praise_count_shown(), "1")
        self.assertIn("获赞 1", self.client.get(self.street.url).content.decode())

    def test_a_second_praise_from_the_same_browser_is_not_counted(self):
        self.client.post(self.praise_url)
        response = self.client.post(self.praise_url, follow=True)
        self.assertContains(response, "您已经为王秀英点过赞了")
        self.assertEqual(Praise.objects.count(), 1)

    def test_another_browser_can_praise_too(self):
        self.client.post(self.praise_url)
        self.client_class().post(self.praise_url)
        self.assertEqual(self.praise_count_shown(), "2")

    def test_a_forged_browser_cookie_counts_as_a_new_browser(self):
        self.client.cookies["kangle_visitor"] = "forged-value"
        self.client.post(self.praise_url)
        self.assertEqual(Praise.objects.count(), 1)
        self.assertNotEqual(self.client.cookies["kangle_visitor"].value, "forged-value")

    def test_the_praise_address_only_takes_posts(self):
        response = self.client.get(self.praise_url)
        self.assertRedirects(response, self.role_model.url)
        self.assertEqual(Praise.objects.count(), 0)

    def test_praise_needs_the_form_token(self):
        client = self.client_class(enforce_csrf_checks=True)
        response = client.post(self.praise_url)
        self.assertEqual(response.status_code, 403)
        self.assertEqual(Praise.objects.count(), 0)

    @override_settings(PRAISE_RATE_LIMIT=(3, 60))
    def test_a_burst_from_one_address_is_refused_politely(self):
        for _ in range(3):
            self.client_class().post(self.praise_url)
        response = self.client_class().post(self.praise_url)
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "请稍后再点赞", status_code=429)
        self.assertEqual(response["Retry-After"], "60")
        self.assertEqual(Praise.objects.count(), 3)
        other_address = self.client_class(REMOTE_ADDR="10.0.0.9")
        self.assertEqual(other_address.post(self.praise_url).status_code, 302)

    @override_settings(
        WAGTAILFRONTENDCACHE={
            "cdn": {"BACKEND": "tests.test_role_models.RecordingCacheBackend"}
        }
    )
    def test_a_praise_purges_the_cached_page_and_street(self):
        PURGED_URLS.clear()
        self.client.post(self.praise_url)
        self.assertIn(self.role_model.full_url, PURGED_URLS)
        self.assertIn(self.street.full_url, PURGED_URLS)
        PURGED_URLS.clear()
        self.client.post(self.praise_url)
        self.assertEqual(PURGED_URLS, [], "a repeated praise changes nothing")
