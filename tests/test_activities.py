"""社区活动: residents see what is coming and what happened, month by month,
of every section's kinds or of one kind, and can subscribe to the upcoming
activities in their calendar app."""

from datetime import datetime, time, timedelta

import icalendar
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from home.models import ActivityIndexPage, ActivityPage, HomePage
from home.pagination import DEFAULT_PER_PAGE
from tests.admin_forms import use_page_editor
from tests.builders import (
    SHANGHAI,
    add_page,
    build_activity,
    build_activity_index,
    build_activity_kind,
    build_directory,
    build_editor,
    build_point,
    build_site,
    build_standard_page,
)
from tests.html import soup, texts


class ActivitiesTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = build_site()
        cls.studio = build_point(build_directory(home), "社区法治工作室", "studio")
        cls.index = add_page(
            home, ActivityIndexPage(title="社区活动", slug="activities")
        )
        now = timezone.now()
        cls.next_talk = build_activity(
            cls.index,
            "身边的民法典",
            now + timedelta(days=3),
            place_page=cls.studio,
            place_text="",
        )
        cls.later = build_activity(
            cls.index, "防范诈骗进广场", now + timedelta(days=20)
        )
        cls.past = build_activity(
            cls.index,
            "上门走访独居老人",
            now - timedelta(days=30),
            kind="visit",
            report=[("paragraph", "<p>走访了十二户老人。</p>")],
        )
        cls.march = build_activity(
            cls.index, "三月宣讲", datetime(2026, 3, 12, 14, 30, tzinfo=SHANGHAI)
        )
        cls.march_first = build_activity(
            cls.index, "三月一日清晨服务", datetime(2026, 3, 1, 0, 30, tzinfo=SHANGHAI)
        )

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(ActivityIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ActivityIndexPage, {ActivityPage})
        for page in (self.index, self.next_talk, self.past):
            self.assertPageIsRenderable(page)

    def test_upcoming_soonest_first_and_past_latest_first(self):
        page = soup(self.client.get(self.index.url))
        upcoming = page.find("section", attrs={"aria-labelledby": "upcoming-title"})
        self.assertEqual(
            texts(upcoming.select(".card__title")), ["身边的民法典", "防范诈骗进广场"]
        )
        past = page.find("section", attrs={"aria-labelledby": "past-title"})
        self.assertEqual(texts(past.select(".card__title"))[0], "上门走访独居老人")

    def test_an_activity_over_two_days_shows_both_dates(self):
        start = datetime(2026, 5, 1, 9, 0, tzinfo=SHANGHAI)
        activity = build_activity(self.index, "两天的普法展", start, hours=32)
        details = soup(self.client.get(activity.url)).select_one(".details dd")
        self.assertEqual(details.get_text(), "2026年5月1日 09:00–5月2日 17:00")

    def test_activity_shows_place_and_the_report_after(self):
        page = soup(self.client.get(self.next_talk.url))
        self.assertIn("社区法治工作室", page.select_one(".details").get_text())
        self.assertIn(
            "走访了十二户老人", self.client.get(self.past.url).content.decode()
        )

    def test_month_view_in_shanghai_time(self):
        response = self.client.get(self.index.url + "month/2026/3/")
        titles = texts(soup(response).select(".card__title"))
        self.assertEqual(titles, ["三月一日清晨服务", "三月宣讲"])
        self.assertContains(response, "2026年4月")

    def month_calendar(self, year, month):
        page = soup(self.client.get(self.index.url + f"month/{year}/{month}/"))
        return page.find("table", class_="month-calendar")

    def day_cells(self, calendar):
        """The calendar's cells by the day of the month they show."""
        return {
            int(date.get_text().split("日")[0]): date.parent
            for date in calendar.select("tbody td > .month-calendar__date")
        }

    def test_the_month_is_a_calendar_from_monday_with_the_first_in_its_column(self):
        # 1 March 2026 is a Sunday, 1 December 2026 a Tuesday.
        for year, month, column in ((2026, 3, 6), (2026, 12, 1)):
            build_activity(
                self.index, "月初服务", datetime(year, month, 2, 9, tzinfo=SHANGHAI)
            )
            with self.subTest(month=month):
                calendar = self.month_calendar(year, month)
                self.assertEqual(
                    calendar.caption.get_text(), f"{year}年{month}月活动日历"
                )
                headers = calendar.select("thead th[scope=col]")
                self.assertEqual(
                    texts(headers),
                    [
                        "星期一",
                        "星期二",
                        "星期三",
                        "星期四",
                        "星期五",
                        "星期六",
                        "星期日",
                    ],
                )
                first_week = calendar.select("tbody tr")[0].find_all("td")
                self.assertEqual(len(first_week), 7)
                days = [texts([cell])[0] for cell in first_week]
                self.assertEqual(days[:column], [""] * column)
                self.assertEqual(days[column].split()[0], "1日")

    def test_each_activity_is_in_the_cell_of_its_day_with_its_time(self):
        cells = self.day_cells(self.month_calendar(2026, 3))
        self.assertEqual(len(cells), 31)
        # 00:30 in Shanghai on 1 March is still 28 February in UTC.
        self.assertEqual(texts(cells[1].select("li a")), ["00:30 三月一日清晨服务"])
        self.assertEqual(texts(cells[12].select("li a")), ["14:30 三月宣讲"])
        self.assertEqual(cells[12].select_one("li a")["href"], self.march.url)
        with_activities = [day for day, cell in cells.items() if cell.select("li")]
        self.assertEqual(with_activities, [1, 12])

    def test_today_is_marked_in_words_and_for_screen_readers(self):
        today = timezone.localdate()
        build_activity(
            self.index,
            "今天的宣讲",
            datetime.combine(today, time(10), tzinfo=SHANGHAI),
        )
        calendar = self.month_calendar(today.year, today.month)
        marked = calendar.select('td[aria-current="date"]')
        self.assertEqual(len(marked), 1)
        self.assertIs(self.day_cells(calendar)[today.day], marked[0])
        dates = {
            day: cell.find(class_="month-calendar__date").get_text()
            for day, cell in self.day_cells(calendar).items()
        }
        self.assertEqual(
            [day for day, text in dates.items() if "今天" in text], [today.day]
        )

    def test_the_month_view_lists_the_same_activities_for_phones(self):
        page = soup(self.client.get(self.index.url + "month/2026/3/"))
        listed = page.select(".month-list .card__title")
        in_calendar = page.select(".month-calendar li a")
        self.assertEqual(
            [a.find("a")["href"] for a in listed], [a["href"] for a in in_calendar]
        )

    def test_the_breadcrumb_ends_with_the_month(self):
        page = soup(self.client.get(self.index.url + "month/2026/12/"))
        trail = page.find("nav", attrs={"aria-label": "当前位置"})
        self.assertEqual(texts(trail.select("li")), ["首页", "社区活动", "2026年12月"])
        self.assertEqual(trail.select("li a")[-1]["href"], self.index.url)
        self.assertEqual(
            trail.find(attrs={"aria-current": "page"}).get_text(), "2026年12月"
        )

    def test_month_links_stay_within_the_months_that_have_activities(self):
        def month_links(year, month):
            page = soup(self.client.get(self.index.url + f"month/{year}/{month}/"))
            months = page.find("nav", attrs={"aria-label": "切换月份"})
            return [link["rel"][0] for link in months.find_all("a")]

        # March 2026 holds the earliest activity; the latest is 20 days ahead.
        self.assertEqual(month_links(2026, 3), ["next"])
        self.assertEqual(month_links(2026, 4), ["prev", "next"])
        latest = timezone.localtime(self.later.starts_at)
        self.assertEqual(month_links(latest.year, latest.month), ["prev"])
        self.assertEqual(month_links(2000, 1), ["next"])
        # A mistyped year never leads past the years the month view serves.
        build_activity(self.index, "写错年份", datetime(2101, 1, 5, tzinfo=SHANGHAI))
        self.assertEqual(month_links(2100, 12), ["prev"])

    def test_month_view_rejects_impossible_months_with_the_site_404(self):
        for path in (
            "month/2026/13/",
            "month/2026/0/",
            "month/1800/1/",
            "month/99999/1/",
        ):
            with self.subTest(path=path):
                response = self.client.get(self.index.url + path)
                self.assertContains(response, "抱歉，页面没有找到", status_code=404)

    def test_calendar_feed_parses_and_holds_upcoming_and_recent_activities(self):
        response = self.client.get(self.index.url + "calendar/")
        self.assertTrue(response["Content-Type"].startswith("text/calendar"))
        calendar = icalendar.Calendar.from_ical(response.content)
        events = calendar.walk("VEVENT")
        # The March activities ended too long ago to stay in calendars.
        self.assertEqual(
            [str(event["SUMMARY"]) for event in events],
            ["上门走访独居老人", "身边的民法典", "防范诈骗进广场"],
        )
        self.assertEqual(
            [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")],
            ["Asia/Shanghai"],
        )
        first = events[1]
        self.assertEqual(first.decoded("DTSTART").utcoffset(), timedelta(hours=8))
        self.assertEqual(str(first["LOCATION"]), "社区法治工作室")
        self.assertTrue(str(first["URL"]).endswith(self.next_talk.url))

    def test_an_activity_needs_a_place_and_to_end_after_it_starts(self):
        start = timezone.now()
        activity = ActivityPage(
            title="无地点",
            slug="x",
            kind=build_activity_kind("talk"),
            summary="…",
            starts_at=start,
            ends_at=start - timedelta(hours=1),
        )
        with self.assertRaises(ValidationError) as raised:
            activity.full_clean()
        self.assertIn("ends_at", raised.exception.message_dict)
        self.assertIn("place_text", raised.exception.message_dict)

    def test_the_editor_takes_a_place_on_the_map_and_refuses_any_other_page(self):
        self.client.force_login(build_editor())
        refused = use_page_editor(
            self.client, self.later, place_page=str(self.index.pk), place_text=""
        )
        self.assertContains(refused, "不是地图上的地点")
        use_page_editor(
            self.client, self.later, place_page=str(self.studio.pk), place_text=""
        )
        draft = ActivityPage.objects.get(
            pk=self.later.pk
        ).get_latest_revision_as_object()
        self.assertEqual(draft.place_page_id, self.studio.pk)

    def test_search_lists_activities_under_their_section(self):
        response = self.client.get("/search/", {"q": "民法典"})
        hit = soup(response).select_one(".search-results li")
        self.assertEqual(hit.select_one(".search-result__section").text, "活动")


class KindsTest(WagtailPageTestCase):
    """Every section's activities share one calendar; a resident can look at
    one kind, and a mistyped kind says so instead of failing."""

    @classmethod
    def setUpTestData(cls):
        home = build_site()
        cls.index = build_activity_index(home)
        cls.starts = timezone.localtime() + timedelta(days=2)
        cls.talk = build_activity(cls.index, "身边的民法典", cls.starts)
        tea = build_activity_kind("neighbour-tea", "睦邻茶话会", governance="zizhi")
        cls.tea = build_activity(
            cls.index, "楼道里的茶话会", cls.starts + timedelta(hours=3), kind=tea.slug
        )
        cls.about = build_standard_page(home)

    def titles(self, path, **params):
        return texts(soup(self.client.get(path, params)).select(".card__title"))

    def test_the_calendar_holds_every_sections_activities(self):
        self.assertEqual(
            self.titles(self.index.url), ["身边的民法典", "楼道里的茶话会"]
        )
        tea = soup(self.client.get(self.tea.url)).select_one(".meta .badge")
        self.assertEqual(tea.get_text(), "睦邻茶话会")

    def test_choosing_a_kind_keeps_to_it_in_the_list_the_month_and_the_feed(self):
        month = self.index.url + f"month/{self.starts.year}/{self.starts.month}/"
        self.assertEqual(
            self.titles(self.index.url, kind="neighbour-tea"), ["楼道里的茶话会"]
        )
        self.assertEqual(self.titles(month, kind="talk"), ["身边的民法典"])
        page = soup(self.client.get(self.index.url, {"kind": "talk"}))
        self.assertEqual(
            page.select_one("#filter-kind option[selected]").get_text(), "一月一宣讲"
        )
        self.assertEqual(
            sorted(group["label"] for group in page.select("#filter-kind optgroup")),
            ["法治", "自治"],
        )
        month_link = page.find("a", string="按月查看")["href"]
        self.assertTrue(month_link.endswith("?kind=talk"), month_link)
        feed = self.client.get(self.index.url + "calendar/", {"kind": "neighbour-tea"})
        events = icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
        self.assertEqual(
            [str(event["SUMMARY"]) for event in events], ["楼道里的茶话会"]
        )

    def test_a_kind_that_does_not_exist_is_named_and_everything_shown(self):
        for path in (
            self.index.url,
            self.index.url + f"month/{self.starts.year}/{self.starts.month}/",
        ):
            with self.subTest(path=path):
                response = self.client.get(path, {"kind": "<b>x</b>"})
                self.assertContains(response, "没有“&lt;b&gt;x&lt;/b&gt;”这类活动")
                self.assertEqual(
                    texts(soup(response).select(".card__title")),
                    ["身边的民法典", "楼道里的茶话会"],
                )
        feed = self.client.get(self.index.url + "calendar/", {"kind": "\x00"})
        self.assertEqual(
            len(icalendar.Calendar.from_ical(feed.content).walk("VEVENT")), 2
        )

    def test_a_kind_keeps_to_itself_over_the_pages_of_past_activities(self):
        long_ago = self.starts - timedelta(days=60)
        for day in range(DEFAULT_PER_PAGE + 1):
            build_activity(self.index, f"往期宣讲{day}", long_ago - timedelta(days=day))
        build_activity(
            self.index, "往期茶话会", long_ago, kind="neighbour-tea", slug="old-tea"
        )
        first = soup(self.client.get(self.index.url, {"kind": "talk"}))
        past = first.find("section", attrs={"aria-labelledby": "past-title"})
        self.assertEqual(len(past.select(".card__title")), DEFAULT_PER_PAGE)
        self.assertEqual(
            first.find(role="status").get_text(),
            f"正在显示“一月一宣讲”的往期活动，共 {DEFAULT_PER_PAGE + 1} 场。",
        )
        self.assertEqual(
            first.find("meta", attrs={"name": "robots"})["content"], "noindex, follow"
        )
        following = past.find("a", rel="next")["href"]
        self.assertIn("kind=talk", following)
        second = soup(self.client.get(self.index.url + following))
        past = second.find("section", attrs={"aria-labelledby": "past-title"})
        self.assertEqual(
            texts(past.select(".card__title")), [f"往期宣讲{DEFAULT_PER_PAGE}"]
        )
        upcoming = second.find("section", attrs={"aria-labelledby": "upcoming-title"})
        self.assertEqual(texts(upcoming.select(".card__title")), ["身边的民法典"])

    def test_a_kind_with_nothing_past_says_so_and_links_to_all(self):
        page = soup(self.client.get(self.index.url, {"kind": "neighbour-tea"}))
        past = page.find("section", attrs={"aria-labelledby": "past-title"})
        self.assertIn("没有找到符合条件的往期活动", past.get_text())
        self.assertEqual(past.find("a")["href"], self.index.url)

    def test_the_month_form_stays_on_the_month(self):
        month = self.index.url + f"month/{self.starts.year}/{self.starts.month}/"
        page = soup(self.client.get(month, {"kind": "talk"}))
        self.assertEqual(page.select_one("form.filters")["action"], month)
        self.assertEqual(page.find("a", string="清除筛选")["href"], month)
        self.assertIn("一月一宣讲", page.h1.get_text())

    def test_a_bad_kind_in_the_calendar_feed_gives_every_activity(self):
        for value in ("nope", "<b>x</b>", "talk" * 40):
            with self.subTest(value=value):
                feed = self.client.get(self.index.url + "calendar/", {"kind": value})
                self.assertEqual(feed.status_code, 200)
                calendar = icalendar.Calendar.from_ical(feed.content)
                self.assertEqual(len(calendar.walk("VEVENT")), 2)
                self.assertEqual(str(calendar["X-WR-CALNAME"]), "康乐社区 社区活动")

    def test_an_activity_is_held_at_a_place_on_the_map_or_one_named_in_words(self):
        activity = ActivityPage(
            title="在社区简介举办",
            slug="x",
            kind=build_activity_kind("talk"),
            summary="…",
            starts_at=self.starts,
            ends_at=self.starts + timedelta(hours=1),
            place_page=self.about,
        )
        with self.assertRaises(ValidationError) as raised:
            activity.clean()
        self.assertIn(
            "不是地图上的地点", raised.exception.message_dict["place_page"][0]
        )
        activity.place_page = build_point(
            build_directory(self.index.get_parent()), "调解室", "mediation-room"
        )
        activity.clean()
