"""康乐家风: family-tradition stories from the 双晒双做 campaign, and the
《家风家训读本》 of family maxims with its printable booklet."""

from itertools import groupby

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.feeds import FeedRoutesMixin
from home.listing import (
    ChoiceFilter,
    ChoiceRoutesMixin,
    CompoundFilter,
    ListingFilters,
    ListingPageMixin,
)
from home.models import Compound, SitePage
from home.models.base import is_public_page
from home.search import ChineseSearchField

from .common import GalleryPhoto, Honour, PhotoGalleryMixin

FAMILY_SEARCH_SECTION = "家风"
CAMPAIGN_CHOICES = [
    ("family-tradition", "晒家风·做最美家庭"),
    ("grandchildren", "晒金宝·做最美邻居"),
]
CAMPAIGN_NAMES = dict(CAMPAIGN_CHOICES)
THEME_CHOICES = [
    ("filial", "孝"),
    ("thrift", "俭"),
    ("diligence", "勤"),
    ("harmony", "和"),
    ("trust", "信"),
    ("learning", "学"),
]
THEME_NAMES = dict(THEME_CHOICES)
# A booklet page holds this many maxims with their explanations at A5.
MAXIMS_PER_BOOKLET_PAGE = 4
# The cover and the table of contents come before the first theme.
BOOKLET_FRONT_PAGES = 2


class FamilyStoryFilters(ListingFilters):
    campaign = ChoiceFilter(
        label="活动",
        empty_label="全部活动",
        choices=CAMPAIGN_CHOICES,
        invalid_message="没有“{value}”这项活动，已显示全部{noun}。",
    )
    compound = CompoundFilter()


class FamilyStoryIndexPage(
    ListingPageMixin, FeedRoutesMixin, RoutablePageMixin, SitePage
):
    """康乐家风: the families' stories, by campaign and compound, with feeds."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = FAMILY_SEARCH_SECTION
    listing_filters = FamilyStoryFilters
    listing_noun = "家风故事"
    listing_unit = "篇"

    class Meta:
        verbose_name = "家风故事列表页"
        verbose_name_plural = "家风故事列表页"

    def get_listing_items(self):
        return (
            FamilyStoryPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("compound")
            .order_by("-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["daily_maxim"] = FamilyMaxim.for_day()
        return context

    parent_page_types = ["home.HomePage"]
    subpage_types = ["culture.FamilyStoryPage"]


class FamilyStoryPage(PhotoGalleryMixin, SitePage):
    """One family's tradition: its maxim, its story and its photos."""

    family_name = models.CharField(
        "家庭", max_length=20, help_text="默认只写姓，如“王家”；本人同意后才写全名"
    )
    compound = models.ForeignKey(
        Compound,
        verbose_name="所在小区",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="family_stories",
    )
    campaign = models.CharField("所属活动", max_length=20, choices=CAMPAIGN_CHOICES)
    maxim = models.CharField("家训", max_length=120)
    summary = models.TextField("摘要", max_length=200, blank=True)
    story = StreamField(BaseStreamBlock(), verbose_name="家风故事")

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("family_name"),
                        FieldPanel("compound"),
                        FieldPanel("campaign"),
                    ]
                ),
                FieldPanel("maxim"),
            ],
            heading="家庭信息",
        ),
        FieldPanel("summary"),
        FieldPanel("story"),
        InlinePanel("photos", heading="照片", label="照片"),
        InlinePanel("honours", heading="获得荣誉", label="荣誉"),
    ]

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("family_name", boost=2),
        ChineseSearchField("maxim", boost=2),
        ChineseSearchField("summary"),
        ChineseSearchField("story"),
        index.FilterField("campaign"),
    ]
    search_section = FAMILY_SEARCH_SECTION
    route_related = ("compound",)

    class Meta:
        verbose_name = "家风故事"
        verbose_name_plural = "家风故事"

    @property
    def campaign_name(self):
        return CAMPAIGN_NAMES.get(self.campaign, "")

    parent_page_types = ["culture.FamilyStoryIndexPage"]
    subpage_types = []


class FamilyHonour(Honour):
    page = ParentalKey(
        FamilyStoryPage, on_delete=models.CASCADE, related_name="honours"
    )


class FamilyStoryPhoto(GalleryPhoto):
    page = ParentalKey(FamilyStoryPage, on_delete=models.CASCADE, related_name="photos")


class FamilyMaxim(index.Indexed, models.Model):
    """A maxim of the reader: a family's own, or a line from a classic."""

    text = models.CharField("家训原文", max_length=120)
    explanation = models.TextField("白话解释", max_length=300)
    theme = models.CharField("主题", max_length=20, choices=THEME_CHOICES)
    family = models.ForeignKey(
        FamilyStoryPage,
        verbose_name="来自哪户家庭",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="maxims",
    )
    classic_source = models.CharField(
        "出自典籍", max_length=40, blank=True, help_text="如《朱子家训》"
    )

    panels = [
        FieldPanel("text"),
        FieldPanel("explanation"),
        FieldPanel("theme"),
        MultiFieldPanel(
            [FieldPanel("family"), FieldPanel("classic_source")],
            heading="出处（二选一）",
        ),
    ]

    search_fields = [
        ChineseSearchField("text"),
        index.AutocompleteField("text"),
        ChineseSearchField("explanation"),
        index.FilterField("theme"),
    ]

    class Meta:
        ordering = ["pk"]
        verbose_name = "家训"
        verbose_name_plural = "家训"

    def __str__(self):
        return self.text

    def clean(self):
        if (self.family_id is None) == (not self.classic_source.strip()):
            raise ValidationError(
                {"classic_source": "请在“来自哪户家庭”和“出自典籍”中选填一项。"}
            )

    @property
    def theme_name(self):
        return THEME_NAMES.get(self.theme, "")

    @classmethod
    def for_reading(cls):
        """The maxims as the reader shows them, each knowing whether the public
        may see its family's page."""
        return cls.objects.select_related("family__compound").annotate(
            family_is_public=is_public_page("family")
        )

    @property
    def public_family(self):
        """The family's page, if the public may see it (read by ``for_reading``)."""
        return self.family if getattr(self, "family_is_public", False) else None

    @property
    def source(self):
        """Where the maxim comes from, as the reader prints it: a family whose
        page the public may not see is not named."""
        family = self.public_family
        if family is not None:
            where = f"{family.compound.name} " if family.compound else ""
            return f"{where}{family.family_name}家训"
        return self.classic_source or "社区居民家训"

    @classmethod
    def for_day(cls, day=None):
        """每日家训: the maxim of the day, the same for everyone all day and
        different the next day, going round the whole reader."""
        maxims = cls.for_reading().order_by("pk")
        count = maxims.count()
        if not count:
            return None
        day = day or timezone.localdate()
        position = day.toordinal() % count
        # A maxim deleted since the count leaves this slice empty: no maxim today.
        return next(iter(maxims[position : position + 1]), None)


class FamilyMaximReaderPage(ChoiceRoutesMixin, RoutablePageMixin, SitePage):
    """《家风家训读本》: the maxims by theme, the maxim of the day, and an A5
    booklet to print."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = FAMILY_SEARCH_SECTION
    choice_route = "theme"
    route_choices = THEME_CHOICES

    class Meta:
        verbose_name = "家风家训读本"
        verbose_name_plural = "家风家训读本"

    @staticmethod
    def get_maxims():
        order = {slug: position for position, (slug, _) in enumerate(THEME_CHOICES)}
        maxims = FamilyMaxim.for_reading()
        return sorted(maxims, key=lambda maxim: (order[maxim.theme], maxim.pk))

    def get_chapters(self):
        """The maxims grouped by theme, in the reader's fixed theme order."""
        return [
            {"slug": slug, "name": THEME_NAMES[slug], "maxims": list(maxims)}
            for slug, maxims in groupby(self.get_maxims(), key=lambda m: m.theme)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            chapters=self.get_chapters(),
            themes=THEME_CHOICES,
            daily_maxim=FamilyMaxim.for_day(),
        )
        return context

    @path("theme/<slug:theme>/", name="theme")
    def theme_route(self, request, theme):
        if theme not in THEME_NAMES:
            raise Http404("没有这个主题")
        context = self.get_context(request)
        context.update(
            canonical_url=self.get_full_url(request)
            + self.reverse_subpage("theme", args=[theme]),
            theme_name=THEME_NAMES[theme],
            maxims=[m for m in self.get_maxims() if m.theme == theme],
        )
        return TemplateResponse(request, "culture/family_maxim_theme.html", context)

    def get_booklet(self):
        """The booklet's pages: each theme starts a new page, and pages are
        numbered here so the table of contents can give page numbers."""
        contents, pages = [], []
        number = BOOKLET_FRONT_PAGES
        for chapter in self.get_chapters():
            maxims = chapter["maxims"]
            contents.append({"name": chapter["name"], "page_number": number + 1})
            for start in range(0, len(maxims), MAXIMS_PER_BOOKLET_PAGE):
                number += 1
                pages.append(
                    {
                        "number": number,
                        "chapter": chapter["name"],
                        "starts_chapter": start == 0,
                        "maxims": maxims[start : start + MAXIMS_PER_BOOKLET_PAGE],
                    }
                )
        return contents, pages

    @path("booklet/", name="booklet")
    def booklet(self, request):
        """The reader as an A5 booklet with a table of contents and page numbers."""
        contents, pages = self.get_booklet()
        return TemplateResponse(
            request,
            "culture/family_maxim_booklet.html",
            {"page": self, "contents": contents, "booklet_pages": pages},
        )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
