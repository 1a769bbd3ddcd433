"""人人推好人: a resident nominates a good person on the street's own form,
with a clear confirmation or a clear message beside each field; submissions
stay private, editors decide in the admin and turn an accepted one into a
draft role-model page, and the nominator's contact data is erased later."""

import json
import uuid
from datetime import timedelta
from io import StringIO
from unittest import mock
from urllib.parse import urlencode

from django.core.management import call_command
from django.db.models import QuerySet
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from culture.models import Nomination, RoleModelPage
from tests.builders import (
    build_compound,
    build_editor,
    build_role_model,
    build_site,
    build_street,
)
from tests.html import soup, texts

DEED = (
    "王阿姨十年来每天早上给楼里三位独居老人送早饭，"
    "下雨天还帮他们买菜、取药，从来不要一分钱。"
)
LIST_URL = "/admin/snippets/culture/nomination/"


def nomination_data(**changes):
    """A complete, valid form; a change of ``None`` leaves the field out."""
    data = {
        "submission_key": str(uuid.uuid4()),
        "nominee_name": "王秀英",
        "compound": "",
        "category": "helping-others",
        "deed": DEED,
        "nominator_name": "李建国",
        "nominator_phone": "138 1234 5678",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def make_nomination(**fields):
    defaults = {
        "nominee_name": "王秀英",
        "category": "helping-others",
        "deed": DEED,
        "nominator_name": "李建国",
        "nominator_phone": "13812345678",
        "consented_at": timezone.now(),
    }
    return Nomination.objects.create(**{**defaults, **fields})


# Each test posts as 127.0.0.1; the rate limit has its own test below.
@override_settings(NOMINATION_RATE_LIMIT=(1000, 3600))
class NominationFormTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.street = build_street(cls.home)
        cls.compound = build_compound("康乐新村")

    def setUp(self):
        self.url = self.street.url + self.street.reverse_subpage("nominate")
        self.thanks_url = self.street.url + self.street.reverse_subpage(
            "nomination_thanks"
        )

    def post(self, **changes):
        return self.client.post(self.url, nomination_data(**changes))

    def assertStoredNothing(self):
        self.assertEqual(Nomination.objects.count(), 0)

    def assertFieldError(self, response, name, message):
        """The message is beside the field, linked to it, and the field is
        marked invalid; the nomination was not stored."""
        self.assertEqual(response.status_code, 200)
        page = soup(response)
        error = page.find(id=f"id_{name}_error")
        self.assertIsNotNone(error, f"no error shown beside {name}")
        self.assertIn(message, error.get_text())
        inputs = page.find_all(attrs={"name": name})
        self.assertTrue(inputs, f"no input named {name}")
        for element in inputs:
            self.assertEqual(element.get("aria-invalid"), "true")
        described = page.find(attrs={"aria-describedby": True, "name": name})
        if described is None:  # radio buttons: the group carries the description
            described = inputs[0].find_parent("fieldset")
        self.assertIn(f"id_{name}_error", described["aria-describedby"].split())
        summary = texts(page.select(".form-alert li"))
        self.assertTrue(any(message in line for line in summary), summary)

    def test_a_post_without_its_security_token_is_explained_in_chinese(self):
        client = self.client_class(enforce_csrf_checks=True)
        response = client.post(self.url, nomination_data())
        self.assertContains(response, "表单没有提交成功", status_code=403)
        self.assertContains(response, "返回", status_code=403)
        self.assertStoredNothing()

    def test_the_street_has_the_nomination_routes(self):
        self.assertEqual(self.url, "/good-people/nominate/")
        self.assertEqual(self.thanks_url, "/good-people/nominate/thanks/")

    def test_the_form_asks_for_everything_with_labels_and_the_privacy_notice(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertIn("no-store", response["Cache-Control"])
        page = soup(response)
        self.assertEqual(page.h1.get_text(), "人人推好人")
        self.assertEqual(
            page.find("link", rel="canonical")["href"],
            "http://testserver/good-people/nominate/",
        )
        crumbs = texts(page.select(".breadcrumbs li"))
        self.assertEqual(crumbs, ["首页", "康乐好人一条街", "人人推好人"])
        form = page.find("form", class_="nomination-form")
        self.assertEqual(form["method"], "post")
        for name in (
            "nominee_name",
            "compound",
            "deed",
            "is_anonymous",
            "nominator_name",
            "nominator_phone",
            "consent",
        ):
            with self.subTest(field=name):
                element = form.find(attrs={"name": name})
                label = form.find("label", attrs={"for": element["id"]})
                self.assertTrue(label.get_text(strip=True))
        self.assertEqual(
            texts(form.select('label[for^="id_category_"]')),
            ["助人为乐", "见义勇为", "诚实守信", "敬业奉献", "孝老爱亲"],
        )
        compounds = texts(form.find("select", attrs={"name": "compound"}).find_all())
        self.assertEqual(compounds, ["不清楚，或不在列表里", "康乐新村"])
        uuid.UUID(form.find(attrs={"name": "submission_key"})["value"])
        notice = page.find("section", attrs={"aria-labelledby": "privacy-title"})
        notice_text = notice.get_text()
        self.assertIn("只有康乐社区的工作人员能看到", notice_text)
        self.assertIn("90 天后，您的姓名和电话会被删除", notice_text)
        self.assertIsNotNone(notice.find(attrs={"name": "consent"}))
        # The honeypot is inside a block the stylesheet hides from everyone.
        trap = form.find(attrs={"name": "website"})
        self.assertIn("form-trap", trap.find_parent("div")["class"])
        self.assertEqual(trap["tabindex"], "-1")

    def test_each_visit_gets_its_own_submission_key(self):
        keys = {
            soup(self.client.get(self.url)).find(attrs={"name": "submission_key"})[
                "value"
            ]
            for _ in range(2)
        }
        self.assertEqual(len(keys), 2)

    def test_a_nomination_is_stored_privately_and_confirmed(self):
        form = soup(self.client.get(self.url)).find("form", class_="nomination-form")
        key = form.find(attrs={"name": "submission_key"})["value"]
        response = self.client.post(
            self.url,
            nomination_data(
                submission_key=key,
                compound=str(self.compound.pk),
                nominator_phone="0514-8765 4321",
            ),
            follow=True,
        )
        self.assertEqual(response.redirect_chain, [(self.thanks_url, 302)])
        self.assertContains(response, "谢谢您的推荐")
        self.assertContains(response, "我们已经收到您的推荐")
        nomination = Nomination.objects.get()
        self.assertEqual(str(nomination.submission_key), key)
        self.assertEqual(nomination.nominee_name, "王秀英")
        self.assertEqual(nomination.compound, self.compound)
        self.assertEqual(nomination.category, "helping-others")
        self.assertEqual(nomination.deed, DEED)
        self.assertEqual(nomination.nominator_name, "李建国")
        self.assertEqual(nomination.nominator_phone, "0514-87654321")
        self.assertFalse(nomination.is_anonymous)
        self.assertEqual(nomination.status, Nomination.PENDING)
        self.assertIsNotNone(nomination.consented_at)
        # Nothing of it appears on the public site.
        self.assertNotContains(self.client.get(self.thanks_url), "王秀英")
        self.assertNotContains(self.client.get(self.url), "王秀英")

    def test_each_mistake_is_explained_beside_its_field(self):
        cases = [
            ({"nominee_name": ""}, "nominee_name", "请填写被推荐人的姓名或称呼"),
            ({"nominee_name": "王" * 21}, "nominee_name", "最多 20 个字"),
            ({"compound": "99999"}, "compound", "请从列表里选一个小区"),
            ({"category": None}, "category", "请选择一个类别"),
            ({"category": "martians"}, "category", "请从列出的五个类别里选一个"),
            ({"deed": "她人很好。"}, "deed", "至少要 30 个字，您现在写了 5 个字"),
            ({"deed": "好" * 1001}, "deed", "最多 1000 个字，您现在写了 1001 个字"),
            ({"nominator_name": ""}, "nominator_name", "请勾选上面的“匿名推荐”"),
            ({"nominator_phone": ""}, "nominator_phone", "请留下您的联系电话"),
            ({"nominator_phone": "12345"}, "nominator_phone", "这个电话号码不对"),
            ({"consent": None}, "consent", "请勾选同意隐私说明"),
        ]
        for changes, name, message in cases:
            with self.subTest(field=name, changes=changes):
                response = self.post(**changes)
                self.assertFieldError(response, name, message)
                self.assertStoredNothing()

    def test_what_was_typed_is_kept_when_something_is_wrong(self):
        key = str(uuid.uuid4())
        response = self.post(
            submission_key=key,
            compound=str(self.compound.pk),
            nominator_phone="0514 8765",
            is_anonymous="on",
            consent=None,
        )
        form = soup(response).find("form", class_="nomination-form")
        self.assertEqual(form.find(attrs={"name": "nominee_name"})["value"], "王秀英")
        self.assertEqual(form.find("textarea").get_text().strip(), DEED)
        self.assertEqual(
            form.find("option", selected=True)["value"], str(self.compound.pk)
        )
        self.assertEqual(
            form.find(attrs={"name": "category", "checked": True})["value"],
            "helping-others",
        )
        self.assertTrue(form.find(attrs={"name": "is_anonymous"}).has_attr("checked"))
        self.assertEqual(
            form.find(attrs={"name": "nominator_phone"})["value"], "0514 8765"
        )
        self.assertFalse(form.find(attrs={"name": "consent"}).has_attr("checked"))
        self.assertEqual(form.find(attrs={"name": "submission_key"})["value"], key)
        self.assertIn("有 2 处需要修改", soup(response).title.get_text())

    def test_an_anonymous_nominator_need_not_give_a_name(self):
        response = self.post(nominator_name="", is_anonymous="on")
        self.assertRedirects(response, self.thanks_url)
        nomination = Nomination.objects.get()
        self.assertTrue(nomination.is_anonymous)
        self.assertEqual(nomination.nominator_name, "")

    def test_an_anonymous_nominators_name_is_not_kept_even_if_typed(self):
        self.assertRedirects(self.post(is_anonymous="on"), self.thanks_url)
        self.assertEqual(Nomination.objects.get().nominator_name, "")

    def test_a_named_nomination_needs_the_name(self):
        for name in ("", "   "):
            with self.subTest(name=name):
                response = self.post(nominator_name=name)
                self.assertFieldError(
                    response,
                    "nominator_name",
                    "请填写您的姓名；不想留名的话，请勾选上面的“匿名推荐”。",
                )
        self.assertStoredNothing()

    def test_nothing_is_stored_without_consent(self):
        for consent in (None, ""):
            with self.subTest(consent=consent):
                response = self.post(consent=consent)
                self.assertFieldError(
                    response, "consent", "请勾选同意隐私说明，我们才能收下您的推荐。"
                )
        self.assertStoredNothing()

    def test_phone_numbers_are_checked_and_stored_in_one_form(self):
        accepted = [
            ("13812345678", "13812345678"),
            ("138 1234 5678", "13812345678"),
            ("138-1234-5678", "13812345678"),
            ("+86 199 0000 1111", "19900001111"),
            ("１３８１２３４５６７８", "13812345678"),
            ("0514-87654321", "0514-87654321"),
            ("0514 8765 4321", "0514-87654321"),
            ("051487654321", "0514-87654321"),
            ("（0514）8765432", "0514-8765432"),
            ("010-6512 3456", "010-65123456"),
        ]
        for typed, stored in accepted:
            with self.subTest(typed=typed):
                self.assertRedirects(self.post(nominator_phone=typed), self.thanks_url)
                self.assertEqual(
                    Nomination.objects.latest("pk").nominator_phone, stored
                )
        refused = [
            "12812345678",
            "1381234567",
            "138123456789",
            "87654321",
            "0514-123",
            "0514-0765432",
            "电话 13812345678",
            "1" * 21,
        ]
        before = Nomination.objects.count()
        for typed in refused:
            with self.subTest(typed=typed):
                response = self.post(nominator_phone=typed)
                self.assertEqual(response.status_code, 200)
                self.assertIsNotNone(soup(response).find(id="id_nominator_phone_error"))
        self.assertEqual(Nomination.objects.count(), before)

    def test_a_filled_honeypot_gets_the_same_thanks_and_stores_nothing(self):
        response = self.post(website="https://spam.example/")
        self.assertRedirects(response, self.thanks_url)
        self.assertStoredNothing()
        # Even a robot that gets everything else wrong sees only the thanks.
        response = self.client.post(self.url, {"website": "x", "deed": "buy"})
        self.assertRedirects(response, self.thanks_url)
        self.assertStoredNothing()

    @override_settings(NOMINATION_RATE_LIMIT=(2, 3600))
    def test_too_many_nominations_from_one_address_are_refused_politely(self):
        for _ in range(2):
            self.assertRedirects(self.post(), self.thanks_url)
        key = str(uuid.uuid4())
        response = self.post(submission_key=key, nominee_name="张三")
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Retry-After"], "3600")
        alert = soup(response).find(attrs={"role": "alert"})
        self.assertIn("提交得太频繁了", alert.get_text())
        self.assertIn("60 分钟内最多提交 2 次", alert.get_text())
        form = soup(response).find("form", class_="nomination-form")
        self.assertEqual(form.find(attrs={"name": "nominee_name"})["value"], "张三")
        self.assertEqual(form.find("textarea").get_text().strip(), DEED)
        self.assertEqual(form.find(attrs={"name": "submission_key"})["value"], key)
        self.assertEqual(Nomination.objects.count(), 2)
        # Another address still may.
        response = self.client.post(
            self.url, nomination_data(), REMOTE_ADDR="192.0.2.7"
        )
        self.assertRedirects(response, self.thanks_url)
        self.assertEqual(Nomination.objects.count(), 3)

    @override_settings(NOMINATION_RATE_LIMIT=(1, 3600))
    def test_correcting_mistakes_does_not_use_up_the_allowance(self):
        for _ in range(3):
            self.assertEqual(self.post(consent=None).status_code, 200)
        self.assertRedirects(self.post(), self.thanks_url)
        self.assertEqual(Nomination.objects.count(), 1)

    def test_sending_the_form_twice_stores_it_once(self):
        data = nomination_data()
        first = self.client.post(self.url, data)
        second = self.client.post(self.url, data)
        third = self.client.post(self.url, {**data, "nominee_name": "改过的名字"})
        for response in (first, second, third):
            self.assertRedirects(response, self.thanks_url)
        nomination = Nomination.objects.get()
        self.assertEqual(str(nomination.submission_key), data["submission_key"])
        self.assertEqual(nomination.nominee_name, "王秀英")

    def test_the_same_form_arriving_twice_at_once_is_stored_once(self):
        data = nomination_data()
        make_nomination(submission_key=data["submission_key"])
        # The other request stored it just after this one looked for the key.
        with mock.patch.object(QuerySet, "exists", side_effect=[False, True]):
            response = self.client.post(self.url, data)
        self.assertRedirects(response, self.thanks_url)
        self.assertEqual(Nomination.objects.count(), 1)

    def test_html_typed_into_the_form_is_shown_as_text(self):
        response = self.post(
            nominee_name="<b>王</b>",
            deed=f"<script>alert('x')</script>{DEED}",
            nominator_phone="<i>1</i>",
        )
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertNotIn("<script>alert", html)
        self.assertNotIn("<b>王</b>", html)
        self.assertIn("&lt;script&gt;alert", html)
        self.assertIn('value="&lt;b&gt;王&lt;/b&gt;"', html)
        page = soup(response)
        self.assertIsNone(page.find("main").find("script"))
        self.assertEqual(
            page.find(attrs={"name": "nominee_name"})["value"], "<b>王</b>"
        )

    def test_control_characters_and_nul_bytes_are_cleaned_not_stored(self):
        response = self.post(
            nominee_name="王\x00秀英",
            deed=f"{DEED}\x00\r\n第二段\x07。",
            nominator_name="李\x00建国",
            nominator_phone="138\x0012345678",
        )
        self.assertRedirects(response, self.thanks_url)
        nomination = Nomination.objects.get()
        self.assertEqual(nomination.nominee_name, "王 秀英")
        self.assertEqual(nomination.deed, f"{DEED} \n第二段 。")
        self.assertEqual(nomination.nominator_name, "李 建国")
        self.assertEqual(nomination.nominator_phone, "13812345678")

    def test_text_garbled_on_the_way_is_refused_not_stored(self):
        # 王 in GBK: bytes that are no UTF-8, as an old Chinese client sends them.
        body = urlencode(nomination_data(nominee_name=None)) + "&nominee_name=%CD%F5"
        response = self.client.post(
            self.url, body, content_type="application/x-www-form-urlencoded"
        )
        self.assertFieldError(response, "nominee_name", "无法识别的乱码")
        self.assertStoredNothing()

    def test_odd_requests_never_break_the_pages(self):
        for params in (
            {"category": "<x>"},
            {"a": "\x00"},
            {"page": "9" * 500},
            {"compound": "1" * 5000},
        ):
            with self.subTest(params=params):
                self.assertEqual(self.client.get(self.url, params).status_code, 200)
                self.assertEqual(
                    self.client.get(self.thanks_url, params).status_code, 200
                )
        self.assertEqual(self.client.head(self.url).status_code, 200)
        for method in ("put", "patch", "delete"):
            with self.subTest(method=method):
                self.assertEqual(
                    getattr(self.client, method)(self.url).status_code, 405
                )
        self.assertEqual(self.client.post(self.thanks_url).status_code, 405)
        self.assertEqual(self.client.get(self.url + "extra/").status_code, 404)

    def test_odd_posts_are_answered_with_messages(self):
        odd = [
            {},
            {"submission_key": "not-a-key"},
            {"submission_key": "\x00", "nominee_name": "\x00", "deed": "\x00" * 50},
            {"compound": "1" * 5000, "category": "\x00"},
            {"compound": "-1"},
            {"compound": "1.5"},
            {"compound": "\x00"},
            {"consent": "maybe", "is_anonymous": "\x00"},
            dict.fromkeys(
                nomination_data(website=None, submission_key=None), "长" * 20_000
            ),
        ]
        for data in odd:
            with self.subTest(fields=sorted(data)):
                response = self.client.post(self.url, data)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(soup(response).select(".form-alert li"))
        self.assertStoredNothing()

    def test_a_form_without_its_key_is_still_received(self):
        response = self.post(submission_key=None)
        self.assertRedirects(response, self.thanks_url)
        self.assertEqual(Nomination.objects.count(), 1)

    def test_an_oversized_request_is_refused_without_an_error_page(self):
        response = self.client.post(self.url, {"deed": "x" * 3_000_000})
        self.assertEqual(response.status_code, 400)
        self.assertStoredNothing()


class NominationAdminTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.street = build_street(cls.home)
        build_street(cls.home, title="第二条街", slug="second-street")
        cls.compound = build_compound("康乐新村")
        cls.editor = build_editor()
        cls.pending = make_nomination(
            nominee_name="王秀英", compound=cls.compound, nominator_name="李建国"
        )
        cls.declined = make_nomination(
            nominee_name="赵四",
            status=Nomination.DECLINED,
            decided_at=timezone.now(),
        )

    def setUp(self):
        self.client.force_login(self.editor)

    def edit_url(self, nomination):
        return reverse("wagtailsnippets_culture_nomination:edit", args=[nomination.pk])

    def review(self, nomination, **data):
        """Post the review form as the browser sends it: with the consent box
        as it stands unless ``data`` changes it."""
        form = {"status": nomination.status, "reviewer_note": ""}
        if nomination.nominee_consent:
            form["nominee_consent"] = "on"
        return self.client.post(self.edit_url(nomination), {**form, **data})

    def accept(self, nomination, **data):
        """Tick that the nominee agreed and press 采纳, in one post."""
        return self.review(
            nomination, nominee_consent="on", **{"action-accept": "采纳"}, **data
        )

    def test_the_public_cannot_see_nominations(self):
        self.client.logout()
        for url in (LIST_URL, self.edit_url(self.pending)):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertRedirects(
                    response, f"/admin/login/?next={url}", fetch_redirect_response=False
                )
        self.assertNotContains(
            self.client.get(self.street.url + "nominate/thanks/"), "王秀英"
        )

    def test_editors_see_pending_nominations_in_the_culture_menu(self):
        response = self.client.get(LIST_URL)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "王秀英")
        self.assertContains(response, "待审核")
        pending = self.client.get(LIST_URL, {"status": Nomination.PENDING})
        self.assertContains(pending, "王秀英")
        self.assertNotContains(pending, "赵四")
        found = self.client.get(LIST_URL, {"q": "赵四"})
        self.assertContains(found, "赵四")
        self.assertNotContains(found, "王秀英")
        self.assertEqual(self.culture_menu(), ["家风家训", "好人推荐"])

    def culture_menu(self):
        """The labels under 德治 in the admin's sidebar."""
        props = soup(self.client.get("/admin/")).find(id="wagtail-sidebar-props")
        main_menu = json.loads(props.string)["modules"][2]["_args"][0]
        culture = next(i for i in main_menu if i["_args"][0]["label"] == "德治")
        return [child["_args"][0]["label"] for child in culture["_args"][1]]

    def test_editors_cannot_add_nominations_in_the_admin(self):
        add_url = reverse("wagtailsnippets_culture_nomination:add")
        self.assertNotContains(self.client.get(LIST_URL), add_url)
        response = self.client.get(add_url)
        self.assertNotEqual(response.status_code, 200)
        self.client.post(add_url, {"nominee_name": "伪造", "status": "accepted"})
        self.assertFalse(Nomination.objects.filter(nominee_name="伪造").exists())

    def test_the_dashboard_counts_pending_nominations(self):
        make_nomination(nominee_name="钱五")
        page = soup(self.client.get("/admin/"))
        link = page.find("a", string="2 条待审核的好人推荐")
        self.assertIsNotNone(link)
        self.assertEqual(link["href"], f"{LIST_URL}?status=pending")

    def test_the_review_shows_the_nomination_and_records_the_decision(self):
        response = self.client.get(self.edit_url(self.pending))
        self.assertContains(response, DEED)
        self.assertContains(response, "13812345678")
        self.assertContains(response, 'name="action-accept"')
        response = self.review(
            self.pending, status=Nomination.DECLINED, reviewer_note="事迹无法核实"
        )
        self.assertEqual(response.status_code, 302)
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, Nomination.DECLINED)
        self.assertEqual(self.pending.reviewer_note, "事迹无法核实")
        self.assertEqual(self.pending.decided_by, self.editor)
        self.assertLess(timezone.now() - self.pending.decided_at, timedelta(minutes=1))
        decided_at = self.pending.decided_at
        # A note alone does not change when it was decided.
        self.review(self.pending, reviewer_note="已电话告知推荐人")
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.decided_at, decided_at)
        # Back to pending: no decision any more.
        self.review(self.pending, status=Nomination.PENDING)
        self.pending.refresh_from_db()
        self.assertIsNone(self.pending.decided_at)
        self.assertIsNone(self.pending.decided_by)

    def test_the_nominators_words_are_shown_as_text_in_the_admin(self):
        nomination = make_nomination(
            nominee_name="<b>钱</b>", deed=f"<script>x</script>{DEED}"
        )
        for url in (LIST_URL, self.edit_url(nomination)):
            with self.subTest(url=url):
                html = self.client.get(url).content.decode()
                self.assertNotIn("<script>x</script>", html)
                self.assertNotIn("<b>钱</b>", html)
                self.assertIn("&lt;b&gt;钱&lt;/b&gt;", html)

    def test_accepting_makes_a_draft_role_model_page_in_one_step(self):
        long_deed = "她" + DEED * 2 + "\n<i>第二段</i>"
        nomination = make_nomination(
            nominee_name="孙桂兰",
            compound=self.compound,
            category="filial-piety",
            deed=long_deed,
        )
        response = self.accept(nomination, reviewer_note="已核实")
        page = RoleModelPage.objects.get(name="孙桂兰")
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            fetch_redirect_response=False,
        )
        self.assertEqual(self.client.get(response.url).status_code, 200)
        self.assertFalse(page.live)
        self.assertTrue(page.has_unpublished_changes)
        self.assertEqual(page.get_parent().specific, self.street)
        self.assertEqual(page.title, "孙桂兰")
        self.assertEqual(page.category, "filial-piety")
        self.assertEqual(page.compound, self.compound)
        self.assertEqual(page.first_honoured_year, timezone.localdate().year)
        self.assertEqual(len(page.deed), 40)
        self.assertEqual(page.deed, ("她" + DEED)[:39] + "…")
        self.assertEqual(len(page.story), 1)
        self.assertEqual(page.story[0].block_type, "paragraph")
        story = page.story[0].value.source
        self.assertIn(DEED, story)
        self.assertIn("<p>&lt;i&gt;第二段&lt;/i&gt;</p>", story)
        nomination.refresh_from_db()
        self.assertEqual(nomination.status, Nomination.ACCEPTED)
        self.assertEqual(nomination.role_model_page, page)
        self.assertTrue(nomination.nominee_consent)
        self.assertEqual(nomination.reviewer_note, "已核实")
        self.assertEqual(nomination.decided_by, self.editor)
        self.assertIsNotNone(nomination.decided_at)
        # The draft is not on the site.
        self.assertEqual(
            self.client.get(self.street.url + page.slug + "/").status_code, 404
        )
        # Once accepted, the button is gone and accepting again makes nothing new.
        self.assertNotContains(
            self.client.get(self.edit_url(nomination)), 'name="action-accept"'
        )
        self.accept(nomination)
        self.assertEqual(RoleModelPage.objects.filter(name="孙桂兰").count(), 1)

    def test_no_page_is_made_before_the_nominee_agreed_to_be_named(self):
        review = soup(self.client.get(self.edit_url(self.pending)))
        box = review.find("input", attrs={"name": "nominee_consent"})
        self.assertFalse(box.has_attr("checked"))
        label = review.find("label", attrs={"for": box["id"]})
        self.assertIn("被推荐人同意公开", label.get_text())
        self.assertIn("勾选后才能生成好人页面", review.get_text())

        response = self.review(self.pending, **{"action-accept": "采纳"})
        self.assertRedirects(
            response, self.edit_url(self.pending), fetch_redirect_response=False
        )
        (message,) = texts(soup(self.client.get(response.url)).select(".messages li"))
        self.assertIn(
            "还不能生成好人页面：请先征得王秀英本人同意公开，"
            "勾选“被推荐人同意公开”后再点“采纳并生成好人页面草稿”。",
            message,
        )
        self.assertFalse(RoleModelPage.objects.exists())
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, Nomination.PENDING)
        self.assertIsNone(self.pending.role_model_page)
        self.assertFalse(self.pending.nominee_consent)

        response = self.accept(self.pending)
        page = RoleModelPage.objects.get(name="王秀英")
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            fetch_redirect_response=False,
        )
        self.assertFalse(page.live)
        self.pending.refresh_from_db()
        self.assertTrue(self.pending.nominee_consent)
        self.assertEqual(self.pending.role_model_page, page)

    def test_the_draft_leaves_out_phone_numbers_and_room_numbers(self):
        nomination = make_nomination(
            nominee_name="孙桂兰",
            deed="孙阿姨住在5栋302室，有事打13812345678找她。" + DEED,
        )
        self.accept(nomination)
        page = RoleModelPage.objects.get(name="孙桂兰")
        text = page.deed + page.story[0].value.source
        self.assertNotIn("13812345678", text)
        self.assertNotIn("302室", text)
        self.assertIn("（联系方式或门牌已隐去）", text)
        nomination.refresh_from_db()
        self.assertIn("13812345678", nomination.deed, "the editors keep the original")

    def test_the_draft_gets_a_free_address_beside_existing_role_models(self):
        build_role_model(self.street, "王秀英", slug=f"nominated-{self.pending.pk}")
        self.accept(self.pending)
        self.pending.refresh_from_db()
        self.assertEqual(
            self.pending.role_model_page.slug, f"nominated-{self.pending.pk}-1"
        )

    def test_accepting_needs_the_forms_csrf_token(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.editor)
        response = client.post(
            self.edit_url(self.pending),
            {"status": "pending", "reviewer_note": "", "action-accept": "采纳"},
        )
        self.assertEqual(response.status_code, 403)
        self.assertFalse(RoleModelPage.objects.exists())
        self.pending.refresh_from_db()
        self.assertEqual(self.pending.status, Nomination.PENDING)


@override_settings(
    NOMINATION_CONTACT_RETENTION_DAYS=90, NOMINATION_PENDING_CONTACT_RETENTION_DAYS=180
)
class ContactRetentionTest(TestCase):
    def erase(self):
        output = StringIO()
        call_command("erase_nomination_contacts", stdout=output)
        return output.getvalue()

    def assertErased(self, *nominations):
        for nomination in nominations:
            nomination.refresh_from_db()
            self.assertEqual(nomination.nominator_name, "")
            self.assertEqual(nomination.nominator_phone, "")
            self.assertIsNotNone(nomination.contact_erased_at)
            self.assertEqual(nomination.deed, DEED)

    def assertKept(self, *nominations):
        for nomination in nominations:
            nomination.refresh_from_db()
            self.assertEqual(nomination.nominator_name, "李建国")
            self.assertEqual(nomination.nominator_phone, "13812345678")
            self.assertIsNone(nomination.contact_erased_at)

    def sent(self, age, **fields):
        """A nomination sent ``age`` ago."""
        nomination = make_nomination(**fields)
        Nomination.objects.filter(pk=nomination.pk).update(
            submitted_at=timezone.now() - age
        )
        return nomination

    def test_contacts_are_erased_only_long_after_the_decision(self):
        now = timezone.now()
        long_ago = now - timedelta(days=91)
        old_declined = make_nomination(status=Nomination.DECLINED, decided_at=long_ago)
        old_accepted = make_nomination(status=Nomination.ACCEPTED, decided_at=long_ago)
        recent = make_nomination(
            status=Nomination.DECLINED, decided_at=now - timedelta(days=89)
        )
        # Put back to pending: its stale decision date does not count.
        reopened = make_nomination(decided_at=long_ago)

        self.assertIn("已删除 2 条", self.erase())
        self.assertErased(old_declined, old_accepted)
        self.assertKept(recent, reopened)

        erased_at = old_declined.contact_erased_at
        self.assertIn("已删除 0 条", self.erase())
        old_declined.refresh_from_db()
        self.assertEqual(old_declined.contact_erased_at, erased_at)

    def test_contacts_of_a_nomination_nobody_decides_are_erased_in_time(self):
        hour = timedelta(hours=1)
        overdue = self.sent(timedelta(days=180) + hour)
        anonymous = self.sent(timedelta(days=400), nominator_name="", is_anonymous=True)
        due_soon = self.sent(timedelta(days=180) - hour)
        # A decision (here: 10 days ago) follows the decided rule instead.
        decided = self.sent(
            timedelta(days=200),
            status=Nomination.ACCEPTED,
            decided_at=timezone.now() - timedelta(days=10),
        )

        output = self.erase()
        self.assertIn("已删除 2 条", output)
        self.assertIn("提交已超过 180 天仍未审核", output)
        self.assertErased(overdue)
        anonymous.refresh_from_db()
        self.assertEqual(anonymous.nominator_phone, "")
        self.assertIsNotNone(anonymous.contact_erased_at)
        self.assertKept(due_soon, decided)
        for nomination in (overdue, anonymous):
            self.assertEqual(nomination.status, Nomination.PENDING)
        self.assertIn("已删除 0 条", self.erase())
