"""The site shell: the page tree, and what every page carries (navigation,
breadcrumbs, footer, meta tags, reading aids), plus sitemap, robots, the
400, 404 and 500 pages, and the methods a page answers."""

from datetime import date

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from tests.builders import (
    build_compound,
    build_editor,
    build_image,
    build_news,
    build_news_index,
    build_password_restriction,
    build_site,
    build_site_settings,
    build_standard_page,
)
from tests.html import landmark, soup, texts


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_news_lives_under_its_index_and_the_index_under_home(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertCanNotCreateAt(StandardPage, NewsPage)

    def test_plain_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})


class EveryPageRendersTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        build_site_settings()
        cls.about = build_standard_page(
            cls.home, show_in_menus=True, search_description="社区的基本情况"
        )
        cls.wuzhi = build_standard_page(cls.home, "五治", "wuzhi", show_in_menus=True)
        cls.dezhi = build_standard_page(cls.wuzhi, "德治为先", "dezhi")
        cls.hidden = build_standard_page(cls.home, "网站使用帮助", "help")
        cls.news_index = build_news_index(cls.home, show_in_menus=True)
        cls.article = build_news(
            cls.news_index,
            "康乐好人一条街升级",
            date(2026, 5, 1),
            tags=["德治"],
            lead_image=build_image(),
        )

    def test_each_page_type_renders(self):
        for page in (self.home, self.about, self.dezhi, self.news_index, self.article):
            with self.subTest(page=page.title):
                self.assertPageIsRenderable(page)
                self.assertPageIsRoutable(page)

    def test_menu_lists_pages_shown_in_menus_and_marks_the_current_section(self):
        menu = landmark(self.client.get(self.dezhi.url), "主导航")
        self.assertEqual(
            texts(menu.find_all("a")), ["首页", "社区简介", "五治", "社区动态"]
        )
        current = menu.find_all("a", attrs={"aria-current": "page"})
        self.assertEqual([link["href"] for link in current], ["/wuzhi/"])

    def test_breadcrumb_shows_the_trail_to_the_current_page(self):
        trail = landmark(self.client.get(self.dezhi.url), "当前位置")
        self.assertEqual(texts(trail.find_all("li")), ["首页", "五治", "德治为先"])
        self.assertEqual(
            trail.find("span", attrs={"aria-current": "page"}).text, "德治为先"
        )

    def test_footer_shows_contact_and_filing_numbers_from_site_settings(self):
        response = self.client.get(self.home.url)
        self.assertContains(response, "0514-0000 0000（示例号码）")
        self.assertContains(response, "苏ICP备00000000号-1（示例）")
        self.assertContains(response, "苏公网安备00000000000000号（示例）")
        self.assertContains(response, 'href="https://www.yangzhou.gov.cn/"')

    def test_page_head_carries_language_title_description_and_sharing_tags(self):
        response = self.client.get(self.article.url)
        self.assertContains(response, '<html lang="zh-Hans"')
        self.assertContains(response, "<title>康乐好人一条街升级 - 康乐社区网</title>")
        self.assertContains(
            response, '<meta name="description" content="康乐好人一条街升级的摘要">'
        )
        self.assertContains(response, '<meta property="og:type" content="article">')
        self.assertContains(
            response, '<meta property="og:url" content="http://localhost/news/'
        )
        self.assertRegex(
            response.content.decode(),
            r'<meta property="og:image" content="http://testserver/media/images/.+\.png"',
        )

    def test_seo_title_replaces_the_title_in_the_head(self):
        self.about.seo_title = "关于康乐社区"
        publish = self.about.save_revision()
        publish.publish()
        response = self.client.get(self.about.url)
        self.assertContains(response, "<title>关于康乐社区 - 康乐社区网</title>")
        self.assertContains(response, 'content="社区的基本情况"')

    def test_every_page_offers_a_skip_link_search_box_and_print_stylesheet(self):
        response = self.client.get(self.about.url)
        self.assertContains(response, '<a class="skip-link" href="#main">跳到正文</a>')
        self.assertContains(response, '<main id="main"')
        self.assertContains(response, 'action="/search/"')
        self.assertContains(response, 'media="print"')

    def test_pages_with_invented_details_say_so(self):
        self.assertNotContains(self.client.get(self.about.url), "示例内容")
        self.about.is_sample_content = True
        self.about.save_revision().publish()
        self.assertContains(self.client.get(self.about.url), "示例内容")

    def test_home_page_lists_the_compounds_and_marks_invented_ones(self):
        build_compound("康乐新村")
        build_compound("文昌苑", is_sample_content=True)
        page = soup(self.client.get(self.home.url))
        compounds = page.find("section", attrs={"aria-labelledby": "compounds-title"})
        self.assertEqual(compounds.h2.get_text(), "社区里的 2 个小区")
        self.assertEqual(texts(compounds.find_all("li")), ["康乐新村", "文昌苑 示例"])

    def test_published_date_is_shown_on_plain_pages(self):
        response = self.client.get(self.about.url)
        self.assertContains(response, "最近更新")


class PrivateSectionTest(WagtailPageTestCase):
    """A page or section editors put behind a password asks for it on every
    page, and stays out of menus, lists and neighbouring articles."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.staff = build_standard_page(
            cls.home, "工作人员专区", "staff", show_in_menus=True
        )
        cls.roster = build_standard_page(cls.staff, "值班表", "roster")
        cls.news_index = build_news_index(cls.home, show_in_menus=True)
        cls.public_news = build_news(
            cls.news_index, "公开的动态", date(2026, 5, 1), tags=["自治"]
        )
        cls.private_news = build_news(
            cls.news_index, "内部的动态", date(2026, 5, 2), tags=["自治"]
        )
        for page in (cls.staff, cls.private_news):
            build_password_restriction(page)

    def test_every_page_in_the_section_asks_for_the_password(self):
        for page in (self.staff, self.roster, self.private_news):
            with self.subTest(page=page.title):
                response = self.client.get(page.url)
                self.assertContains(response, 'name="password"')
                self.assertNotContains(response, f"{page.title}的正文")

    def test_an_alias_follows_the_restrictions_of_its_original(self):
        original = build_standard_page(self.home, "通知原文", "notice")
        alias = original.create_alias(update_slug="notice-copy")
        build_password_restriction(original)
        self.assertContains(self.client.get(alias.url), 'name="password"')

    def test_the_password_opens_the_section(self):
        form = soup(self.client.get(self.roster.url)).find("form", method="post")
        self.client.post(
            form["action"], {"password": "secret", "return_url": self.roster.url}
        )
        self.assertContains(self.client.get(self.roster.url), "康乐社区位于")

    @override_settings(PAGE_PASSWORD_RATE_LIMIT=(3, 900))
    def test_password_guesses_from_one_address_are_limited(self):
        form = soup(self.client.get(self.roster.url)).find("form", method="post")
        guess = {"return_url": self.roster.url}
        for _ in range(3):
            wrong = self.client.post(form["action"], {**guess, "password": "guess"})
            self.assertContains(wrong, "密码不对")
        refused = self.client.post(form["action"], {**guess, "password": "secret"})
        self.assertContains(refused, "请过 15 分钟再试", status_code=429)
        self.assertEqual(refused["Retry-After"], "900")
        self.assertContains(self.client.get(self.roster.url), 'name="password"')
        elsewhere = self.client_class(REMOTE_ADDR="10.0.0.9")
        opened = elsewhere.post(form["action"], {**guess, "password": "secret"})
        self.assertEqual(opened.status_code, 302)

    @override_settings(PAGE_PASSWORD_RATE_LIMIT=(2, 900))
    def test_guesses_at_a_document_password_are_limited_too(self):
        minutes = Collection.get_first_root_node().add_child(name="居委会会议纪要")
        CollectionViewRestriction.objects.create(
            collection=minutes,
            restriction_type=CollectionViewRestriction.PASSWORD,
            password="secret",
        )
        document = get_document_model().objects.create(
            title="十一月会议纪要",
            collection=minutes,
            file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="minutes.pdf"),
        )
        asked = self.client.get(document.url)
        self.assertContains(asked, "这里需要密码")
        form = soup(asked).find("form", method="post")
        guess = {"return_url": document.url, "password": "guess"}
        for _ in range(2):
            self.assertContains(self.client.post(form["action"], guess), "密码不对")
        refused = self.client.post(form["action"], {**guess, "password": "secret"})
        self.assertContains(refused, "密码输错的次数太多了", status_code=429)

    def test_the_password_page_is_in_chinese_and_names_nothing_of_the_page(self):
        response = self.client.get(self.private_news.url)
        page = soup(response)
        self.assertEqual(page.title.get_text(), "需要密码 - 康乐社区网")
        self.assertEqual(
            page.find("label", attrs={"for": "page-password"}).get_text(), "密码"
        )
        self.assertNotContains(response, "内部的动态")

    def test_menus_lists_and_neighbouring_articles_leave_it_out(self):
        # The home page's menu is read without routing, an article's with it.
        for url in (self.home.url, self.public_news.url):
            with self.subTest(url=url):
                menu = landmark(self.client.get(url), "主导航")
                self.assertEqual(texts(menu.find_all("a")), ["首页", "社区动态"])
        self.assertNotContains(self.client.get(self.news_index.url), "内部的动态")
        self.assertNotContains(self.client.get(self.public_news.url), "内部的动态")
        self.assertNotContains(self.client.get("/search/", {"q": "动态"}), "内部的动态")

    def test_a_plain_page_does_not_list_a_private_subpage(self):
        parent = build_standard_page(self.home, "办事指南", "guide")
        build_standard_page(parent, "公开的指南", "open-guide")
        private = build_standard_page(parent, "内部的指南", "internal-guide")
        build_password_restriction(private)
        response = self.client.get(parent.url)
        self.assertContains(response, "公开的指南")
        self.assertNotContains(response, "内部的指南")


class SiteFilesTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.about = build_standard_page(cls.home)
        cls.draft = build_standard_page(cls.home, "草稿页面", "draft", live=False)

    def test_sitemap_lists_live_pages_and_leaves_out_drafts(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<loc>http://localhost/about/</loc>")
        self.assertContains(response, "<loc>http://localhost/</loc>")
        self.assertNotContains(response, "/draft/")
        self.assertContains(response, "<loc>http://localhost/privacy/</loc>")

    @override_settings(ADMIN_PATH="bangong-7f3c")
    def test_robots_txt_points_to_the_sitemap_and_does_not_reveal_the_admin(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain")
        body = response.content.decode()
        self.assertNotIn("bangong", body)
        self.assertIn("Disallow: /search/", body)
        self.assertIn("Sitemap: http://testserver/sitemap.xml", body)

    def test_favicon_is_served(self):
        response = self.client.get("/favicon.ico", follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.redirect_chain[0][1], 301)

    def test_unknown_address_gets_a_404_in_the_site_style(self):
        response = self.client.get("/没有这个页面/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "抱歉，页面没有找到", status_code=404)
        self.assertContains(response, "康乐社区网", status_code=404)
        self.assertContains(response, 'href="/search/"', status_code=404)

    def test_draft_page_is_not_served_to_the_public(self):
        self.assertEqual(self.client.get("/draft/").status_code, 404)

    def test_server_error_page_renders_without_a_request(self):
        html = render_to_string("500.html")
        self.assertIn("抱歉，网站暂时出了问题", html)
        self.assertIn('lang="zh-Hans"', html)

    def test_bad_request_page_renders_without_a_request(self):
        html = render_to_string("400.html")
        self.assertIn("抱歉，这次请求无法处理", html)
        self.assertIn('lang="zh-Hans"', html)

    def test_a_page_answers_only_the_methods_it_handles(self):
        self.assertEqual(self.client.head(self.about.url).status_code, 200)
        for method in ("post", "put", "patch", "delete", "options"):
            with self.subTest(method=method):
                response = getattr(self.client, method)(self.about.url)
                self.assertEqual(response.status_code, 405)
                self.assertEqual(response["Allow"], "GET, HEAD")

    def form_client(self):
        """A client that, like a browser, holds a CSRF cookie; so the error
        pages, too, would look for the token in the body."""
        client = self.client_class(enforce_csrf_checks=True)
        client.cookies["csrftoken"] = "k" * 32
        return client

    def test_a_form_that_lost_its_token_is_explained_and_leads_back(self):
        public = self.form_client().post(self.about.url, {"a": "1"})
        self.assertContains(public, "表单没有提交成功", status_code=403)
        self.assertNotContains(public, "返回管理后台", status_code=403)
        editor = self.form_client()
        editor.force_login(build_editor())
        admin_home = reverse("wagtailadmin_home")
        edit = editor.post(
            reverse("wagtailadmin_pages:edit", args=[self.about.pk]), {"title": "改"}
        )
        self.assertEqual(edit.status_code, 403)
        self.assertEqual(
            soup(edit).find("a", string="返回管理后台")["href"], admin_home
        )

    def test_a_body_that_cannot_be_read_gets_the_400_page(self):
        for content_type in (
            "application/x-www-form-urlencoded; charset=utf-16",
            "multipart/form-data; boundary=",
        ):
            with self.subTest(content_type=content_type):
                response = self.form_client().generic(
                    "POST", self.about.url, b"a=1", content_type=content_type
                )
                self.assertContains(response, "抱歉，这次请求无法处理", status_code=400)

    def test_a_post_to_a_missing_address_gets_the_404_page_whatever_its_body(self):
        response = self.form_client().generic(
            "POST",
            "/praise/999999/",
            b"a=1",
            content_type="multipart/form-data; boundary=",
        )
        self.assertContains(response, "抱歉，页面没有找到", status_code=404)
