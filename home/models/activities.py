"""The community's calendar of activities, every section's: announced ahead,
reported after, by month and in a calendar feed, filterable by kind.

Each section brings its kinds of activity (法治's monthly "1+1": 一月一走访,
一月一宣讲, 一月一服务, 一月一宣传); an activity is held at a page of a
registered kind of place (``home/places.py``) or at a place named in words."""

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
from home.listing import ChoiceFilter, ListingFilters, ListingPageMixin
from home.places import kind_of
from home.search import ChineseSearchField

from .base import SitePage, is_public_page, public_page_ids

FIRST_YEAR = 2000
LAST_YEAR = 2100
UPCOMING_COUNT = 10
# How long an ended activity stays in the calendar feed: calendar apps replace
# a subscription's events with the feed's, so a dropped activity would vanish
# from residents' calendars as soon as it ended.
CALENDAR_KEEPS_DAYS = 90
# Where an activity is held when its place's page is not public.
UNANNOUNCED_PLACE = "地点请咨询社区居委会"
# The five governances (五治) a kind of activity belongs to.
GOVERNANCE_CHOICES = [
    ("zhengzhi", "政治"),
    ("zizhi", "自治"),
    ("fazhi", "法治"),
    ("dezhi", "德治"),
    ("gongzhi", "共治"),
]
MAX_KIND_SLUG_LENGTH = 40


class ActivityKind(models.Model):
    """A kind of activity (一月一宣讲, 睦邻茶话会 ...) and the governance it
    belongs to; visitors filter the calendar by it."""

    name = models.CharField("名称", max_length=40, unique=True)
    slug = models.SlugField(
        "网址名称",
        max_length=MAX_KIND_SLUG_LENGTH,
        unique=True,
        help_text="用于筛选链接，如 talk",
    )
    governance = models.CharField("所属栏目", max_length=20, choices=GOVERNANCE_CHOICES)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("governance")]

    class Meta:
        ordering = ["pk"]
        verbose_name = "活动类型"
        verbose_name_plural = "活动类型"

    def __str__(self):
        return self.name


def kinds_by_governance(page):
    return ActivityKind.objects.order_by("governance", "pk")


class ActivityFilters(ListingFilters):
    kind = ChoiceFilter(
        label="活动类型",
        empty_label="全部活动",
        key="slug",
        options=kinds_by_governance,
        group=ActivityKind.get_governance_display,
        invalid_message="没有“{value}”这类活动，已显示全部活动。",
        describe="“{option}”",
    )


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


def kind_links(listing):
    """The chosen kind, and the query string that keeps it in the links
    between the views of the calendar."""
    kind = listing.values.get("kind")
    return {"kind": kind, "kind_query": f"?kind={kind.slug}" if kind else ""}


def months_with_activities(activities):
    """The first and last (year, month) worth a link: from the earliest
    activity's month to the latest's, and this month. Month pages link no
    further, so that a crawler does not walk a century of empty months,
    and never past the years the month view serves."""
    bounds = activities.aggregate(earliest=Min("starts_at"), latest=Max("starts_at"))
    today = timezone.localdate()
    months = [(today.year, today.month)]
    for moment in bounds.values():
        if moment is not None:
            local = timezone.localtime(moment)
            months.append((local.year, local.month))
    return max(min(months), (FIRST_YEAR, 1)), min(max(months), (LAST_YEAR, 12))


class ActivityIndexPage(ListingPageMixin, RoutablePageMixin, SitePage):
    """社区活动: upcoming and past activities of every kind, a month view and
    a calendar feed, each filterable by kind through the shell's listing. The
    paginated list is the past activities; the upcoming ones, the month and
    the feed take the same filters."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = "活动"
    listing_filters = ActivityFilters
    listing_noun = "往期活动"
    listing_unit = "场"

    class Meta:
        verbose_name = "活动列表页"
        verbose_name_plural = "活动列表页"

    def get_activities(self):
        return (
            ActivityPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("kind", "place_page")
            .annotate(place_page_is_public=is_public_page("place_page"))
        )

    def get_upcoming(self, now=None):
        now = now or timezone.now()
        return self.get_activities().filter(ends_at__gte=now).order_by("starts_at")

    def get_listing_items(self):
        return (
            self.get_activities()
            .filter(ends_at__lt=timezone.now())
            .order_by("-starts_at")
        )

    def get_listing_context(self, listing):
        today = timezone.localdate()
        upcoming = listing.filters.filter_queryset(self.get_upcoming())
        return {
            **kind_links(listing),
            "upcoming": upcoming[:UPCOMING_COUNT],
            "this_month": (today.year, today.month),
        }

    @path("month/<int:year>/<int:month>/", name="month")
    def month(self, request, year, month):
        if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
            raise Http404("没有这个月份")
        # The month shows its own activities: of the listing it takes the
        # filters (the form, the messages), not the list.
        listing = self.get_listing(request, in_feed=True)
        listing.url = request.path
        in_kind = listing.filters.filter_queryset(self.get_activities())
        start = timezone.make_aware(datetime(year, month, 1))
        last_day = calendar.monthrange(year, month)[1]
        end = timezone.make_aware(
            datetime.combine(date(year, month, last_day), time.max)
        )
        activities = list(
            in_kind.filter(starts_at__range=(start, end)).order_by("starts_at")
        )
        previous = (year - 1, 12) if month == 1 else (year, month - 1)
        following = (year + 1, 1) if month == 12 else (year, month + 1)
        first, last = months_with_activities(in_kind)
        return self.render(
            request,
            template="home/activity_month.html",
            context_overrides={
                "listing": listing,
                **kind_links(listing),
                "month_name": f"{year}年{month}月",
                "month_activities": activities,
                "weeks": calendar_weeks(year, month, activities),
                "previous": previous if previous >= first else None,
                "following": following if following <= last else None,
            },
        )

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """Upcoming and recent activities as iCalendar, for residents'
        calendar apps; a kind that does not exist gives every activity, as a
        calendar app has nowhere to show a message."""
        listing = self.get_listing(request, in_feed=True)
        kind = listing.values.get("kind")
        feed = Calendar()
        feed.add("prodid", "-//康乐社区网//社区活动//ZH")
        feed.add("version", "2.0")
        name = f"康乐社区 {self.title}" + (f"（{kind.name}）" if kind else "")
        feed.add("x-wr-calname", name)
        feed.add("x-wr-timezone", settings.TIME_ZONE)
        kept_since = timezone.now() - timedelta(days=CALENDAR_KEEPS_DAYS)
        for activity in listing.filters.filter_queryset(
            self.get_upcoming(now=kept_since)
        ):
            event = Event()
            event.add("uid", f"activity-{activity.pk}@kangle")
            event.add("summary", activity.title)
            event.add("dtstart", timezone.localtime(activity.starts_at))
            event.add("dtend", timezone.localtime(activity.ends_at))
            event.add("dtstamp", timezone.now())
            event.add("location", activity.place_name)
            event.add("description", activity.summary)
            event.add("categories", [activity.kind.name])
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
    subpage_types = ["home.ActivityPage"]


class ActivityPage(SitePage):
    """One activity: its kind, when and where, what it is, and the report after."""

    kind = models.ForeignKey(
        ActivityKind,
        verbose_name="活动类型",
        on_delete=models.PROTECT,
        related_name="activities",
    )
    starts_at = models.DateTimeField("开始时间")
    ends_at = models.DateTimeField("结束时间")
    place_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="地点（地图上的地点）",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="选择一个服务点等地图上的地点",
    )
    place_text = models.CharField(
        "地点（其他）",
        max_length=120,
        blank=True,
        help_text="不在地图上的地点举办时填写",
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
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("place_page"), FieldPanel("place_text")]),
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
        index.RelatedFields("kind", [ChineseSearchField("name")]),
        index.FilterField("starts_at"),
    ]
    search_section = "活动"
    on_notice_board = True
    route_related = ("kind",)

    class Meta:
        verbose_name = "社区活动"
        verbose_name_plural = "社区活动"

    @cached_property
    def public_place(self):
        """The page of the place the activity is held at, if the public may
        see it; a listing reads that with the activities."""
        if self.place_page_id is None:
            return None
        is_public = getattr(self, "place_page_is_public", None)
        if is_public is None:
            is_public = self.place_page_id in public_page_ids([self.place_page])
        return self.place_page if is_public else None

    @property
    def place_name(self):
        place = self.public_place
        return place.title if place else self.place_text or UNANNOUNCED_PLACE

    @property
    def place_address(self):
        """The address of the place's page, for the activity's own page; a
        kind of place without addresses gives none."""
        place = self.public_place
        return getattr(place.specific, "address", "") if place else ""

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
        if self.place_page_id is None and not self.place_text:
            errors["place_text"] = "请选择地图上的地点，或填写活动地点。"
        elif self.place_page_id is not None:
            place = self.place_page.specific
            kind = kind_of(place)
            if kind is None or not kind.is_page:
                errors["place_page"] = (
                    f"“{place.title}”不是地图上的地点，请选择服务点等地点，"
                    "或在“地点（其他）”里填写。"
                )
        if errors:
            raise ValidationError(errors)

    parent_page_types = ["home.ActivityIndexPage"]
    subpage_types = []
