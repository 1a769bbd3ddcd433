"""The 十分钟法律服务圈: a directory of legal-service points, their services,
opening hours and walking times from each compound."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.listing import (
    CheckFilter,
    ChoiceFilter,
    CompoundFilter,
    ListingFilters,
    ListingPageMixin,
    applied_by_page,
)
from home.maps import CommunityMap
from home.models import Compound, SitePage
from home.search import ChineseSearchField
from home.walking import TEN_MINUTES, walking_minutes
from legal.open_data import directory_csv, directory_json, point_json_ld
from legal.opening_hours import (
    LOOKAHEAD_DAYS,
    MIDNIGHT,
    WEEKDAY_NAMES,
    WeeklySchedule,
    describe_week,
)

SEARCH_SECTION = "法律服务点"
CLOSES_BEFORE_OPENS = "关门时间要晚于开门时间（开到午夜请填 00:00）。"


def ends_after(opens, closes):
    """Whether a period closing at ``closes`` ends after it opens; 00:00 closes
    at midnight."""
    if opens is None or closes is None:
        return True
    return closes == MIDNIGHT or closes > opens


class LegalService(index.Indexed, models.Model):
    """A service offered across the circle (矛盾调解, 法律援助 ...)."""

    name = models.CharField("服务名称", max_length=40, unique=True)
    slug = models.SlugField(
        "网址名称", max_length=40, unique=True, help_text="用于筛选链接，如 mediation"
    )
    description = models.TextField("服务内容")
    eligibility = models.TextField("谁可以申请")
    what_to_bring = models.TextField("需要携带", blank=True)
    cost = models.CharField("费用", max_length=80, default="免费")

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("description"),
        FieldPanel("eligibility"),
        FieldPanel("what_to_bring"),
        FieldPanel("cost"),
    ]

    search_fields = [
        ChineseSearchField("name", boost=2),
        index.AutocompleteField("name"),
        ChineseSearchField("description"),
    ]

    class Meta:
        ordering = ["pk"]
        verbose_name = "法律服务项目"
        verbose_name_plural = "法律服务项目"

    def __str__(self):
        return self.name


class HolidayArrangement(models.Model):
    """One day of the State Council's yearly 放假安排, entered by editors for
    years the holiday library does not know yet (or to correct it)."""

    date = models.DateField("日期", unique=True)
    is_working_day = models.BooleanField(
        "调休上班", default=False, help_text="勾选表示这天是调休上班日；不勾选表示放假"
    )
    name = models.CharField("节日", max_length=20, help_text="如：春节、国庆节")
    works_as_weekday = models.PositiveSmallIntegerField(
        "调休上班按",
        choices=list(enumerate(WEEKDAY_NAMES)),
        null=True,
        blank=True,
        help_text="调休上班日按星期几的时间开放（放假通知里“上班”的那天），放假日不用填",
    )

    panels = [
        FieldPanel("date"),
        FieldPanel("is_working_day"),
        FieldPanel("works_as_weekday"),
        FieldPanel("name"),
    ]

    class Meta:
        ordering = ["date"]
        verbose_name = "法定节假日安排"
        verbose_name_plural = "法定节假日安排"

    def __str__(self):
        kind = "调休上班" if self.is_working_day else "放假"
        return f"{self.date:%Y-%m-%d} {self.name}{kind}"

    @classmethod
    def upcoming(cls, today=None):
        """The arrangements that can matter for open-now, keyed by date."""
        today = today or timezone.localdate()
        window = cls.objects.filter(
            date__range=(today, today + timedelta(days=LOOKAHEAD_DAYS))
        )
        return {arrangement.date: arrangement for arrangement in window}


class DirectoryFilters(ListingFilters):
    # A compound sorts the points by the walk from it, open-now needs each
    # point's hours: the page applies both (``arrange_listing``).
    compound = CompoundFilter(
        label="我住在",
        empty_label="请选择小区",
        invalid_message="没有找到您选的小区，已按默认顺序排列。",
        describe=None,
        method=applied_by_page,
    )
    service = ChoiceFilter(
        field_name="services",
        label="需要的服务",
        empty_label="全部服务",
        key="slug",
        options=lambda page: LegalService.objects.all(),
        invalid_message="没有“{value}”这项服务，已显示全部{noun}。",
        describe="提供“{option}”",
    )
    open = CheckFilter(
        label="只看现在开放的", describe="现在开放", method=applied_by_page
    )


class LegalServiceDirectoryPage(ListingPageMixin, RoutablePageMixin, SitePage):
    """十分钟法律服务圈: every service point, filterable, by walking time."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = SEARCH_SECTION
    listing_filters = DirectoryFilters
    listing_noun = "服务点"
    listing_unit = "处"
    # The map numbers every point: the list is never split into pages.
    listing_per_page = None
    filter_button = "查找"

    class Meta:
        verbose_name = "法律服务点目录"
        verbose_name_plural = "法律服务点目录"

    def get_points(self):
        return (
            LegalServicePointPage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-is_lead_point", "path")
            .prefetch_related("services", "opening_periods", "opening_exceptions")
        )

    def get_listing_items(self):
        return self.get_points()

    def arrange_listing(self, points, values):
        """The points to show, each with its open status and walking time."""
        arrangements = HolidayArrangement.upcoming()
        entries = [
            {"page": point, "status": point.schedule(arrangements).status()}
            for point in points
        ]
        if values.get("open"):
            entries = [entry for entry in entries if entry["status"].is_open]
        compound = values.get("compound")
        if compound is not None:
            for entry in entries:
                entry["minutes"] = walking_minutes(compound, entry["page"])
                entry["within_ten_minutes"] = entry["minutes"] <= TEN_MINUTES
            entries.sort(key=lambda entry: entry["minutes"])
        return entries

    def get_listing_context(self, listing):
        compounds = listing.objects("compound")
        entries = listing.items
        community_map = CommunityMap(
            [*(entry["page"] for entry in entries), *compounds]
        )
        for entry in entries:
            entry["number"] = community_map.number_of(entry["page"])
        return {"community_map": community_map}

    @path("leaflet/", name="leaflet")
    def leaflet(self, request):
        """The whole circle on one A4 sheet, for notice boards and home visits."""
        points = list(self.get_points())
        return TemplateResponse(
            request,
            "legal/legal_service_directory_leaflet.html",
            {
                "page": self,
                "points": points,
                "community_map": CommunityMap([*points, *Compound.objects.all()]),
            },
        )

    @path("open-data/json/", name="open_data_json")
    def open_data_json(self, request):
        data = directory_json(
            self, self.get_points(), LegalService.objects.all(), request
        )
        return JsonResponse(
            data, json_dumps_params={"ensure_ascii": False, "indent": 2}
        )

    @path("open-data/csv/", name="open_data_csv")
    def open_data_csv(self, request):
        response = HttpResponse(
            directory_csv(self.get_points(), request),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = (
            'attachment; filename="legal-service-points.csv"'
        )
        return response

    parent_page_types = ["home.HomePage"]
    subpage_types = ["legal.LegalServicePointPage"]


class LegalServicePointPage(SitePage):
    """One service point: what it offers, when, where, and how far on foot."""

    KIND_CHOICES = [
        ("studio", "社区法治工作室"),
        ("volunteer_station", "志愿者工作站"),
        ("police_room", "警务室"),
        ("mediation_room", "调解室"),
        ("named_studio", "名人工作室"),
        ("other", "其他"),
    ]
    APPOINTMENT_CHOICES = [
        ("walk_in", "可直接前往"),
        ("appointment", "需提前预约"),
        ("either", "可预约，也可直接前往"),
    ]

    kind = models.CharField("类型", max_length=20, choices=KIND_CHOICES)
    is_lead_point = models.BooleanField(
        "牵头服务点", default=False, help_text="社区法治工作室是整个服务圈的牵头点"
    )
    summary = models.TextField("简介", max_length=300)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name="详细介绍")
    services = ParentalManyToManyField(
        LegalService, verbose_name="提供的服务", related_name="points"
    )
    address = models.CharField("地址", max_length=120)
    latitude = models.DecimalField("纬度", max_digits=9, decimal_places=6)
    longitude = models.DecimalField("经度", max_digits=9, decimal_places=6)
    phone = models.CharField("电话", max_length=40, blank=True)
    contact_person = models.CharField("联系人", max_length=40, blank=True)
    appointment = models.CharField(
        "预约方式", max_length=20, choices=APPOINTMENT_CHOICES, default="either"
    )
    step_free_entrance = models.BooleanField("无台阶入口", default=False)
    has_lift = models.BooleanField("有电梯", default=False)
    has_hearing_loop = models.BooleanField("有助听环路", default=False)
    languages = models.CharField("服务语言", max_length=60, default="普通话、扬州话")
    follows_public_holidays = models.BooleanField(
        "法定节假日休息",
        default=True,
        help_text="勾选后，法定节假日闭门、调休上班日按工作日时间开放",
    )

    content_panels = [
        *SitePage.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("is_lead_point")]),
        FieldPanel("summary"),
        FieldPanel("services"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("contact_person")]),
                FieldPanel("appointment"),
                FieldPanel("languages"),
            ],
            heading="位置与联系",
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free_entrance"),
                FieldPanel("has_lift"),
                FieldPanel("has_hearing_loop"),
            ],
            heading="无障碍设施",
        ),
        MultiFieldPanel(
            [
                FieldPanel("follows_public_holidays"),
                InlinePanel("opening_periods", label="每周开放时间"),
                InlinePanel(
                    "opening_exceptions",
                    label="特殊日期",
                    help_text="临时闭门或调整时间的日期。每年的法定节假日在“法定节假日安排”里统一录入。",
                ),
            ],
            heading="开放时间",
        ),
    ]

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("summary", boost=2),
        ChineseSearchField("body"),
        ChineseSearchField("address"),
        ChineseSearchField("get_kind_display"),
        index.RelatedFields(
            "services",
            [ChineseSearchField("name", boost=2), ChineseSearchField("description")],
        ),
    ]
    search_section = SEARCH_SECTION

    class Meta:
        verbose_name = "法律服务点"
        verbose_name_plural = "法律服务点"

    @property
    def hours_summary(self):
        return describe_week(self.schedule().by_weekday)

    def schedule(self, arrangements=None):
        return WeeklySchedule(
            periods=[
                (period.weekday, period.opens, period.closes)
                for period in self.opening_periods.all()
            ],
            exceptions=self.opening_exceptions.all(),
            arrangements=arrangements if arrangements is not None else {},
            follows_holidays=self.follows_public_holidays,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The schedule, the structured data and the template all read these.
        prefetch_related_objects(
            [self], "services", "opening_periods", "opening_exceptions"
        )
        today = timezone.localdate()
        schedule = self.schedule(HolidayArrangement.upcoming(today))
        context.update(
            status=schedule.status(),
            weekly_hours=[
                (name, schedule.by_weekday.get(weekday, []))
                for weekday, name in enumerate(WEEKDAY_NAMES)
            ],
            upcoming_exceptions=sorted(
                (
                    exception
                    for exception in schedule.exceptions.values()
                    if exception.date >= today
                ),
                key=lambda exception: exception.date,
            ),
            walking=[
                (compound, walking_minutes(compound, self))
                for compound in Compound.objects.all()
            ],
            ten_minutes=TEN_MINUTES,
            json_ld=point_json_ld(self, request),
        )
        return context

    parent_page_types = ["legal.LegalServiceDirectoryPage"]
    subpage_types = []


class OpeningPeriod(Orderable):
    page = ParentalKey(
        LegalServicePointPage, related_name="opening_periods", on_delete=models.CASCADE
    )
    weekday = models.PositiveSmallIntegerField(
        "星期", choices=list(enumerate(WEEKDAY_NAMES))
    )
    opens = models.TimeField("开门")
    closes = models.TimeField("关门")

    panels = [
        FieldRowPanel(
            [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = "开放时段"
        verbose_name_plural = "开放时段"

    def clean(self):
        if not ends_after(self.opens, self.closes):
            raise ValidationError({"closes": CLOSES_BEFORE_OPENS})


class OpeningException(Orderable):
    page = ParentalKey(
        LegalServicePointPage,
        related_name="opening_exceptions",
        on_delete=models.CASCADE,
    )
    date = models.DateField("日期")
    closed = models.BooleanField("全天闭门", default=True)
    opens = models.TimeField("开门", null=True, blank=True)
    closes = models.TimeField("关门", null=True, blank=True)
    note = models.CharField(
        "说明", max_length=80, blank=True, help_text="如：工作人员外出培训"
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("closed")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "特殊日期"
        verbose_name_plural = "特殊日期"

    def clean(self):
        if not self.closed:
            if not (self.opens and self.closes):
                raise ValidationError(
                    {"opens": "不是全天闭门时，请填写当天的开门和关门时间。"}
                )
            if not ends_after(self.opens, self.closes):
                raise ValidationError({"closes": CLOSES_BEFORE_OPENS})
