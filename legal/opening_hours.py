"""Open now (正在开放 / 已关闭 · 下次开放 周三 08:30), in Asia/Shanghai.

A day's hours come, in this order, from: an exception the editors entered for
the service point; the public-holiday arrangement (放假 and 调休 working days),
from the editors' own entries for the year or else the chinese-calendar
library; and otherwise the point's weekly hours. The library only knows the
years up to its release, so for a later year the site falls back to weekday
rules until the editors enter that year's 放假安排."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import chinese_calendar
from django.utils import timezone

WEEKDAY_NAMES = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
MIDNIGHT = time(0, 0)
# How far ahead to look for the next opening; a point closed for longer says so.
LOOKAHEAD_DAYS = 30


def format_time(value):
    return value.strftime("%H:%M")


def format_closing(value, midnight="24:00"):
    """A closing time; 00:00 closes at midnight and is written ``midnight``."""
    return midnight if value == MIDNIGHT else format_time(value)


@dataclass(frozen=True)
class Period:
    """Opening hours within one day; ``closes`` at 00:00 means midnight, the end
    of the day, so that a point open around the clock can be entered."""

    opens: time
    closes: time

    @property
    def text(self):
        return f"{format_time(self.opens)}–{format_closing(self.closes)}"

    def contains(self, moment):
        return self.opens <= moment and (
            self.closes == MIDNIGHT or moment < self.closes
        )


@dataclass(frozen=True)
class DayPlan:
    """What kind of day a date is, for a point that follows public holidays.
    ``works_as_weekday`` is the weekday a 调休 working day stands in for, when
    the editors entered it."""

    is_holiday: bool = False
    is_makeup_workday: bool = False
    works_as_weekday: int | None = None


def library_knows(year):
    try:
        chinese_calendar.is_holiday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def day_plan(day, arrangements):
    """The public-holiday plan for a day: the editors' entry for that date when
    there is one, else the chinese-calendar library, else an ordinary day."""
    arrangement = arrangements.get(day)
    if arrangement is not None:
        return DayPlan(
            is_holiday=not arrangement.is_working_day,
            is_makeup_workday=arrangement.is_working_day,
            works_as_weekday=arrangement.works_as_weekday,
        )
    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return DayPlan()
    weekend = day.weekday() >= 5
    return DayPlan(
        is_holiday=on_holiday and name is not None,
        is_makeup_workday=weekend and not on_holiday,
    )


class WeeklySchedule:
    """A service point's hours: weekly periods, dated exceptions and, when the
    point follows them, public holidays."""

    def __init__(
        self, periods, exceptions=(), arrangements=None, follows_holidays=True
    ):
        self.by_weekday = {}
        for weekday, opens, closes in periods:
            self.by_weekday.setdefault(weekday, []).append(Period(opens, closes))
        for day_periods in self.by_weekday.values():
            day_periods.sort(key=lambda period: period.opens)
        self.exceptions = {exception.date: exception for exception in exceptions}
        self.arrangements = arrangements or {}
        self.follows_holidays = follows_holidays

    def makeup_day_periods(self, day, plan):
        """The hours on a 调休 working day: those of the weekday it stands in for
        when the editors said which; else, for a point open every working day,
        Monday's; else the day's own (a point open on a few weekdays only
        cannot be assumed to open on a weekend)."""
        if plan.works_as_weekday is not None:
            return self.by_weekday.get(plan.works_as_weekday, [])
        if all(self.by_weekday.get(weekday) for weekday in range(5)):
            return self.by_weekday[0]
        return self.by_weekday.get(day.weekday(), [])

    def periods_on(self, day):
        exception = self.exceptions.get(day)
        if exception is not None:
            if exception.closed or not (exception.opens and exception.closes):
                return []
            return [Period(exception.opens, exception.closes)]
        if self.follows_holidays:
            plan = day_plan(day, self.arrangements)
            if plan.is_holiday:
                return []
            if plan.is_makeup_workday:
                return self.makeup_day_periods(day, plan)
        return self.by_weekday.get(day.weekday(), [])

    def status(self, now=None):
        now = timezone.localtime(now)
        today = now.date()
        for period in self.periods_on(today):
            if period.contains(now.time()):
                return OpenStatus(is_open=True, now=now, closes_at=period.closes)
        for offset in range(LOOKAHEAD_DAYS + 1):
            day = today + timedelta(days=offset)
            for period in self.periods_on(day):
                if offset or period.opens > now.time():
                    moment = datetime.combine(day, period.opens)
                    return OpenStatus(is_open=False, now=now, next_open=moment)
        return OpenStatus(is_open=False, now=now)


@dataclass(frozen=True)
class OpenStatus:
    is_open: bool
    now: datetime
    closes_at: time | None = None
    next_open: datetime | None = None

    @property
    def label(self):
        if self.is_open:
            if self.closes_at == MIDNIGHT:
                return "正在开放 · 今天 24:00 关闭"
            return f"正在开放 · 今天 {self.closes_at:%H:%M} 关闭"
        if self.next_open is None:
            return "已关闭 · 近期暂停开放"
        day = self._day_name(self.next_open.date())
        return f"已关闭 · 下次开放 {day} {self.next_open:%H:%M}"

    def _day_name(self, day):
        today = self.now.date()
        if day == today:
            return "今天"
        if day - today < timedelta(days=7):
            return WEEKDAY_NAMES[day.weekday()]
        return f"{day.month}月{day.day}日"


def describe_week(by_weekday):
    """Weekly hours in words, consecutive days with the same hours together:
    周一至周五 08:30–12:00、14:00–17:30；周六 09:00–11:30."""
    groups = []
    for weekday in range(7):
        periods = by_weekday.get(weekday, [])
        if groups and groups[-1][2] == periods and groups[-1][1] == weekday - 1:
            groups[-1][1] = weekday
        else:
            groups.append([weekday, weekday, periods])
    parts = []
    for first, last, periods in groups:
        if not periods:
            continue
        days = WEEKDAY_NAMES[first]
        if last > first:
            days += f"至{WEEKDAY_NAMES[last]}"
        hours = "、".join(period.text for period in periods)
        parts.append(f"{days} {hours}")
    return "；".join(parts) or "暂无固定开放时间"
