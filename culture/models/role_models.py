"""康乐好人一条街: the community's role models, their honours and the praise
residents give them (人人赞好人)."""

import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Count, Q
from django.http import Http404
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.search import index

from culture.nominations import NominationRoutesMixin
from home.blocks import BaseStreamBlock
from home.feeds import FeedRoutesMixin
from home.models import Compound, SitePage
from home.models.base import SHARE_IMAGE_FILTER
from home.pagination import paginate
from home.privacy import private_details
from home.renditions import prefetch_renditions
from home.request_params import object_param, year_param
from home.search import ChineseSearchField

from .categories import CATEGORY_CHOICES, CATEGORY_NAMES, DEED_MAX_LENGTH
from .common import FIRST_YEAR, ChoiceRoutesMixin, Honour, year_field

SEARCH_SECTION = "好人"
FEED_LENGTH = 20
# The plaque's portrait; templates/culture/includes/plaque.html uses the same.
PLAQUE_PORTRAIT_FILTER = "format-{webp,jpeg}|fill-240x300"
# The portrait on a role model's page; templates/culture/role_model_page.html
# uses the same.
PORTRAIT_FILTER = "format-{webp,jpeg}|fill-{240x300,480x600}"
# How many others a role model's page lists by category and by compound.
RELATED_COUNT = 6


class RoleModelIndexPage(
    NominationRoutesMixin,
    ChoiceRoutesMixin,
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
    # Each category's page shows praise counts and is listed in the sitemap.
    choice_route = "category"
    route_choices = CATEGORY_CHOICES

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

    def read_filters(self, request, compounds):
        """The compound and year filters; values matching nothing are reported."""
        chosen, messages = {}, []
        raw_compound, compound = object_param(request, "compound", compounds)
        if compound is not None:
            chosen["compound"] = compound
        elif raw_compound:
            messages.append("没有找到您选的小区，已显示全部小区的好人。")
        raw_year, year = year_param(request, "year", FIRST_YEAR)
        if year is not None:
            chosen["year"] = year
        elif raw_year:
            messages.append(f"“{raw_year}”不是有效的年份，已显示全部年份的好人。")
        return chosen, messages

    def listing_response(self, request, category=None):
        compounds = list(Compound.objects.all())
        filters, messages = self.read_filters(request, compounds)
        role_models = self.get_role_models()
        if category is not None:
            role_models = role_models.filter(category=category)
        if "compound" in filters:
            role_models = role_models.filter(compound=filters["compound"])
        if "year" in filters:
            role_models = role_models.filter(first_honoured_year=filters["year"])
        context = self.get_context(request)
        if category is not None:
            context["canonical_url"] = self.get_full_url(
                request
            ) + self.reverse_subpage("category", args=[category])
        role_models = paginate(request, role_models, per_page=12)
        prefetch_renditions(
            [role_model.portrait for role_model in role_models], PLAQUE_PORTRAIT_FILTER
        )
        context.update(
            role_models=role_models,
            category=category,
            category_name=CATEGORY_NAMES.get(category, ""),
            categories=CATEGORY_CHOICES,
            filters=filters,
            filter_messages=messages,
            compounds=compounds,
            years=self.get_years(),
        )
        return TemplateResponse(request, self.get_template(request), context)

    @path("", name="index")
    def index_route(self, request):
        return self.listing_response(request)

    @path("category/<slug:category>/", name="category")
    def category_route(self, request, category):
        """Each category has its own address that can be linked and printed."""
        if category not in CATEGORY_NAMES:
            raise Http404("没有这个类别")
        return self.listing_response(request, category)

    def get_feed_items(self):
        return self.get_role_models()[:FEED_LENGTH]

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
            RoleModelPage.plaques().sibling_of(self, inclusive=False).order_by("path")
        )
        same_category = others.filter(category=self.category)
        same_compound = (
            others.filter(compound=self.compound_id)
            if self.compound_id
            else others.none()
        )
        found = list(
            others.filter(
                Q(pk__in=same_category.values("pk")[:RELATED_COUNT])
                | Q(pk__in=same_compound.values("pk")[:RELATED_COUNT])
            )
        )
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


class Praise(models.Model):
    """One browser's praise (点赞) of one role model."""

    role_model = models.ForeignKey(
        RoleModelPage, on_delete=models.CASCADE, related_name="praises"
    )
    visitor = models.CharField("浏览器标识（散列）", max_length=64)
    created_at = models.DateTimeField("时间", auto_now_add=True)

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

    @staticmethod
    def new_visitor_token():
        return secrets.token_urlsafe(24)

    @staticmethod
    def digest(token):
        """The stored form of a browser's token: it says nothing about the visitor."""
        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def record(cls, role_model, visitor):
        """Store the praise; ``False`` when this browser praised already."""
        try:
            with transaction.atomic():
                cls.objects.create(role_model=role_model, visitor=visitor)
        except IntegrityError:
            return False
        return True
