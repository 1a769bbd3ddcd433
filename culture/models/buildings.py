"""一栋一特: buildings whose stairwells carry a theme the residents chose."""

from django.db import models
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import Compound, SitePage
from home.search import ChineseSearchField

from .common import GalleryPhoto, PhotoGalleryMixin

SEARCH_SECTION = "楼栋"
THEME_CHOICES = [
    ("filial-love", "孝老爱亲楼"),
    ("green", "绿色环保楼"),
    ("mutual-aid", "邻里互助楼"),
    ("reading", "书香楼"),
    ("rule-of-law", "法治楼"),
    ("core-values", "社会主义核心价值观文化楼"),
]
THEME_NAMES = dict(THEME_CHOICES)
GROUPINGS = {"theme": "按主题", "compound": "按小区"}


class BuildingIndexPage(SitePage):
    """一栋一特: the themed buildings, grouped by theme or by compound."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = SEARCH_SECTION

    class Meta:
        verbose_name = "一栋一特目录"
        verbose_name_plural = "一栋一特目录"

    def get_buildings(self):
        return (
            BuildingPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("compound")
            .order_by("path")
        )

    def get_groups(self, grouping):
        buildings = list(self.get_buildings())
        if grouping == "compound":
            compounds = {b.compound for b in buildings}
            keys = [c for c in Compound.objects.all() if c in compounds]
            groups = [
                {"name": c.name, "buildings": [b for b in buildings if b.compound == c]}
                for c in keys
            ]
            without = [b for b in buildings if b.compound is None]
            if without:
                groups.append({"name": "其他", "buildings": without})
            return groups
        return [
            {"name": name, "buildings": [b for b in buildings if b.theme == slug]}
            for slug, name in THEME_CHOICES
            if any(b.theme == slug for b in buildings)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        grouping = request.GET.get("group", "")
        grouping = grouping if grouping in GROUPINGS else "theme"
        context.update(
            grouping=grouping,
            groupings=GROUPINGS,
            groups=self.get_groups(grouping),
        )
        return context

    parent_page_types = ["home.HomePage"]
    subpage_types = ["culture.BuildingPage"]


class BuildingPage(PhotoGalleryMixin, RoutablePageMixin, SitePage):
    """One themed building: why its residents chose the theme, what its
    stairwell shows, its activities, and a lobby poster with a QR code."""

    compound = models.ForeignKey(
        Compound,
        verbose_name="所在小区",
        on_delete=models.PROTECT,
        related_name="themed_buildings",
    )
    building_number = models.CharField("楼号", max_length=20, help_text="如“8栋”")
    theme = models.CharField("主题", max_length=20, choices=THEME_CHOICES)
    summary = models.TextField("摘要", max_length=200, blank=True)
    reason = models.TextField("为什么选这个主题")
    stairwell = models.TextField("楼道里展示什么")
    activities = StreamField(BaseStreamBlock(), verbose_name="楼栋活动", blank=True)

    content_panels = [
        *SitePage.content_panels,
        FieldRowPanel(
            [
                FieldPanel("compound"),
                FieldPanel("building_number"),
                FieldPanel("theme"),
            ]
        ),
        FieldPanel("summary"),
        FieldPanel("reason"),
        FieldPanel("stairwell"),
        FieldPanel("activities"),
        InlinePanel("photos", heading="照片", label="照片"),
    ]

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("summary"),
        ChineseSearchField("reason"),
        ChineseSearchField("stairwell"),
        ChineseSearchField("activities"),
        index.RelatedFields("compound", [ChineseSearchField("name")]),
        index.FilterField("theme"),
    ]
    search_section = SEARCH_SECTION
    route_related = ("compound",)

    class Meta:
        verbose_name = "主题楼栋"
        verbose_name_plural = "主题楼栋"

    @property
    def theme_name(self):
        return THEME_NAMES.get(self.theme, "")

    @property
    def listing_summary(self):
        return self.search_description or self.summary or self.reason

    @path("poster/", name="poster")
    def poster(self, request):
        """An A4 poster for the lobby; its QR code opens this page."""
        return TemplateResponse(request, "culture/building_poster.html", {"page": self})

    parent_page_types = ["culture.BuildingIndexPage"]
    subpage_types = []


class BuildingPhoto(GalleryPhoto):
    page = ParentalKey(BuildingPage, on_delete=models.CASCADE, related_name="photos")
