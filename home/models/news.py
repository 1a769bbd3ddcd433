from django.db import models
from django.db.models import Count
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from home import routing
from home.blocks import BaseStreamBlock
from home.feeds import FeedRoutesMixin
from home.listing import ListingFilters, ListingPageMixin, TextFilter, YearFilter
from home.page_forms import DatedPageForm
from home.renditions import prefetch_renditions, renditions_prefetch
from home.search import ChineseSearchField

from .base import (
    SHARE_IMAGE_FILTER,
    WIDE_IMAGE_FILTER,
    SitePage,
    SitePageQuerySet,
)

FIRST_NEWS_YEAR = 2000
# The renditions a news card shows; templates/includes/news_card.html uses the same.
CARD_IMAGE_FILTER = "format-{webp,jpeg}|fill-480x270"


class NewsFilters(ListingFilters):
    tag = TextFilter(
        field_name="tags__name",
        label="按标签",
        empty_label="全部标签",
        describe="标签为“{option}”",
        options=lambda page: page.get_tags(),
    )
    year = YearFilter(
        field_name="date__year",
        label="按年份",
        first_year=FIRST_NEWS_YEAR,
        options=lambda page: page.get_years(),
    )


class NewsIndexPage(ListingPageMixin, FeedRoutesMixin, RoutablePageMixin, SitePage):
    """社区动态: the list of news articles, filterable by tag and year, with feeds."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = "新闻"
    listing_filters = NewsFilters
    listing_noun = "动态"

    class Meta:
        verbose_name = "新闻列表页"
        verbose_name_plural = "新闻列表页"

    def get_posts(self):
        return NewsPage.objects.for_listing().descendant_of(self)

    @cached_property
    def years_and_tags(self):
        """Each year and each tag in use, read in one query for both filters
        (building the query costs more than running it)."""
        return list(
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .order_by()
            .values_list("date__year", "tags__name")
            .distinct()
        )

    def get_years(self):
        return sorted({year for year, _ in self.years_and_tags}, reverse=True)

    def get_tags(self):
        return sorted({tag for _, tag in self.years_and_tags if tag})

    def get_listing_items(self):
        return self.get_posts()

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
            news_index=routing.parent_place(request, self),
            previous=previous,
            next=following,
            related=related,
        )
        return context

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
