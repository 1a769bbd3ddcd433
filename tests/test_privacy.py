"""隐私政策 (/privacy/): every cookie the site sets and every piece of personal
data its forms collect, with its purpose, who sees it and how long it is kept,
as the code does it; how to ask for access, correction or deletion and to
withdraw consent. Reachable from every page's footer and beside every form."""

from datetime import date

from django.test import Client, TestCase, override_settings
from django.urls import reverse

from culture.forms import HONEYPOT_FIELD, NominationForm
from home.models import SiteSettings
from legal.models import LegalQuizPage
from tests.builders import (
    add_page,
    build_article_index,
    build_editor,
    build_news,
    build_news_index,
    build_password_restriction,
    build_role_model,
    build_site,
    build_site_settings,
    build_standard_page,
    build_street,
    praise,
)
from tests.html import footer_link, soup, texts
from tests.test_nominations import make_nomination, nomination_data

PRIVACY_URL = "/privacy/"
DAY = 24 * 60 * 60
# What the page must say for each lifetime a Set-Cookie header carries
# (Max-Age in seconds; none: the cookie ends with the browser session).
LIFETIME_WORDS = {
    str(365 * DAY): "1 年",
    str(364 * DAY): "364 天",
    str(14 * DAY): "14 天",
    "": "关闭浏览器时删除",
}


def set_cookies(client):
    """The cookies a browser holds after the client's requests: name → morsel
    (a cookie the site deleted again is left out)."""
    return {name: morsel for name, morsel in client.cookies.items() if morsel.value}


def submit(client, url, form_selector, data, **headers):
    """Fill in the form on the page at ``url`` and send it with the page's
    CSRF token, as a browser does."""
    form = soup(client.get(url)).select_one(form_selector)
    token = form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    return client.post(
        form.get("action") or url,
        {"csrfmiddlewaretoken": token, **data},
        headers=headers,
    )


class PrivacyPageTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        build_site_settings()
        cls.street = build_street(cls.home)
        cls.role_model = build_role_model(cls.street, "王秀英")
        cls.quiz = add_page(
            build_article_index(cls.home),
            LegalQuizPage(
                title="民法典小测验",
                slug="quiz",
                questions=[
                    (
                        "question",
                        {
                            "question": "公共法律服务热线是？",
                            "choices": ["12345", "12348"],
                            "correct": 2,
                            "explanation": "<p>12348。</p>",
                        },
                    )
                ],
            ),
        )
        cls.staff_section = build_standard_page(cls.home, "工作人员专区", "staff")
        build_password_restriction(cls.staff_section)
        cls.editor = build_editor()

    def privacy_page(self):
        response = self.client.get(PRIVACY_URL)
        self.assertEqual(response.status_code, 200)
        return soup(response)

    def listed_cookies(self, heading):
        """The cookies the page lists under ``heading``: name → lifetime."""
        listed = {}
        lists = self.privacy_page().select(f'ul[aria-labelledby="{heading}"] > li')
        for item in lists:
            terms = dict(
                zip(texts(item.find_all("dt")), texts(item.find_all("dd")), strict=True)
            )
            listed[terms["名称"]] = terms["保存多久"]
        return listed

    def section(self, anchor):
        """The text of the page's section whose heading has id ``anchor``."""
        heading = self.privacy_page().find(id=anchor)
        self.assertIsNotNone(heading, f"no #{anchor} on the privacy page")
        return " ".join(heading.find_parent("section").get_text().split())

    def visitor_journey(self):
        """A resident who enlarges the text, turns on high contrast, praises a
        role model, nominates someone, answers the quiz and opens a
        password-protected section, in one browser; the browser's cookies."""
        browser = Client(enforce_csrf_checks=True)
        for aid, choice in (("size", "large"), ("contrast", "high")):
            response = browser.get(reverse("reading_aid", args=[aid, choice]))
            self.assertEqual(response.status_code, 302)
        self.assertContains(praise(browser, self.role_model), "谢谢您为王秀英点赞")
        nominate = self.street.url + self.street.reverse_subpage("nominate")
        response = submit(browser, nominate, "form.nomination-form", nomination_data())
        self.assertEqual(response.status_code, 302)
        response = submit(browser, self.quiz.url, "form.quiz", {"q1": "2"})
        self.assertContains(response, "您答对了 1 题")
        response = submit(
            browser,
            self.staff_section.url,
            "main form",
            {"password": "secret", "return_url": self.staff_section.url},
        )
        self.assertRedirects(response, self.staff_section.url)
        self.assertContains(browser.get(self.staff_section.url), "康乐社区位于")
        return set_cookies(browser)

    def test_the_page_lists_exactly_the_cookies_a_visitor_gets(self):
        cookies = self.visitor_journey()
        self.assertLessEqual(
            {"kangle_text_size", "kangle_contrast", "kangle_visitor", "csrftoken"},
            set(cookies),
        )
        listed = self.listed_cookies("cookies")
        self.assertEqual(set(listed), set(cookies))
        for name, morsel in cookies.items():
            with self.subTest(cookie=name):
                self.assertEqual(listed[name], LIFETIME_WORDS[str(morsel["max-age"])])

    def test_the_page_lists_the_cookies_staff_get_in_the_admin(self):
        staff = Client()
        staff.get(reverse("wagtailadmin_login"))
        staff.post(
            reverse("wagtailadmin_login"),
            {"username": "editor", "password": "password", "remember": "on"},
        )
        nomination = make_nomination()
        edit_url = reverse(
            "wagtailsnippets_culture_nomination:edit", args=[nomination.pk]
        )
        response = staff.post(edit_url, {"status": "declined", "reviewer_note": ""})
        self.assertEqual(response.status_code, 302)
        cookies = set_cookies(staff)
        self.assertLessEqual({"sessionid", "csrftoken", "messages"}, set(cookies))
        listed = self.listed_cookies("staff-cookies")
        self.assertLessEqual(set(cookies), set(listed))
        self.assertIn("wagtail_sidebar_collapsed", listed)
        for name, morsel in cookies.items():
            with self.subTest(cookie=name):
                self.assertEqual(listed[name], LIFETIME_WORDS[str(morsel["max-age"])])

    @override_settings(
        NOMINATION_CONTACT_RETENTION_DAYS=45,
        NOMINATION_PENDING_CONTACT_RETENTION_DAYS=120,
        CSRF_COOKIE_NAME="kangle_csrf",
        CSRF_COOKIE_AGE=30 * DAY,
        SESSION_COOKIE_AGE=7 * DAY,
        NOMINATION_RATE_LIMIT=(5, 2 * 3600),
        PAGE_PASSWORD_RATE_LIMIT=(10, 10 * 60),
    )
    def test_names_and_periods_follow_the_settings(self):
        nomination = self.section("nomination")
        self.assertIn("推荐处理完（采纳或不采纳）45 天后删除", nomination)
        self.assertIn("提交 120 天后还没有处理完的，也会删除", nomination)
        self.assertIn("网络地址的计数：2 小时后自动清除", nomination)
        passwords = self.section("page-password")
        self.assertIn("网络地址的计数：10 分钟后自动清除", passwords)
        visitors = self.listed_cookies("cookies")
        self.assertEqual(visitors["kangle_csrf"], "30 天")
        self.assertNotIn("csrftoken", visitors)
        self.assertEqual(self.listed_cookies("staff-cookies")["sessionid"], "7 天")

    def test_every_field_of_the_nomination_form_is_explained(self):
        form_page = soup(
            self.client.get(self.street.url + self.street.reverse_subpage("nominate"))
        )
        fields = {
            element["name"]
            for element in form_page.select("form.nomination-form [name]")
        } - {HONEYPOT_FIELD, "csrfmiddlewaretoken", "submission_key"}
        self.assertEqual(fields, set(NominationForm.base_fields) - {HONEYPOT_FIELD})
        nomination = self.section("nomination")
        for name in fields - {"consent"}:
            with self.subTest(field=name):
                self.assertIn(NominationForm.base_fields[name].label, nomination)
        self.assertIn("您勾选同意隐私说明的时间", nomination)
        for heading in ("收集哪些信息", "用来做什么", "谁能看到", "保存多久"):
            self.assertIn(heading, nomination)
        self.assertIn("只有康乐社区负责审核推荐的工作人员", nomination)

    def test_consent_quiz_praise_and_page_passwords_are_explained(self):
        nominee = self.section("nominee")
        self.assertIn("征得被推荐人本人同意", nominee)
        self.assertIn("被推荐人同意公开", nominee)
        self.assertIn("答案不保存", self.section("quiz"))
        praise = self.section("praise")
        self.assertIn("点赞记录和好人页面一起保存", praise)
        self.assertIn("网络地址的计数：最长 1 天后自动清除", praise)
        passwords = self.section("page-password")
        self.assertIn("您输入的密码：只用来核对，不保存", passwords)
        self.assertIn("网络地址的计数：15 分钟后自动清除", passwords)

    def test_requests_go_to_the_contact_in_the_site_settings(self):
        rights = self.section("rights")
        for words in ("查询", "复制", "更正", "删除", "撤回"):
            self.assertIn(words, rights)
        self.assertIn("0514-0000 0000（示例号码）", rights)
        self.assertIn("扬州市邗江区康乐社区（示例地址）", rights)
        self.assertIn("周一至周五 8:30–17:30", rights)

        SiteSettings.objects.update(
            contact_phone="", contact_address="", office_hours=""
        )
        rights = self.section("rights")
        self.assertIn("请到康乐社区居民委员会当面办理", rights)
        self.assertNotIn("0514", rights)

    def test_every_page_links_to_the_privacy_page_in_its_footer(self):
        news = build_news(build_news_index(self.home), "社区动态一则", date(2026, 5, 1))
        nominate = self.street.url + self.street.reverse_subpage("nominate")
        for url in (
            self.home.url,
            self.staff_section.url,
            self.street.url,
            self.role_model.url,
            nominate,
            self.quiz.url,
            news.url,
            "/search/?q=好人",
            PRIVACY_URL,
            "/no-such-page/",
        ):
            with self.subTest(url=url):
                link = footer_link(self.client.get(url), PRIVACY_URL)
                self.assertIn("隐私政策", link.get_text())

    def test_each_form_links_to_its_part_of_the_privacy_page(self):
        nominate = self.street.url + self.street.reverse_subpage("nominate")
        cases = [
            (nominate, "form.nomination-form", "nomination"),
            (self.quiz.url, "form.quiz", "quiz"),
            (self.role_model.url, "section.praise", "praise"),
            (self.staff_section.url, "main form", "page-password"),
        ]
        for url, container, anchor in cases:
            with self.subTest(form=container):
                place = soup(self.client.get(url)).select_one(container)
                self.assertIsNotNone(place.find("button", type="submit"))
                link = place.find("a", href=f"{PRIVACY_URL}#{anchor}")
                self.assertIsNotNone(link, f"no privacy link beside {container}")
                self.assertEqual(link.get_text(), "我们如何使用您的信息")
                self.assertIsNotNone(self.privacy_page().find(id=anchor))

    def test_the_page_answers_only_reading(self):
        self.assertEqual(self.client.head(PRIVACY_URL).status_code, 200)
        self.assertEqual(self.client.get(PRIVACY_URL, {"a": "\x00"}).status_code, 200)
        self.assertEqual(self.client.post(PRIVACY_URL).status_code, 405)
