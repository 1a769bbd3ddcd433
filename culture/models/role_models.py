"""康乐好人一条街: the community's role models, their honours and the praise
residents give them (人人赞好人)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.search import index

from culture.nominations import NominationRoutesMixin
from home.blocks import BaseStreamBlock
from home.feeds import FeedRoutesMixin
from home.listing import (
    ChoiceFilter,
    CompoundFilter,
    ListingFilters,
    ListingPageMixin,
    YearFilter,
)
from home.models import Compound, PressedOnce, SitePage
from home.models.base import SHARE_IMAGE_FILTER
from home.privacy import private_details
from home.renditions import prefetch_renditions, renditions_prefetch
from home.search import ChineseSearchField

from .categories import CATEGORY_CHOICES, CATEGORY_NAMES, DEED_MAX_LENGTH
from .common import FIRST_YEAR, Honour, year_field

SEARCH_SECTION = "好人"
# The plaque's portrait; templates/culture/includes/plaque.html uses the same.
PLAQUE_PORTRAIT_FILTER = "format-{webp,jpeg}|fill-240x300"
# The portrait on a role model's page; templates/culture/role_model_page.html
# uses the same.
PORTRAIT_FILTER = "format-{webp,jpeg}|fill-{240x300,480x600}"
# How many others a role model's page lists by category and by compound.
RELATED_COUNT = 6


class StreetFilters(ListingFilters):
    # Each category has an address of its own (``choice_route``).
    category = ChoiceFilter(label="好人类别", choices=CATEGORY_CHOICES)
    compound = CompoundFilter()
    year = YearFilter(
        field_name="first_honoured_year",
        label="首次获评年份",
        first_year=FIRST_YEAR,
        options=lambda page: page.get_years(),
    )


class RoleModelIndexPage(
    NominationRoutesMixin,
    ListingPageMixin,
    FeedRoutesMixin,
    RoutablePageMixin,
    SitePage,
):
    """康乐好人一条街: the role models as plaques along the street, by category,
    compound and year, and the way in for residents' nominations."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = SEARCH_SECTION
    listing_filters = StreetFilters
    listing_noun = "好人"
    listing_unit = "位"
    listing_per_page = 12
    # Each category's page shows praise counts and is listed in the sitemap.
    choice_route = "category"

    class Meta:
        verbose_name = "好人一条街"
        verbose_name_plural = "好人一条街"

    def get_role_models(self):
        return (
            RoleModelPage.plaques()
            .descendant_of(self)
            .order_by("-first_honoured_year", "path")
        )

    def get_years(self):
        return list(
            RoleModelPage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-first_honoured_year")
            .values_list("first_honoured_year", flat=True)
            .distinct()
        )

    def get_listing_items(self):
        return self.get_role_models().prefetch_related(
            renditions_prefetch("portrait", PLAQUE_PORTRAIT_FILTER)
        )

    @path("category/<slug:category>/", name="category")
    def category_route(self, request, category):
        """Each category has its own address that can be linked and printed."""
        return self.serve_listing(request, category)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["culture.RoleModelPage"]


class RoleModelPage(SitePage):
    """One role model: who they are, what they did, and their honours. The page
    never carries a private phone number or an exact address."""

    name = models.CharField(
        "姓名或化名", max_length=20, help_text="本人不愿公开姓名时填写化名"
    )
    is_pen_name = models.BooleanField(
        "使用化名", default=False, help_text="勾选后页面会注明“化名”"
    )
    portrait = models.ForeignKey(
        get_image_model_string(),
        verbose_name="照片",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="须经本人同意后使用",
    )
    category = models.CharField("类别", max_length=20, choices=CATEGORY_CHOICES)
    compound = models.ForeignKey(
        Compound,
        verbose_name="所在小区",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="role_models",
    )
    first_honoured_year = year_field("首次获评年份")
    deed = models.CharField(
        "一句话事迹",
        max_length=DEED_MAX_LENGTH,
        help_text=f"用于展牌和榜单，不超过 {DEED_MAX_LENGTH} 个字",
    )
    summary = models.TextField("摘要", max_length=200, blank=True)
    story = StreamField(BaseStreamBlock(), verbose_name="好人故事")

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("name"), FieldPanel("is_pen_name")]),
                FieldPanel("portrait"),
                FieldRowPanel(
                    [
                        FieldPanel("category"),
                        FieldPanel("compound"),
                        FieldPanel("first_honoured_year"),
                    ]
                ),
            ],
            heading="好人信息",
        ),
        FieldPanel("deed"),
        FieldPanel("summary"),
        FieldPanel("story"),
        InlinePanel("honours", heading="获得荣誉", label="荣誉"),
    ]

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("name", boost=3),
        ChineseSearchField("deed", boost=2),
        ChineseSearchField("summary"),
        ChineseSearchField("story"),
        index.RelatedFields("compound", [ChineseSearchField("name")]),
        index.FilterField("category"),
    ]
    search_section = SEARCH_SECTION
    route_related = ("portrait", "compound")

    class Meta:
        verbose_name = "好人"
        verbose_name_plural = "好人"

    @classmethod
    def plaques(cls):
        """Live role models with what a plaque shows, praise count included;
        the caller prefetches the portraits' renditions for the page it shows."""
        return (
            cls.objects.live()
            .public()
            .select_related("compound", "portrait")
            .annotate(praise_total=Count("praises"))
        )

    @property
    def category_name(self):
        return CATEGORY_NAMES.get(self.category, "")

    @property
    def listing_summary(self):
        return self.search_description or self.summary or self.deed

    @property
    def share_image(self):
        return self.portrait

    @property
    def praise_count(self):
        return self.praises.count()

    def clean(self):
        """Refuse a private phone number or an exact address anywhere a visitor
        would read it, however the page is saved (editor, workflow, import)."""
        super().clean()
        texts = {
            "title": self.title,
            "name": self.name,
            "deed": self.deed,
            "summary": self.summary,
            "search_description": self.search_description,
            "story": " ".join(
                self.story.stream_block.get_searchable_content(self.story)
            ),
        }
        errors = {
            field: (
                f"请删去私人电话或详细门牌（{'、'.join(found)}）："
                "好人页面不公开个人联系方式和住址。"
            )
            for field, text in texts.items()
            if (found := private_details(text))
        }
        if errors:
            raise ValidationError(errors)

    def pages_showing_plaque(self):
        """This page, the street, and every role model whose related lists may
        show this one's plaque (same category or compound): the pages whose
        praise count changes with this role model's."""
        neighbours = RoleModelPage.objects.live().sibling_of(self, inclusive=False)
        same = Q(category=self.category)
        if self.compound_id:
            same |= Q(compound=self.compound_id)
        return [self, self.get_parent().specific, *neighbours.filter(same)]

    def get_related(self):
        """Others in the same category, then others from the same compound, six
        of each at most, read in one query."""
        others = (
            RoleModelPage.objects.live()
            .public()
            .sibling_of(self, inclusive=False)
            .order_by("path")
        )
        nearest = Q(
            pk__in=others.filter(category=self.category).values("pk")[:RELATED_COUNT]
        )
        if self.compound_id:
            nearest |= Q(
                pk__in=others.filter(compound=self.compound_id).values("pk")[
                    :RELATED_COUNT
                ]
            )
        # The plaques' praise count stays out of the subqueries, where its
        # grouping costs Django more to build than the whole query costs to run.
        found = list(RoleModelPage.plaques().filter(nearest).order_by("path"))
        return {
            "same_category": [page for page in found if page.category == self.category][
                :RELATED_COUNT
            ],
            "same_compound": [
                page
                for page in found
                if self.compound_id and page.compound_id == self.compound_id
            ][:RELATED_COUNT],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related = self.get_related()
        prefetch_renditions(
            [
                self.portrait,
                *(page.portrait for pages in related.values() for page in pages),
            ],
            SHARE_IMAGE_FILTER,
            PORTRAIT_FILTER,
            PLAQUE_PORTRAIT_FILTER,
        )
        context.update(related)
        context["street"] = RoleModelIndexPage.objects.parent_of(self).get()
        return context

    parent_page_types = ["culture.RoleModelIndexPage"]
    subpage_types = []


class RoleModelHonour(Honour):
    page = ParentalKey(RoleModelPage, on_delete=models.CASCADE, related_name="honours")


class Praise(PressedOnce):
    """One browser's praise (点赞) of one role model."""

    role_model = models.ForeignKey(
        RoleModelPage, on_delete=models.CASCADE, related_name="praises"
    )

    class Meta:
        verbose_name = "点赞"
        verbose_name_plural = "点赞"
        constraints = [
            models.UniqueConstraint(
                fields=["role_model", "visitor"], name="one_praise_per_browser"
            )
        ]

    def __str__(self):
        return f"{self.role_model.name} {self.created_at:%Y-%m-%d %H:%M}"
