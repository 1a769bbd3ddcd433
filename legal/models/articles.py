"""普法: legal-education articles, by topic and audience, each reviewed by a
lawyer and flagged to readers and editors when the review grows old."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.search import index

from home.feeds import FeedRoutesMixin
from home.http_methods import SAFE_METHODS
from home.listing import ChoiceFilter, ListingFilters, ListingPageMixin
from home.models import SitePage
from home.page_forms import DatedPageForm
from home.search import ChineseSearchField
from legal.blocks import LegalArticleStreamBlock, QuizQuestionBlock

from .directory import LegalService, LegalServicePointPage

AUDIENCE_CHOICES = [
    ("all", "全体居民"),
    ("elderly", "老年人"),
    ("youth", "青少年"),
    ("parents", "家长"),
    ("workers", "务工人员"),
]


def review_cutoff(today=None):
    """Articles reviewed before this date are due for another review."""
    today = today or timezone.localdate()
    return today - timedelta(days=settings.LEGAL_REVIEW_MAX_AGE_DAYS)


class LegalTopic(index.Indexed, models.Model):
    """A topic of legal education (婚姻家庭, 邻里纠纷 ...) and the services
    that help with it, which link articles to service points."""

    name = models.CharField("主题", max_length=20, unique=True)
    slug = models.SlugField("网址名称", max_length=40, unique=True)
    description = models.CharField("简介", max_length=200, blank=True)
    services = models.ManyToManyField(
        LegalService,
        verbose_name="能帮上忙的服务",
        blank=True,
        related_name="topics",
        help_text="文章页会列出提供这些服务的服务点",
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("description"),
        FieldPanel("services"),
    ]

    search_fields = [ChineseSearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["pk"]
        verbose_name = "普法主题"
        verbose_name_plural = "普法主题"

    def __str__(self):
        return self.name


class LegalArticleFilters(ListingFilters):
    topic = ChoiceFilter(
        label="主题",
        empty_label="全部主题",
        key="slug",
        options=lambda page: LegalTopic.objects.all(),
        invalid_message="没有“{value}”这个主题，已显示全部{noun}。",
    )
    audience = ChoiceFilter(
        label="读者",
        empty_label="全部读者",
        choices=AUDIENCE_CHOICES,
        invalid_message="没有“{value}”这类读者，已显示全部{noun}。",
    )


class LegalArticleIndexPage(
    ListingPageMixin, FeedRoutesMixin, RoutablePageMixin, SitePage
):
    """普法: the list of legal-education articles, by topic and audience."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = "普法"
    listing_filters = LegalArticleFilters
    listing_noun = "文章"
    listing_unit = "篇"

    class Meta:
        verbose_name = "普法文章列表页"
        verbose_name_plural = "普法文章列表页"

    def get_listing_items(self):
        return (
            LegalArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("topic")
            .order_by("-date", "-pk")
        )

    def get_quizzes(self):
        return LegalQuizPage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quizzes"] = self.get_quizzes()
        return context

    parent_page_types = ["home.HomePage"]
    subpage_types = ["legal.LegalArticlePage", "legal.LegalQuizPage"]


class LegalArticlePage(SitePage):
    """One legal-education article, with its lawyer's review and citations."""

    date = models.DateField("发布日期")
    topic = models.ForeignKey(
        LegalTopic,
        verbose_name="主题",
        on_delete=models.PROTECT,
        related_name="articles",
    )
    audience = models.CharField(
        "主要读者", max_length=20, choices=AUDIENCE_CHOICES, default="all"
    )
    summary = models.TextField("摘要", max_length=300)
    body = StreamField(LegalArticleStreamBlock(), verbose_name="正文")
    reviewer = models.CharField(
        "审核人", max_length=60, help_text="审核本文的律师或法律工作者"
    )
    reviewed_on = models.DateField("审核日期")

    content_panels = [
        *SitePage.content_panels,
        FieldRowPanel(
            [FieldPanel("date"), FieldPanel("topic"), FieldPanel("audience")]
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("reviewer"), FieldPanel("reviewed_on")])],
            heading="法律审核",
        ),
    ]
    base_form_class = DatedPageForm

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("summary", boost=2),
        ChineseSearchField("body"),
        index.RelatedFields("topic", [ChineseSearchField("name", boost=2)]),
        index.FilterField("date"),
    ]
    search_section = "普法"

    class Meta:
        verbose_name = "普法文章"
        verbose_name_plural = "普法文章"

    @property
    def listing_date(self):
        return self.date

    @property
    def is_review_overdue(self):
        return self.reviewed_on < review_cutoff()

    def get_help_points(self):
        """Service points offering a service that helps with the topic."""
        return (
            LegalServicePointPage.objects.live()
            .public()
            .filter(services__topics=self.topic)
            .distinct()
            .order_by("-is_lead_point", "path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["help_points"] = self.get_help_points()
        return context

    parent_page_types = ["legal.LegalArticleIndexPage"]
    subpage_types = []


class LegalQuizPage(SitePage):
    """有奖问答: a multiple-choice legal quiz scored on the server; answers are
    not stored."""

    http_methods = (*SAFE_METHODS, "POST")

    intro = models.TextField("说明", blank=True)
    questions = StreamField(
        [("question", QuizQuestionBlock())], verbose_name="题目", min_num=1
    )

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("questions"),
    ]

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("intro"),
        ChineseSearchField("questions"),
    ]
    search_section = "普法"

    class Meta:
        verbose_name = "有奖问答"
        verbose_name_plural = "有奖问答"

    @property
    def summary(self):
        """What lists and search show: the quiz's own introduction."""
        return self.intro

    def score(self, answers):
        """Each question with the visitor's choice (1-based, or ``None``) and
        whether it is right; unknown or missing answers count as unanswered."""
        results = []
        for number, block in enumerate(self.questions, start=1):
            question = block.value
            valid = {
                str(choice): choice for choice in range(1, len(question["choices"]) + 1)
            }
            chosen = valid.get(answers.get(f"q{number}", ""))
            results.append(
                {
                    "number": number,
                    "question": question,
                    "chosen": chosen,
                    "is_correct": chosen == question["correct"],
                }
            )
        return results

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            results = self.score(request.POST)
            context = self.get_context(request, *args, **kwargs)
            context.update(
                results=results,
                correct_count=sum(result["is_correct"] for result in results),
            )
            return TemplateResponse(request, self.get_template(request), context)
        return super().serve(request, *args, **kwargs)

    parent_page_types = ["legal.LegalArticleIndexPage"]
    subpage_types = []
