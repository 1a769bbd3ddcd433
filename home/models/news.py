from django.db import models
from django.db.models import Count
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.feeds import FeedRoutesMixin
from home.page_forms import DatedPageForm
from home.pagination import paginate
from home.renditions import prefetch_renditions, renditions_prefetch
from home.request_params import text_param, year_param
from home.search import ChineseSearchField

from .base import (
    SHARE_IMAGE_FILTER,
    WIDE_IMAGE_FILTER,
    SitePage,
    SitePageQuerySet,
)

FEED_LENGTH = 20
FIRST_NEWS_YEAR = 2000
# The renditions a news card shows; templates/includes/news_card.html uses the same.
CARD_IMAGE_FILTER = "format-{webp,jpeg}|fill-480x270"
MAX_TAG_LENGTH = 100


class NewsIndexPage(FeedRoutesMixin, RoutablePageMixin, SitePage):
    """社区动态: the list of news articles, filterable by tag and year, with feeds."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = "新闻"

    class Meta:
        verbose_name = "新闻列表页"
        verbose_name_plural = "新闻列表页"

    def get_posts(self):
        return NewsPage.objects.for_listing().descendant_of(self)

    def get_years(self):
        return [
            day.year for day in self.get_posts().dates("date", "year", order="DESC")
        ]

    def get_tags(self):
        return (
            Tag.objects.filter(
                home_newspagetag_items__content_object__in=self.get_posts()
            )
            .distinct()
            .order_by("name")
        )

    def filter_posts(self, request):
        """Apply the tag and year filters from the query string.

        Returns the posts and the active filters; a value that matches nothing is
        kept so that the page can say so, and one that is not a year is reported."""
        posts = self.get_posts()
        filters = {}
        tag = text_param(request, "tag", MAX_TAG_LENGTH)
        if tag:
            posts = posts.filter(tags__name=tag)
            filters["tag"] = tag
        raw_year, year = year_param(request, "year", FIRST_NEWS_YEAR)
        if year is not None:
            posts = posts.filter(date__year=year)
            filters["year"] = year
        elif raw_year:
            filters["invalid_year"] = raw_year
        return posts, filters

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts, filters = self.filter_posts(request)
        context.update(
            posts=paginate(request, posts),
            filters=filters,
            years=self.get_years(),
            tags=self.get_tags(),
        )
        return context

    def get_feed_items(self):
        return self.get_posts()[:FEED_LENGTH]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "home.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPageQuerySet(SitePageQuerySet):
    def for_listing(self):
        """Live public articles, newest first, with the images their cards show
        and those images' card renditions."""
        return (
            self.live()
            .public()
            .order_by("-date", "-pk")
            .select_related("lead_image")
            .prefetch_related(renditions_prefetch("lead_image", CARD_IMAGE_FILTER))
        )


class NewsPage(SitePage):
    """One news article (社区动态) with its date, source, tags and body."""

    date = models.DateField("发布日期")
    source = models.CharField("来源", max_length=80, blank=True)
    tags = ClusterTaggableManager("标签", through=NewsPageTag, blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="题图",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="图片的“描述”会作为替代文字读给视障读者",
    )
    summary = models.TextField("摘要", max_length=300)
    body = StreamField(BaseStreamBlock(), verbose_name="正文")

    objects = PageManager.from_queryset(NewsPageQuerySet)()
    route_related = ("lead_image",)

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("source")]),
                FieldPanel("tags"),
            ],
            heading="发布信息",
        ),
        FieldPanel("lead_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    base_form_class = DatedPageForm

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("summary", boost=2),
        ChineseSearchField("body"),
        ChineseSearchField("source"),
        index.RelatedFields("tags", [ChineseSearchField("name", boost=2)]),
        index.FilterField("date"),
    ]
    search_section = "新闻"
    on_notice_board = True

    class Meta:
        verbose_name = "新闻"
        verbose_name_plural = "新闻"

    @property
    def listing_date(self):
        return self.date

    @property
    def share_image(self):
        return self.lead_image

    def get_neighbours(self):
        """The next older and the next newer article (or ``None``), read in
        one query."""
        siblings = NewsPage.objects.live().public().sibling_of(self, inclusive=False)
        older = siblings.filter(
            models.Q(date__lt=self.date) | models.Q(date=self.date, pk__lt=self.pk)
        ).order_by("-date", "-pk")
        newer = siblings.filter(
            models.Q(date__gt=self.date) | models.Q(date=self.date, pk__gt=self.pk)
        ).order_by("date", "pk")
        # The two nearest are public already: the outer query asks no more.
        found = list(
            NewsPage.objects.filter(
                models.Q(pk__in=older.values("pk")[:1])
                | models.Q(pk__in=newer.values("pk")[:1])
            )
        )
        here = (self.date, self.pk)
        return (
            next((page for page in found if (page.date, page.pk) < here), None),
            next((page for page in found if (page.date, page.pk) > here), None),
        )

    def get_related(self, limit=3):
        """Other articles ranked by how many tags they share with this one."""
        return list(
            NewsPage.objects.live()
            .public()
            .select_related("lead_image")
            .exclude(pk=self.pk)
            .filter(tags__in=self.tags.all())
            .annotate(shared_tags=Count("pk"))
            .order_by("-shared_tags", "-date", "-pk")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        previous, following = self.get_neighbours()
        related = self.get_related()
        prefetch_renditions(
            [self.lead_image, *(post.lead_image for post in related)],
            SHARE_IMAGE_FILTER,
            WIDE_IMAGE_FILTER,
            CARD_IMAGE_FILTER,
        )
        context.update(
            news_index=self.get_parent(),
            previous=previous,
            next=following,
            related=related,
        )
        return context

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
