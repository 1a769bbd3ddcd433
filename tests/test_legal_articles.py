"""普法: residents read legal-education articles by topic and audience, with
questions and answers, cases and exact law citations; every article says it is
general information, points to the service points that can help, and warns
when its lawyer's review is old — which editors also see in their own list."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

from django.apps import apps
from django.core.exceptions import ValidationError
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from legal.models import LegalArticleIndexPage, LegalArticlePage, LegalQuizPage
from tests.builders import (
    build_article,
    build_article_index,
    build_directory,
    build_editor,
    build_point,
    build_quiz,
    build_service,
    build_site,
    build_topic,
)
from tests.html import soup, texts

CITATION = (
    "citation",
    {
        "law": "中华人民共和国民法典",
        "article": "第二百八十八条",
        "text": (
            "不动产的相邻权利人应当按照有利生产、方便生活、团结互助、"
            "公平合理的原则，正确处理相邻关系。"
        ),
        "effective": date(2021, 1, 1),
    },
)
QUESTION = (
    "question",
    {"question": "楼上漏水怎么办？", "answer": "<p>先和邻居商量，再找调解室。</p>"},
)
CASE = (
    "case",
    {
        "title": "楼上漏水（示例）",
        "facts": "<p>楼上水管破裂。</p>",
        "outcome": "<p>调解后赔偿。</p>",
        "lesson": "<p>相邻关系要互谅互让。</p>",
    },
)


@override_settings(LEGAL_REVIEW_MAX_AGE_DAYS=365)
class LegalArticlesTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.mediation = build_service("矛盾调解", "mediation")
        directory = build_directory(cls.home)
        cls.room = build_point(
            directory, "调解室", "mediation-room", services=[cls.mediation]
        )
        build_point(directory, "法律图书角", "books", services=[])
        cls.neighbours = build_topic("邻里纠纷", "neighbours", [cls.mediation])
        cls.family = build_topic("婚姻家庭", "family")
        cls.index = build_article_index(cls.home)
        today = timezone.localdate()
        cls.article = build_article(
            cls.index,
            "楼上漏水，邻里怎么协商",
            cls.neighbours,
            today - timedelta(days=10),
            body=[QUESTION, CASE, CITATION],
            audience="elderly",
        )
        cls.old = build_article(
            cls.index,
            "离婚财产怎么分",
            cls.family,
            today - timedelta(days=800),
            reviewed_on=today - timedelta(days=400),
        )
        for number in range(11):
            build_article(
                cls.index,
                f"婚姻法小知识{number}",
                cls.family,
                date(2025, 1, 1 + number),
            )

    def titles(self, response):
        return texts(soup(response).select("main .card__title"))

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(LegalArticleIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(
            LegalArticleIndexPage, {LegalArticlePage, LegalQuizPage}
        )
        self.assertAllowedParentPageTypes(LegalArticlePage, {LegalArticleIndexPage})
        for page in (self.index, self.article):
            self.assertPageIsRenderable(page)

    def test_article_shows_question_case_and_exact_citation(self):
        page = soup(self.client.get(self.article.url))
        self.assertEqual(
            page.select_one(".qa__question").get_text(), "问问：楼上漏水怎么办？"
        )
        self.assertIn(
            "以案说法：楼上漏水（示例）", page.select_one(".case__title").text
        )
        citation = page.select_one(".citation")
        self.assertIn("正确处理相邻关系", citation.blockquote.get_text())
        self.assertEqual(
            citation.figcaption.get_text(),
            "——《中华人民共和国民法典》第二百八十八条（2021年1月1日起施行）",
        )

    def test_every_article_says_it_is_general_information(self):
        response = self.client.get(self.article.url)
        self.assertContains(response, "不是针对个人情况的法律意见")
        self.assertContains(response, "12348")

    def test_article_links_to_the_points_that_help_with_its_topic(self):
        page = soup(self.client.get(self.article.url))
        helpers = page.find("section", attrs={"aria-labelledby": "help-points-title"})
        self.assertEqual(texts(helpers.select(".section-link__title")), ["调解室"])

    def test_reader_is_warned_when_the_review_is_old(self):
        self.assertContains(self.client.get(self.old.url), "内容可能已过时")
        self.assertNotContains(self.client.get(self.article.url), "内容可能已过时")

    def test_index_filters_by_topic_and_audience_and_paginates(self):
        response = self.client.get(self.index.url, {"topic": "neighbours"})
        self.assertEqual(self.titles(response), ["楼上漏水，邻里怎么协商"])
        response = self.client.get(self.index.url, {"audience": "elderly"})
        self.assertEqual(self.titles(response), ["楼上漏水，邻里怎么协商"])
        self.assertEqual(len(self.titles(self.client.get(self.index.url))), 10)
        second = self.client.get(self.index.url, {"topic": "family", "page": "2"})
        self.assertEqual(len(self.titles(second)), 2)

    def test_bad_filter_values_are_ignored_with_a_message(self):
        cases = [
            ({"topic": "<b>x</b>"}, "没有“&lt;b&gt;x&lt;/b&gt;”这个主题"),
            ({"topic": "a\x00b"}, "这个主题"),
            ({"audience": "martians"}, "没有“martians”这类读者"),
            ({"page": "abc", "audience": "x" * 500}, "这类读者"),
        ]
        for params, message in cases:
            with self.subTest(params=params):
                response = self.client.get(self.index.url, params)
                self.assertContains(response, message)
                self.assertEqual(len(self.titles(response)), 10)

    def test_index_has_its_own_feeds(self):
        rss = ET.fromstring(self.client.get(self.index.url + "feed/rss/").content)
        items = rss.find("channel").findall("item")
        self.assertEqual(items[0].findtext("title"), "楼上漏水，邻里怎么协商")
        atom = self.client.get(self.index.url + "feed/atom/")
        self.assertIn("application/atom+xml", atom["Content-Type"])

    def test_search_finds_an_article_by_its_citation(self):
        response = self.client.get("/search/", {"q": "相邻关系"})
        hits = soup(response).select(".search-results li")
        self.assertEqual(texts(hit.h2 for hit in hits), ["楼上漏水，邻里怎么协商"])
        self.assertEqual(hits[0].select_one(".search-result__section").text, "普法")

    def test_editors_list_articles_due_for_review(self):
        self.client.force_login(build_editor())
        response = self.client.get("/admin/legal_articles_due_for_review/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "离婚财产怎么分")
        self.assertNotContains(response, "楼上漏水，邻里怎么协商")


class ReviewAgeTest(TestCase):
    @override_settings(LEGAL_REVIEW_MAX_AGE_DAYS=30)
    def test_the_review_period_is_a_setting(self):
        home = build_site()
        index = build_article_index(home)
        topic = build_topic()
        today = timezone.localdate()
        article = build_article(
            index, "物业费", topic, today, reviewed_on=today - timedelta(days=31)
        )
        self.assertTrue(article.is_review_overdue)


class LegalQuizTest(WagtailPageTestCase):
    """有奖问答: answered without JavaScript, scored on the server, not stored."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        index = build_article_index(home)
        cls.quiz = build_quiz(index)

    def verdicts(self, response):
        return texts(soup(response).select(".quiz-result__verdict"))

    def test_quiz_lives_under_the_articles_and_is_listed_there(self):
        self.assertAllowedParentPageTypes(LegalQuizPage, {LegalArticleIndexPage})
        self.assertPageIsRenderable(self.quiz)
        page = soup(self.client.get(self.quiz.get_parent().url))
        quizzes = page.find("section", attrs={"aria-labelledby": "quizzes-title"})
        self.assertEqual(
            texts(quizzes.select(".section-link__title")), ["民法典小测验"]
        )

    def test_the_form_is_plain_radio_buttons(self):
        page = soup(self.client.get(self.quiz.url))
        legends = texts(page.select("fieldset legend"))
        self.assertEqual(
            legends, ["第1题：家庭应当树立什么？", "第2题：公共法律服务热线是？"]
        )
        self.assertEqual(len(page.select('input[type="radio"][name="q2"]')), 3)

    def test_answers_are_scored_with_explanations(self):
        response = self.client.post(self.quiz.url, {"q1": "1", "q2": "3"})
        self.assertContains(response, "您答对了 1 题，共 2 题")
        self.assertEqual(self.verdicts(response), ["答对了", "答错了"])
        self.assertContains(response, "民法典第一千零四十三条")

    def test_missing_and_odd_answers_count_as_unanswered(self):
        odd = [
            {},
            {"q1": "9", "q2": "abc"},
            {"q1": "-1", "q2": "²"},
            {"q1": "9" * 5000},
        ]
        for answers in odd:
            with self.subTest(answers=answers):
                response = self.client.post(self.quiz.url, answers)
                self.assertEqual(self.verdicts(response), ["未作答", "未作答"])

    def test_answers_are_not_stored(self):
        self.client.get(self.quiz.url)  # the first view creates the site settings
        before = {model: model.objects.count() for model in apps.get_models()}
        self.client.post(self.quiz.url, {"q1": "1", "q2": "2"})
        after = {model: model.objects.count() for model in apps.get_models()}
        changed = {
            m.__name__: (before[m], after[m]) for m in before if before[m] != after[m]
        }
        self.assertEqual(changed, {})

    def test_a_question_whose_answer_is_not_a_choice_is_refused(self):
        block = LegalQuizPage.questions.field.stream_block.child_blocks["question"]
        value = block.to_python(
            {"question": "？", "choices": ["甲", "乙"], "correct": 3, "explanation": ""}
        )
        with self.assertRaises(ValidationError):
            block.clean(value)
