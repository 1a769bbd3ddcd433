"""The monthly "1+1" rhythm of legal activities: 一月一走访, 一月一宣讲,
一月一服务, 一月一宣传 — announced ahead, reported after, in a calendar feed."""

import calendar
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max, Min
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.functional import cached_property
from icalendar import Calendar, Event
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import SitePage
from home.models.base import is_public_page, public_page_ids
from home.pagination import paginate
from home.search import ChineseSearchField

from .directory import LegalServicePointPage

FIRST_YEAR = 2000
LAST_YEAR = 2100
UPCOMING_COUNT = 10
# How long an ended activity stays in the calendar feed: calendar apps replace
# a subscription's events with the feed's, so a dropped activity would vanish
# from residents' calendars as soon as it ended.
CALENDAR_KEEPS_DAYS = 90
# Where an activity is held when its service point is not public.
UNANNOUNCED_PLACE = "地点请咨询社区居委会"


def calendar_weeks(year, month, activities):
    """The month as weeks from Monday to Sunday for the calendar grid: each
    day of the month with the activities that start on it and whether it is
    today; the days of the months either side are None."""
    starting_on = defaultdict(list)
    for activity in activities:
        starting_on[activity.listing_date].append(activity)
    today = timezone.localdate()
    return [
        [
            {"date": day, "activities": starting_on[day], "is_today": day == today}
            if day.month == month
            else None
            for day in week
        ]
        for week in calendar.Calendar().monthdatescalendar(year, month)
    ]


class ActivityIndexPage(RoutablePageMixin, SitePage):
    """每月法治活动: upcoming and past activities, a month view and a calendar feed."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = "活动"

    class Meta:
        verbose_name = "活动列表页"
        verbose_name_plural = "活动列表页"

    def get_activities(self):
        return (
            ActivityPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("place_point")
            .annotate(place_point_is_public=is_public_page("place_point"))
        )

    def get_upcoming(self, now=None):
        now = now or timezone.now()
        return self.get_activities().filter(ends_at__gte=now).order_by("starts_at")

    def get_past(self, now=None):
        now = now or timezone.now()
        return self.get_activities().filter(ends_at__lt=now).order_by("-starts_at")

    @path("")
    def index_route(self, request):
        today = timezone.localdate()
        return self.render(
            request,
            context_overrides={
                "upcoming": self.get_upcoming()[:UPCOMING_COUNT],
                "past": paginate(request, self.get_past()),
                "this_month": (today.year, today.month),
            },
        )

    @path("month/<int:year>/<int:month>/", name="month")
    def month(self, request, year, month):
        if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
            raise Http404("没有这个月份")
        start = timezone.make_aware(datetime(year, month, 1))
        last_day = calendar.monthrange(year, month)[1]
        end = timezone.make_aware(
            datetime.combine(date(year, month, last_day), time.max)
        )
        activities = list(
            self.get_activities()
            .filter(starts_at__range=(start, end))
            .order_by("starts_at")
        )
        previous = (year - 1, 12) if month == 1 else (year, month - 1)
        following = (year + 1, 1) if month == 12 else (year, month + 1)
        first, last = self.months_with_activities()
        return self.render(
            request,
            template="legal/activity_month.html",
            context_overrides={
                "month_name": f"{year}年{month}月",
                "month_activities": activities,
                "weeks": calendar_weeks(year, month, activities),
                "previous": previous if previous >= first else None,
                "following": following if following <= last else None,
            },
        )

    def months_with_activities(self):
        """The first and last (year, month) worth a link: from the earliest
        activity's month to the latest's, and this month. Month pages link no
        further, so that a crawler does not walk a century of empty months,
        and never past the years the month view serves."""
        bounds = self.get_activities().aggregate(
            earliest=Min("starts_at"), latest=Max("starts_at")
        )
        today = timezone.localdate()
        months = [(today.year, today.month)]
        for moment in bounds.values():
            if moment is not None:
                local = timezone.localtime(moment)
                months.append((local.year, local.month))
        return max(min(months), (FIRST_YEAR, 1)), min(max(months), (LAST_YEAR, 12))

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """Upcoming and recent activities as iCalendar, for residents'
        calendar apps."""
        feed = Calendar()
        feed.add("prodid", "-//康乐社区网//法治活动//ZH")
        feed.add("version", "2.0")
        feed.add("x-wr-calname", f"康乐社区 {self.title}")
        feed.add("x-wr-timezone", settings.TIME_ZONE)
        kept_since = timezone.now() - timedelta(days=CALENDAR_KEEPS_DAYS)
        for activity in self.get_upcoming(now=kept_since):
            event = Event()
            event.add("uid", f"activity-{activity.pk}@kangle")
            event.add("summary", activity.title)
            event.add("dtstart", timezone.localtime(activity.starts_at))
            event.add("dtend", timezone.localtime(activity.ends_at))
            event.add("dtstamp", timezone.now())
            event.add("location", activity.place_name)
            event.add("description", activity.summary)
            event.add("url", activity.get_full_url(request))
            feed.add_component(event)
        # Calendar apps need the zone itself, not only its name (RFC 5545).
        feed.add_missing_timezones()
        response = HttpResponse(
            feed.to_ical(), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = 'inline; filename="kangle-activities.ics"'
        return response

    parent_page_types = ["home.HomePage"]
    subpage_types = ["legal.ActivityPage"]


class ActivityPage(SitePage):
    """One monthly activity: when and where, what it is, and the report after."""

    TYPE_CHOICES = [
        ("visit", "一月一走访"),
        ("talk", "一月一宣讲"),
        ("service", "一月一服务"),
        ("publicity", "一月一宣传"),
    ]

    activity_type = models.CharField("活动类型", max_length=20, choices=TYPE_CHOICES)
    starts_at = models.DateTimeField("开始时间")
    ends_at = models.DateTimeField("结束时间")
    place_point = models.ForeignKey(
        LegalServicePointPage,
        verbose_name="地点（服务点）",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    place_text = models.CharField(
        "地点（其他）", max_length=120, blank=True, help_text="不在服务点举办时填写"
    )
    summary = models.TextField("活动内容", max_length=500)
    report = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name="活动报道",
        help_text="活动结束后补充文字和照片",
    )

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("activity_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("place_point"), FieldPanel("place_text")]),
            ],
            heading="时间和地点",
        ),
        FieldPanel("summary"),
        FieldPanel("report"),
    ]

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("summary", boost=2),
        ChineseSearchField("report"),
        ChineseSearchField("get_activity_type_display"),
        index.FilterField("starts_at"),
    ]
    search_section = "活动"
    on_notice_board = True

    class Meta:
        verbose_name = "法治活动"
        verbose_name_plural = "法治活动"

    @cached_property
    def public_place_point(self):
        """The service point the activity is held at, if the public may see
        its page; a listing reads that with the activities."""
        if self.place_point_id is None:
            return None
        is_public = getattr(self, "place_point_is_public", None)
        if is_public is None:
            is_public = self.place_point_id in public_page_ids([self.place_point])
        return self.place_point if is_public else None

    @property
    def place_name(self):
        point = self.public_place_point
        return point.title if point else self.place_text or UNANNOUNCED_PLACE

    @property
    def listing_date(self):
        return timezone.localtime(self.starts_at).date()

    @property
    def has_happened(self):
        return self.ends_at < timezone.now()

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "结束时间要晚于开始时间。"
        if not self.place_point and not self.place_text:
            errors["place_text"] = "请选择一个服务点，或填写活动地点。"
        if errors:
            raise ValidationError(errors)

    parent_page_types = ["legal.ActivityIndexPage"]
    subpage_types = []
