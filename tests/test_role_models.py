"""康乐好人一条街: residents walk a street of plaques, filter it by category,
compound and year, read each role model's story and honours without any private
contact detail, find others like them, and praise them once per browser."""

from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from culture.models import Praise, RoleModelIndexPage, RoleModelPage
from home.models import HomePage
from tests.builders import (
    build_compound,
    build_editor,
    build_image,
    build_role_model,
    build_site,
    build_street,
    praise,
)
from tests.html import soup, texts
from tests.queries import QUERY_BUDGET, cold_visit

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
        self.assertEqual(plaque_names(response), ["李建国", "赵明", "王秀英"])
        plaque = soup(response).select(".plaque")[2]
        self.assertIn("二十年义务为邻居理发", plaque.get_text())
        self.assertIn("获赞 0", plaque.get_text())
        self.assertEqual(plaque.select_one("picture source")["type"], "image/webp")
        portrait = plaque.select_one("picture img.plaque__portrait")
        self.assertEqual((portrait["width"], portrait["height"]), ("240", "300"))

    def test_each_category_has_its_own_address(self):
        response = self.client.get(f"{self.street.url}category/helping-others/")
        self.assertEqual(plaque_names(response), ["赵明", "王秀英"])
        self.assertIn("助人为乐", soup(response).h1.get_text())
        canonical = soup(response).find("link", rel="canonical")["href"]
        self.assertEqual(canonical, f"{self.street.full_url}category/helping-others/")
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
        self.assertEqual(plaque_names(response), ["李建国", "赵明"])

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
        cls.neighbour = build_role_model(cls.street, "李建国")
        cls.praise_url = f"/praise/{cls.role_model.pk}/"

    def praise(self, client=None, **headers):
        return praise(client or self.client, self.role_model, **headers)

    def praise_count_shown(self):
        response = self.client.get(self.role_model.url)
        return soup(response).select_one(".praise__count strong").get_text()

    def test_a_visitor_praises_once_without_javascript(self):
        self.assertEqual(self.praise_count_shown(), "0")
        form = soup(self.client.get(self.role_model.url)).select_one(".praise form")
        self.assertEqual(form["action"], self.praise_url)
        response = self.praise()
        self.assertContains(response, "谢谢您为王秀英点赞！")
        self.assertEqual(
            soup(response).select_one(".praise__count strong").get_text(), "1"
        )
        self.assertEqual(self.praise_count_shown(), "1")
        self.assertIn("获赞 1", self.client.get(self.street.url).content.decode())

    def test_the_page_is_the_same_for_every_visitor_so_it_can_be_cached(self):
        self.praise()
        praised = self.client.get(self.role_model.url).content
        other = self.client_class().get(self.role_model.url).content
        self.assertEqual(praised, other)
        self.assertNotIn(b"csrfmiddlewaretoken", other)

    def test_a_second_praise_from_the_same_browser_is_not_counted(self):
        self.praise()
        response = self.praise()
        self.assertContains(response, "您已经为王秀英点过赞了")
        self.assertEqual(Praise.objects.count(), 1)

    def test_another_browser_can_praise_too(self):
        self.praise()
        self.praise(self.client_class())
        self.assertEqual(self.praise_count_shown(), "2")

    def test_a_forged_browser_cookie_counts_as_a_new_browser(self):
        self.client.cookies["kangle_visitor"] = "forged-value"
        self.praise()
        self.assertEqual(Praise.objects.count(), 1)
        self.assertNotEqual(self.client.cookies["kangle_visitor"].value, "forged-value")

    def test_the_praise_address_only_takes_posts(self):
        response = self.client.get(self.praise_url)
        self.assertRedirects(response, self.role_model.url)
        self.assertEqual(self.client.put(self.praise_url).status_code, 405)
        self.assertEqual(self.client.get("/praise/9" + "9" * 30 + "/").status_code, 404)
        self.assertEqual(Praise.objects.count(), 0)

    def test_only_published_role_models_can_be_praised(self):
        draft = build_role_model(self.street, "草稿", live=False)
        self.assertEqual(praise(self.client, draft).status_code, 404)
        self.assertEqual(self.client.post("/praise/99999999/").status_code, 404)

    def test_a_post_from_another_site_is_refused(self):
        for headers in (
            {"Sec-Fetch-Site": "cross-site"},
            {"Origin": "https://evil.example"},
            {"Referer": "https://evil.example/page"},
            {"Origin": "null"},
            # An unclosed IPv6 bracket, which the address parser rejects.
            {"Referer": "http://[::1/page"},
            {},
        ):
            with self.subTest(headers=headers):
                response = self.client.post(self.praise_url, headers=headers)
                self.assertEqual(response.status_code, 403)
                self.assertContains(response, "没能点赞", status_code=403)
        self.assertEqual(Praise.objects.count(), 0)

    def test_browsers_without_fetch_metadata_are_checked_by_origin(self):
        response = self.client.post(
            self.praise_url, headers={"Origin": "http://testserver"}
        )
        self.assertEqual(response.status_code, 200)
        response = self.client_class().post(
            self.praise_url,
            headers={"Referer": f"http://testserver{self.role_model.url}"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(Praise.objects.count(), 2)

    @override_settings(PRAISE_RATE_LIMIT=(3, 60))
    def test_a_burst_from_one_address_is_refused_politely(self):
        for _ in range(3):
            self.praise(self.client_class())
        response = self.praise(self.client_class())
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "请过一两分钟再试", status_code=429)
        self.assertEqual(response["Retry-After"], "60")
        self.assertEqual(Praise.objects.count(), 3)
        other_address = self.client_class(REMOTE_ADDR="10.0.0.9")
        self.assertEqual(self.praise(other_address).status_code, 200)

    @override_settings(PRAISE_DAILY_LIMIT=(4, 24 * 3600))
    def test_one_address_adds_a_bounded_number_of_praises_a_day(self):
        # Each request without a cookie looks like a new browser.
        answers = [self.praise(self.client_class()).status_code for _ in range(6)]
        self.assertEqual(answers, [200] * 4 + [429] * 2)
        self.assertEqual(self.role_model.praises.count(), 4)
        refused = self.praise(self.client_class())
        self.assertContains(refused, "请明天再来", status_code=429)
        self.assertEqual(refused["Retry-After"], str(24 * 3600))
        self.assertEqual(praise(self.client, self.neighbour).status_code, 200)
        other_address = self.client_class(REMOTE_ADDR="10.0.0.9")
        self.assertEqual(self.praise(other_address).status_code, 200)

    @override_settings(PRAISE_DAILY_LIMIT=(2, 24 * 3600))
    def test_a_repeated_praise_from_one_browser_uses_none_of_the_allowance(self):
        for _ in range(3):
            self.praise()
        self.assertEqual(self.praise(self.client_class()).status_code, 200)
        self.assertEqual(self.role_model.praises.count(), 2)

    @override_settings(
        WAGTAILFRONTENDCACHE={
            "cdn": {"BACKEND": "tests.test_role_models.RecordingCacheBackend"}
        }
    )
    def test_a_praise_purges_the_cached_page_and_street(self):
        PURGED_URLS.clear()
        self.praise()
        self.assertIn(self.role_model.full_url, PURGED_URLS)
        self.assertIn(self.street.full_url, PURGED_URLS)
        self.assertIn(
            self.neighbour.full_url, PURGED_URLS, "its plaque shows the count too"
        )
        self.assertIn(f"{self.street.full_url}category/helping-others/", PURGED_URLS)
        PURGED_URLS.clear()
        self.praise()
        self.assertEqual(PURGED_URLS, [], "a repeated praise changes nothing")


class StreetDiscoveryTest(WagtailPageTestCase):
    """Role models are found through the sitemap and the site's search."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.street = build_street(cls.home)
        cls.wang = build_role_model(
            cls.street, "王秀英", deed="二十年义务为邻居理发", category="dedication"
        )

    def test_the_sitemap_lists_role_models_and_every_category(self):
        body = self.client.get("/sitemap.xml").content.decode()
        self.assertIn(self.wang.full_url, body)
        self.assertIn(f"{self.street.full_url}category/dedication/", body)
        self.assertIn(f"{self.street.full_url}category/bravery/", body)

    def test_search_finds_a_role_model_by_a_word_of_the_deed_under_good_people(self):
        response = self.client.get("/search/", {"q": "理发"})
        results = soup(response).select(".search-results li")
        self.assertEqual(len(results), 1)
        self.assertIn("王秀英", results[0].get_text())
        self.assertIn("好人", results[0].select_one(".search-result__section").text)


class PrivateDetailsTest(WagtailPageTestCase):
    """Editors are stopped before a story publishes a private phone number or
    an exact address, which stories pasted from nominations often carry."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.street = build_street(cls.home)
        cls.wang = build_role_model(cls.street, "王秀英")
        cls.editor = build_editor()

    def publish(self, story_text, deed="二十年义务为邻居理发"):
        self.client.force_login(self.editor)
        data = nested_form_data(
            {
                "title": "王秀英",
                "slug": self.wang.slug,
                "name": "王秀英",
                "category": "helping-others",
                "first_honoured_year": 2020,
                "deed": deed,
                "summary": "",
                "story": streamfield([("paragraph", rich_text(story_text))]),
                "honours": inline_formset([]),
                "action-publish": "publish",
            }
        )
        return self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.wang.pk]), data
        )

    def test_a_story_with_a_mobile_number_or_room_number_is_refused(self):
        for story in (
            "<p>有事请打 138 1234 5678 找她。</p>",
            "<p>她住在5栋302室。</p>",
        ):
            with self.subTest(story=story):
                response = self.publish(story)
                self.assertEqual(response.status_code, 200)
                errors = response.context["form"].errors
                self.assertIn("请删去私人电话或详细门牌", str(errors["story"]))
        self.wang.refresh_from_db()
        self.assertNotIn("5678", str(self.wang.story))

    def test_a_deed_with_a_phone_number_is_refused_too(self):
        response = self.publish("<p>好人故事。</p>", deed="帮忙请拨13812345678")
        self.assertContains(response, "请删去私人电话或详细门牌（13812345678）")

    def test_a_page_saved_outside_the_editor_is_checked_too(self):
        self.wang.story = [("paragraph", rich_text("<p>电话 0514-87654321</p>"))]
        with self.assertRaises(ValidationError):
            self.wang.save_revision()

    def test_a_clean_story_publishes(self):
        response = self.publish("<p>她在康乐新村住了三十年，2017年获评十佳好邻居。</p>")
        self.assertEqual(response.status_code, 302)
        self.wang.refresh_from_db()
        self.assertIn("三十年", str(self.wang.story))


class StreetQueriesTest(WagtailPageTestCase):
    """The street costs the same few queries however many plaques it shows
    (tests/test_query_budget.py checks every page of the demo site)."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.street = build_street(cls.home)
        cls.compound = build_compound("康乐新村")

    def add_role_models(self, count):
        for number in range(count):
            build_role_model(
                self.street,
                f"好人{number}",
                compound=self.compound,
                portrait=build_image(f"好人{number}", "示意插图：人物剪影"),
            )

    def queries_for_street(self):
        _, queries = cold_visit(self.client, self.street.url)
        return len(queries)

    def test_more_plaques_cost_no_more_queries_and_stay_within_budget(self):
        self.add_role_models(2)
        few = self.queries_for_street()
        self.add_role_models(8)
        self.assertEqual(self.queries_for_street(), few)
        self.assertLessEqual(few, QUERY_BUDGET)
