from django.db import models
from django.urls import reverse
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField

from home.blocks import BaseStreamBlock, GovernanceBlock, SectionLinkBlock
from home.search import ChineseSearchField

from .base import SitePage, public_page_ids, site_pages
from .compounds import Compound
from .news import NewsPage

LATEST_NEWS_COUNT = 5


class HomePage(SitePage):
    """The front page: the community at a glance, governances, news and sections."""

    intro = models.TextField("社区简介", blank=True)
    area_km2 = models.DecimalField("面积（平方公里）", max_digits=5, decimal_places=2)
    households = models.PositiveIntegerField("户数")
    residents = models.PositiveIntegerField("居民人数")
    honours = StreamField(
        [("honour", blocks.CharBlock(label="荣誉称号", max_length=60))],
        blank=True,
        verbose_name="国家级荣誉",
    )
    governances = StreamField(
        [("governance", GovernanceBlock())],
        blank=True,
        max_num=5,
        verbose_name="五治",
    )
    featured_sections = StreamField(
        [("section", SectionLinkBlock())], blank=True, verbose_name="推荐栏目"
    )

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("area_km2"),
                        FieldPanel("households"),
                        FieldPanel("residents"),
                    ]
                ),
                FieldPanel("honours"),
            ],
            heading="社区概况",
        ),
        FieldPanel("governances"),
        FieldPanel("featured_sections"),
    ]

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("intro"),
        ChineseSearchField("honours"),
        ChineseSearchField("governances"),
    ]

    class Meta:
        verbose_name = "首页"
        verbose_name_plural = "首页"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["compounds"] = Compound.objects.all()
        context["latest_news"] = NewsPage.objects.for_listing()[:LATEST_NEWS_COUNT]
        chosen = [block.value["page"] for block in self.governances]
        chosen += [block.value["page"] for block in self.featured_sections]
        public_ids = public_page_ids(chosen)
        context["public_chosen_page_ids"] = public_ids
        context["featured_sections"] = [
            block
            for block in self.featured_sections
            if block.value["page"] and block.value["page"].pk in public_ids
        ]
        return context

    def get_sitemap_urls(self, request=None):
        """The home page, and the pages the site's code serves beside the page
        tree (the 网站地图 and the privacy page), under the same site address."""
        root_url = self.get_site().root_url
        return [
            *super().get_sitemap_urls(request),
            {"location": root_url + reverse("site_map")},
            {"location": root_url + reverse("privacy")},
        ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1


class StandardPage(SitePage):
    """A plain page such as 社区简介, a 五治 page, 联系我们 or 隐私政策."""

    summary = models.TextField("摘要", blank=True, max_length=300)
    body = StreamField(BaseStreamBlock(), verbose_name="正文")

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
    ]

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("summary", boost=2),
        ChineseSearchField("body"),
    ]

    class Meta:
        verbose_name = "普通页面"
        verbose_name_plural = "普通页面"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = site_pages().child_of(self).live().public().specific()
        return context

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
