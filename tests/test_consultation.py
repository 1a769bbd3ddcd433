"""康乐民生茶馆 议事 (consultation/): a resident follows a topic from the day
it was raised to its published result: which of the five steps 听 → 议 → 决
→ 做 → 评 it is in and since when, what was decided, who carries it out and
by when, and, plainly, when that date has passed. The list finds topics by
step, level, compound and year, in feeds and in search. Editors move a
topic on in the admin, and its steps only go forward."""

from datetime import date, timedelta

from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from consultation.models import TopicPage, TopicRating
from consultation.stages import STAGE_CHOICES
from tests.admin_forms import open_page_editor, page_editor_data
from tests.builders import (
    build_compound,
    build_consultation_topic,
    build_site,
    build_site_settings,
    build_staff,
    build_topic_index,
)
from tests.html import soup, texts
from tests.test_page_cache import LOCAL_CACHE, served_from_cache

STAGES = [value for value, _ in STAGE_CHOICES]


def topic_state(response):
    return soup(response).select_one("main .topic-state").get_text(" ", strip=True)


def step_lines(response):
    return [
        " ".join(line.get_text(" ", strip=True).split())
        for line in soup(response).select("main .topic-steps li")
    ]


def listed_titles(response):
    return texts(soup(response).select("main .card__title a"))


class TopicPageTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        build_site_settings()
        cls.index = build_topic_index(cls.home)
        cls.wuzhuang = build_compound("武庄小区")

    def test_each_step_shows_where_the_topic_stands_and_since_when(self):
        for reached, (stage, name) in enumerate(STAGE_CHOICES, start=1):
            with self.subTest(stage=stage):
                topic = build_consultation_topic(self.index, f"议题{reached}", stage)
                response = self.client.get(topic.url)
                self.assertIn(f"进展：{name}", topic_state(response))
                lines = step_lines(response)
                self.assertEqual(len(lines), 5)
                self.assertEqual(
                    [line for line in lines if "（已完成）" in line],
                    lines[: reached - 1],
                )
                self.assertIn("（当前这一步）", lines[reached - 1])
                self.assertIn(name, lines[reached - 1])
                self.assertTrue(all("（还没走到）" in line for line in lines[reached:]))
        self.assertIn("2026年3月2日", step_lines(response)[0])

    def test_the_step_is_the_furthest_reached_however_the_steps_are_ordered(self):
        topic = build_consultation_topic(self.index, "楼道灯", "act")
        self.assertEqual((topic.stage, topic.raised_on), ("act", date(2026, 3, 2)))
        topic.steps = list(reversed(topic.steps.all()))
        topic.save()
        topic.refresh_from_db()
        self.assertEqual((topic.stage, topic.raised_on), ("act", date(2026, 3, 2)))

    def test_the_decision_says_who_carries_it_out_and_by_when(self):
        topic = build_consultation_topic(
            self.index,
            "公共晾衣架",
            "act",
            compounds=[self.wuzhuang],
            decision="在南侧空地装两组晾衣架。",
            carried_out_by="武庄8号楼群自管会",
            due_date=timezone.localdate() + timedelta(days=30),
            updates=[(date(2026, 11, 5), "选定位置，已向居民公示样式。", None)],
        )
        page = soup(self.client.get(topic.url))
        decision = page.select_one("#decide-title").parent.get_text(" ", strip=True)
        self.assertIn("在南侧空地装两组晾衣架。", decision)
        self.assertIn("武庄8号楼群自管会", decision)
        self.assertIn(
            "2026年11月5日 ：选定位置",
            page.select_one(".topic-updates").get_text(" ", strip=True),
        )
        self.assertIn("武庄小区", page.select_one("main .details").get_text())
        self.assertIn("限", page.select_one(".topic-state").get_text())
        self.assertIsNone(page.select_one(".overdue"))

    def test_a_decision_past_its_date_is_marked_late_in_words(self):
        late = timezone.localdate() - timedelta(days=1)
        topic = build_consultation_topic(self.index, "充电桩", "act", due_date=late)
        expected = f"已逾期：应于{late.year}年{late.month}月{late.day}日前完成"
        self.assertIn(expected, topic_state(self.client.get(topic.url)))
        self.assertIn(expected, topic_state(self.client.get(self.index.url)))

    def test_a_published_result_is_not_late_and_shows_the_result(self):
        late = timezone.localdate() - timedelta(days=1)
        topic = build_consultation_topic(
            self.index, "楼道灯", "review", due_date=late, result="48盏灯全部亮了。"
        )
        response = self.client.get(topic.url)
        self.assertNotIn("已逾期", topic_state(response))
        self.assertIn("48盏灯全部亮了。", soup(response).select_one("main").get_text())

    def test_a_result_is_shown_only_once_it_is_published(self):
        topic = build_consultation_topic(
            self.index, "楼道灯", "act", result="草稿里的结果"
        )
        self.assertNotContains(self.client.get(topic.url), "草稿里的结果")


class TopicListTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        build_site_settings()
        cls.index = build_topic_index(cls.home)
        wuzhuang = build_compound("武庄小区")
        build_consultation_topic(
            cls.index,
            "武庄8号楼群楼道灯换成声控灯",
            "review",
            level="group",
            compounds=[wuzhuang],
        )
        build_consultation_topic(
            cls.index,
            "康乐新村增设电动自行车充电桩",
            "act",
            due_date=date(2026, 10, 31),
        )
        build_consultation_topic(
            cls.index,
            "银杏花园文明养犬公约",
            steps=[("listen", date(2025, 11, 20))],
        )
        cls.wuzhuang = wuzhuang

    def titles(self, **params):
        return listed_titles(self.client.get(self.index.url, params))

    def test_the_list_shows_each_topics_step(self):
        states = texts(
            soup(self.client.get(self.index.url)).select("main .topic-state .status")
        )
        # Newest first: the two raised in 2026 (the later-added one first),
        # then the one raised in 2025.
        self.assertEqual(
            states, ["进展：做·落实实施", "进展：评·结果公示", "进展：听·提出议题"]
        )

    def test_by_step_level_compound_and_year(self):
        self.assertEqual(self.titles(stage="act"), ["康乐新村增设电动自行车充电桩"])
        self.assertEqual(self.titles(level="group"), ["武庄8号楼群楼道灯换成声控灯"])
        self.assertEqual(
            self.titles(compound=self.wuzhuang.pk), ["武庄8号楼群楼道灯换成声控灯"]
        )
        self.assertEqual(self.titles(year=2025), ["银杏花园文明养犬公约"])

    def test_only_the_late_ones(self):
        self.assertEqual(self.titles(overdue=1), ["康乐新村增设电动自行车充电桩"])

    def test_feeds_carry_the_topics(self):
        feed = self.client.get(self.index.url + "feed/rss/")
        self.assertEqual(feed.status_code, 200)
        self.assertContains(feed, "康乐新村增设电动自行车充电桩")
        filtered = self.client.get(self.index.url + "feed/atom/", {"stage": "review"})
        self.assertContains(filtered, "武庄8号楼群楼道灯换成声控灯")
        self.assertNotContains(filtered, "康乐新村增设电动自行车充电桩")

    def test_search_finds_a_topic_by_part_of_a_word(self):
        response = self.client.get("/search/", {"q": "充电"})
        self.assertIn(
            "康乐新村增设电动自行车充电桩",
            texts(soup(response).select("main .search-results h2")),
        )


class TopicEditorTest(TestCase):
    """An editor moves a topic on in the admin's page editor."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        cls.topic = build_consultation_topic(
            build_topic_index(home), "加装电梯", "listen", decision="", result=""
        )
        cls.editor = build_staff("editor", "编辑")

    def setUp(self):
        self.client.force_login(self.editor)

    def add_step(self, stage, day, **changes):
        """Save a draft with one more step, as the editor's 添加进展 does."""
        editor = open_page_editor(self.client, self.topic)
        data = page_editor_data(editor, self.topic)
        number = int(data["steps-TOTAL_FORMS"])
        data["steps-TOTAL_FORMS"] = str(number + 1)
        data[f"steps-{number}-stage"] = stage
        data[f"steps-{number}-date"] = day
        data[f"steps-{number}-note"] = ""
        data[f"steps-{number}-ORDER"] = str(number + 1)
        for name, value in changes.items():
            data[name] = value
        return self.client.post(editor.wsgi_request.path, data)

    def test_a_draft_moved_on_is_in_its_new_step(self):
        response = self.add_step("deliberate", "2026-03-16")
        self.assertEqual(response.status_code, 302)
        draft = TopicPage.objects.get(pk=self.topic.pk).get_latest_revision_as_object()
        self.assertEqual(draft.stage, "deliberate")

    def test_a_step_dated_before_the_one_it_follows_is_refused(self):
        response = self.add_step("deliberate", "2026-03-01")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "“议·组织协商”的日期早于“听·提出议题”")
        self.assertEqual(self.topic.revisions.count(), 1)

    def test_a_step_twice_is_refused(self):
        response = self.add_step("listen", "2026-03-05")
        self.assertContains(response, "进展时间线里同一步只能记一次。")

    def test_deciding_asks_for_the_decision_and_reviewing_for_the_result(self):
        response = self.add_step("decide", "2026-03-20")
        self.assertContains(response, "走到“决”这一步，请写明决议。")
        response = self.add_step("review", "2026-05-20", decision="换成声控灯。")
        self.assertContains(response, "走到“评”这一步，请写明结果公示。")
        self.assertEqual(
            TopicPage.objects.get(pk=self.topic.pk)
            .get_latest_revision_as_object()
            .stage,
            "listen",
        )


def rate(client, topic, verdict, **headers):
    headers.setdefault("HTTP_SEC_FETCH_SITE", "same-origin")
    return client.post(
        reverse("topic_rating", args=[topic.pk]), {"verdict": verdict}, **headers
    )


def tally(response):
    """The tally table as {verdict: count}, with the caption."""
    table = soup(response).select_one("main .rating-tally")
    counts = {
        row.th.get_text(strip=True): int(row.td.get_text(strip=True))
        for row in table.select("tbody tr")
    }
    return table.caption.get_text(strip=True), counts


def reviewed_days_ago(days):
    """The steps of a topic whose result was published ``days`` ago."""
    published = timezone.localdate() - timedelta(days=days)
    return [
        (stage, published - timedelta(days=4 - number))
        for number, stage in enumerate(STAGES)
    ]


class TopicRatingTest(TestCase):
    """评: residents say whether a published result is good; each browser once,
    each address within bounds, for a set time."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        build_site_settings()
        cls.index = build_topic_index(home)
        cls.topic = build_consultation_topic(
            cls.index, "楼道灯换成声控灯", "review", steps=reviewed_days_ago(3)
        )

    def test_a_resident_rates_the_result_and_sees_the_tally(self):
        page = self.client.get(self.topic.url)
        buttons = soup(page).select("#rating form button[name=verdict]")
        self.assertEqual(texts(buttons), ["满意", "基本满意", "不满意"])
        thanks = rate(self.client, self.topic, "mostly")
        self.assertContains(thanks, "谢谢您的评议！")
        self.assertContains(thanks, "您的评议是“基本满意”。")
        self.assertEqual(
            tally(self.client.get(self.topic.url)),
            ("居民评议结果（共 1 人）", {"满意": 0, "基本满意": 1, "不满意": 0}),
        )

    def test_one_verdict_per_browser_the_first_one_stands(self):
        rate(self.client, self.topic, "satisfied")
        again = rate(self.client, self.topic, "unsatisfied")
        self.assertContains(again, "您已经评议过这个议题了")
        self.assertEqual(tally(again)[1], {"满意": 1, "基本满意": 0, "不满意": 0})
        self.assertEqual(TopicRating.objects.count(), 1)

    @override_settings(TOPIC_RATING_DAILY_LIMIT=(2, 24 * 60 * 60))
    def test_one_address_adds_at_most_its_daily_bound_to_a_topic(self):
        for _ in range(2):
            self.assertEqual(
                rate(self.client_class(), self.topic, "satisfied").status_code, 200
            )
        refused = rate(self.client_class(), self.topic, "satisfied")
        self.assertEqual(refused.status_code, 429)
        self.assertContains(refused, "请明天再来", status_code=429)
        self.assertEqual(TopicRating.objects.count(), 2)

    def test_rating_closes_after_its_time(self):
        closed = build_consultation_topic(
            self.index, "广场舞时间", "review", steps=reviewed_days_ago(31)
        )
        page = soup(self.client.get(closed.url))
        self.assertIn("评议已于", page.select_one("#rating").get_text())
        self.assertEqual(page.select("#rating button"), [])
        refused = rate(self.client, closed, "satisfied")
        self.assertContains(refused, "这个议题现在不接受评议。", status_code=403)
        self.assertFalse(TopicRating.objects.exists())

    def test_a_topic_still_being_carried_out_is_not_rated(self):
        working = build_consultation_topic(self.index, "充电桩", "act")
        self.assertIsNone(soup(self.client.get(working.url)).select_one("#rating"))
        self.assertEqual(rate(self.client, working, "satisfied").status_code, 403)

    def test_bad_posts_get_a_clear_answer_and_count_nothing(self):
        cases = [
            (
                {"HTTP_SEC_FETCH_SITE": "cross-site"},
                "satisfied",
                403,
                "请在本站的议题页面上",
            ),
            ({}, "excellent", 400, "请选择“满意”“基本满意”或“不满意”。"),
            ({}, "\x00\ufffd", 400, "请选择"),
        ]
        for headers, verdict, status, message in cases:
            with self.subTest(verdict=verdict, headers=headers):
                response = rate(self.client, self.topic, verdict, **headers)
                self.assertContains(response, message, status_code=status)
        self.assertEqual(
            self.client.get(reverse("topic_rating", args=[self.topic.pk])).status_code,
            302,
        )
        self.assertFalse(TopicRating.objects.exists())

    @override_settings(PAGE_CACHE_SECONDS=600, CACHES=LOCAL_CACHE)
    def test_the_next_visitor_sees_the_new_tally_through_the_page_cache(self):
        reader = self.client_class()
        reader.get(self.topic.url)
        self.assertTrue(served_from_cache(reader.get(self.topic.url)))
        with self.captureOnCommitCallbacks(execute=True):
            rate(self.client, self.topic, "satisfied")
        self.assertEqual(tally(reader.get(self.topic.url))[1]["满意"], 1)
