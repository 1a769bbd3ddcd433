"""康乐民生茶馆 议事: the topics residents raise and settle together, each
followed through the five steps 听 → 议 → 决 → 做 → 评 with the date of
each, what was decided, who carries it out and by when, the progress made
and the published result (议题群众知晓、过程群众明了、结果群众清楚)."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.feeds import FeedRoutesMixin
from home.listing import (
    CheckFilter,
    ChoiceFilter,
    CompoundFilter,
    ListingFilters,
    ListingPageMixin,
    YearFilter,
)
from home.models import Compound, PressedOnce, SitePage
from home.search import ChineseSearchField

from .forms import TopicPageForm
from .stages import (
    STAGE_CHOICES,
    STAGE_NAMES,
    STAGES_WITH_DEADLINE,
    latest_stage,
)

CONSULTATION_SEARCH_SECTION = "议事"
LEVEL_CHOICES = [
    ("community", "社区"),
    ("group", "小组"),
    ("individual", "个人"),
]
LEVEL_NAMES = dict(LEVEL_CHOICES)
CHANNEL_CHOICES = [
    ("grid-visit", "网格走访"),
    ("contact-card", "民情联系卡"),
    ("hotline", "热线电话"),
    ("collection-box", "民情采集箱"),
    ("online", "网上留言"),
    ("meeting", "会上提出"),
]
CONSULTATION_FORM_CHOICES = [
    ("meeting", "会议协商"),
    ("visit", "个别走访"),
    ("interview", "约请面谈"),
    ("hearing", "听证会"),
    ("inquiry", "质询会"),
    ("written", "书面协商"),
    ("online", "网上协商"),
]
FORUM_CHOICES = [
    ("joint-meeting", "心连心治理联席会"),
    ("round-table", "圆桌议事会"),
    ("face-to-face", "乐邻面对面"),
    ("cluster", "楼群自管会"),
]
FIRST_TOPIC_YEAR = 2015
VERDICT_CHOICES = [
    ("satisfied", "满意"),
    ("mostly", "基本满意"),
    ("unsatisfied", "不满意"),
]
VERDICT_NAMES = dict(VERDICT_CHOICES)


def overdue_q(today=None):
    """Topics past the deadline of their decision and not yet published."""
    today = today or timezone.localdate()
    return models.Q(stage__in=STAGES_WITH_DEADLINE, due_date__lt=today)


def only_overdue(queryset, name, value):
    return queryset.filter(overdue_q()) if value else queryset


class TopicFilters(ListingFilters):
    stage = ChoiceFilter(
        label="进展",
        empty_label="全部进展",
        choices=STAGE_CHOICES,
        invalid_message="没有“{value}”这一步，已显示全部{noun}。",
    )
    level = ChoiceFilter(
        label="层级",
        empty_label="全部层级",
        choices=LEVEL_CHOICES,
        invalid_message="没有“{value}”这一层级，已显示全部{noun}。",
        describe="{option}层级",
    )
    compound = CompoundFilter(field_name="compounds")
    year = YearFilter(
        field_name="raised_on__year",
        label="提出年份",
        first_year=FIRST_TOPIC_YEAR,
        options=lambda page: page.get_years(),
    )
    overdue = CheckFilter(
        label="只看逾期未完成的", describe="逾期未完成", method=only_overdue
    )


class TopicIndexPage(ListingPageMixin, FeedRoutesMixin, RoutablePageMixin, SitePage):
    """康乐民生茶馆: every topic, by step, level, compound and year, with feeds."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = CONSULTATION_SEARCH_SECTION
    listing_filters = TopicFilters
    listing_noun = "议题"
    listing_unit = "个"

    class Meta:
        verbose_name = "议事列表页"
        verbose_name_plural = "议事列表页"

    def topics(self):
        return TopicPage.objects.live().public().descendant_of(self)

    def get_listing_items(self):
        return self.topics().prefetch_related("compounds").order_by("-raised_on", "-pk")

    def get_years(self):
        return sorted(
            {day.year for day in self.topics().dates("raised_on", "year")},
            reverse=True,
        )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["consultation.TopicPage"]


class TopicPage(SitePage):
    """One topic: raised, discussed, decided, carried out and published."""

    level = models.CharField("议事层级", max_length=20, choices=LEVEL_CHOICES)
    compounds = ParentalManyToManyField(
        Compound, verbose_name="涉及小区", blank=True, related_name="topics"
    )
    raised_by = models.CharField(
        "提出方",
        max_length=60,
        help_text="写群体或组织，如“武庄8号楼群居民”，不写个人姓名",
    )
    channel = models.CharField("反映渠道", max_length=20, choices=CHANNEL_CHOICES)
    summary = models.TextField("议题简介", max_length=200)
    background = StreamField(BaseStreamBlock(), verbose_name="议题缘由", blank=True)
    consultation_form = models.CharField(
        "协商形式", max_length=20, choices=CONSULTATION_FORM_CHOICES, blank=True
    )
    forum = models.CharField(
        "议事平台", max_length=20, choices=FORUM_CHOICES, blank=True
    )
    minutes = StreamField(BaseStreamBlock(), verbose_name="协商纪要", blank=True)
    decision = models.TextField("决议", blank=True)
    carried_out_by = models.CharField("落实责任方", max_length=60, blank=True)
    due_date = models.DateField("完成时限", null=True, blank=True)
    result = models.TextField(
        "结果公示", blank=True, help_text="办成了什么，居民在“评”这一步看到的结果"
    )
    # Read from the dated steps when the page is saved, for the listing's
    # filters and order.
    stage = models.CharField(
        "当前进展", max_length=20, choices=STAGE_CHOICES, editable=False
    )
    raised_on = models.DateField("提出日期", null=True, editable=False)

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("level"), FieldPanel("channel")]),
                FieldPanel("raised_by"),
                FieldPanel("compounds", widget=forms.CheckboxSelectMultiple),
                FieldPanel("summary"),
                FieldPanel("background"),
            ],
            heading="听：议题从哪里来",
        ),
        InlinePanel(
            "steps",
            heading="进展时间线",
            label="进展",
            min_num=1,
            help_text="每走到一步，记下日期：页面按最后一步显示当前进展",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("consultation_form"), FieldPanel("forum")]),
                FieldPanel("minutes"),
            ],
            heading="议：怎么商量的",
        ),
        MultiFieldPanel(
            [
                FieldPanel("decision"),
                FieldRowPanel([FieldPanel("carried_out_by"), FieldPanel("due_date")]),
            ],
            heading="决：决议和时限",
        ),
        InlinePanel("updates", heading="做：落实进度", label="进度"),
        FieldPanel("result"),
    ]

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("summary", boost=2),
        ChineseSearchField("background"),
        ChineseSearchField("minutes"),
        ChineseSearchField("decision"),
        ChineseSearchField("result"),
        index.FilterField("stage"),
        index.FilterField("level"),
    ]
    search_section = CONSULTATION_SEARCH_SECTION
    base_form_class = TopicPageForm

    class Meta:
        verbose_name = "议题"
        verbose_name_plural = "议题"

    @property
    def listing_summary(self):
        return self.search_description or self.summary

    @property
    def stage_name(self):
        return STAGE_NAMES.get(self.stage, "")

    @property
    def level_name(self):
        return LEVEL_NAMES.get(self.level, "")

    @property
    def deadline(self):
        """The date the decision is due while it is being carried out."""
        return self.due_date if self.stage in STAGES_WITH_DEADLINE else None

    @property
    def is_overdue(self):
        return self.deadline is not None and self.deadline < timezone.localdate()

    @cached_property
    def reached_steps(self):
        """The steps reached so far, by stage."""
        return {step.stage: step for step in self.steps.all()}

    @property
    def rating_opens_on(self):
        """The day the result was published (评), from which residents rate it."""
        review = self.reached_steps.get("review")
        return review.date if review else None

    @property
    def rating_closes_on(self):
        opens = self.rating_opens_on
        if opens is None:
            return None
        return opens + timedelta(days=settings.TOPIC_RATING_OPEN_DAYS)

    @property
    def is_rating_open(self):
        closes = self.rating_closes_on
        return closes is not None and timezone.localdate() <= closes

    def rating_tally(self):
        """Each verdict with how many browsers gave it, and the total."""
        counts = dict(
            self.ratings.values_list("verdict").annotate(count=models.Count("pk"))
        )
        verdicts = [
            {"value": value, "name": name, "count": counts.get(value, 0)}
            for value, name in VERDICT_CHOICES
        ]
        return {"verdicts": verdicts, "total": sum(counts.values())}

    def stage_progress(self):
        """Each of the five steps with the date it was reached and its note
        (``None`` for steps still ahead) and whether it is the current one."""
        reached = self.reached_steps
        return [
            {
                "name": name,
                "date": getattr(reached.get(value), "date", None),
                "note": getattr(reached.get(value), "note", ""),
                "is_current": value == self.stage,
            }
            for value, name in STAGE_CHOICES
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.stage == "review":
            context["rating"] = self.rating_tally()
        return context

    def read_steps(self):
        """The step the topic is in and the day it was raised, from its
        dated steps (those in memory, as the editor sends them)."""
        self.__dict__.pop("reached_steps", None)
        steps = list(self.steps.all())
        self.stage = latest_stage([step.stage for step in steps])
        self.raised_on = min((step.date for step in steps), default=None)

    def save(self, *args, **kwargs):
        self.read_steps()
        super().save(*args, **kwargs)

    parent_page_types = ["consultation.TopicIndexPage"]
    subpage_types = []


class TopicStep(Orderable):
    """The day a topic reached one step of the loop, with a line about it."""

    page = ParentalKey(TopicPage, on_delete=models.CASCADE, related_name="steps")
    stage = models.CharField("步骤", max_length=20, choices=STAGE_CHOICES)
    date = models.DateField("日期")
    note = models.CharField("说明", max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("stage"), FieldPanel("date")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "进展"
        verbose_name_plural = "进展"


class TopicUpdate(Orderable):
    """Progress while a decision is carried out (做), with a photo."""

    page = ParentalKey(TopicPage, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField("日期")
    text = models.CharField("进度", max_length=300)
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name="照片",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("date"), FieldPanel("text"), FieldPanel("photo")]

    class Meta(Orderable.Meta):
        verbose_name = "落实进度"
        verbose_name_plural = "落实进度"


class TopicRating(PressedOnce):
    """One browser's verdict on a topic's published result (评); its first
    verdict stands."""

    topic = models.ForeignKey(
        TopicPage, on_delete=models.CASCADE, related_name="ratings"
    )
    verdict = models.CharField("评议", max_length=20, choices=VERDICT_CHOICES)

    class Meta:
        verbose_name = "结果评议"
        verbose_name_plural = "结果评议"
        constraints = [
            models.UniqueConstraint(
                fields=["topic", "visitor"], name="one_rating_per_browser"
            )
        ]

    def __str__(self):
        return f"{self.topic.title} {self.get_verdict_display()}"
